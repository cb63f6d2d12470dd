import type { Handlers } from '../api/dispatch';
import { appInfo, dismissNotice, getPreferences, updatePreferences } from './app-service';
import {
  createMeeting,
  deleteMeeting,
  duplicateMeeting,
  getMeeting,
  listMeetings,
  listTrash,
  restoreMeeting,
  undoDeleteMeeting,
  updateMeeting,
} from './meetings-service';
import {
  createCommunity,
  createDepartment,
  deleteItem,
  getOffice,
  merge,
  reorder,
  updateCommunity,
  updateDepartment,
  updateProfile,
} from './office-service';
import { createGroup, deleteGroup, listGroups, updateGroup } from './groups-service';
import {
  cancelImport,
  confirmImport,
  deletePreset,
  listImports,
  listPresets,
  previewImport,
  savePreset,
  undoImport,
} from './imports-service';
import {
  analyseOpinions,
  createOpinion,
  deleteOpinion,
  listOpinions,
  updateOpinion,
} from './opinions-service';
import { installSample, removeSample } from './sample-service';
import { actOnPresentation, getPresentation } from './presentation-service';
import { addMedia, getMedia } from './media-service';
import { draftReport, getReport, saveReport, startReportFrom, viewReport } from './report-service';
import { exportReportPdf, openProjector } from './projector-service';
import type { ServiceContext } from './service-context';
import {
  createQuestion,
  listQuestions,
  mergeQuestions,
  moveQuestion,
  referRest,
  unmergeQuestion,
  updateQuestion,
  voteQuestion,
} from './questions-service';
import { createCommitment, listCommitments, updateCommitment } from './commitments-service';
import { getScores, setScore } from './scores-service';
import {
  closeMeeting,
  livePublic,
  liveStatus,
  reopenMeeting,
  startRehearsal,
  wipeRehearsal,
} from './live-service';

/** Binds every contract method to its service; the compiler checks none is missing. */
export function createHandlers(ctx: ServiceContext): Handlers {
  return {
    'app.info': async () => appInfo(ctx),
    'app.dismissNotice': async ({ id }) => dismissNotice(ctx, id),
    'preferences.get': async () => getPreferences(ctx),
    'preferences.update': (patch) => updatePreferences(ctx, patch),
    'office.get': async () => getOffice(ctx),
    'office.update': (patch) => updateProfile(ctx, patch),
    'communities.create': (input) => createCommunity(ctx, input),
    'communities.update': (input) => updateCommunity(ctx, input),
    'communities.delete': ({ id }) => deleteItem(ctx, 'communities', id),
    'communities.reorder': ({ ids }) => reorder(ctx, 'communities', ids),
    'communities.merge': ({ sourceId, targetId }) => merge(ctx, 'communities', sourceId, targetId),
    'departments.create': (input) => createDepartment(ctx, input),
    'departments.update': (input) => updateDepartment(ctx, input),
    'departments.delete': ({ id }) => deleteItem(ctx, 'departments', id),
    'departments.reorder': ({ ids }) => reorder(ctx, 'departments', ids),
    'departments.merge': ({ sourceId, targetId }) => merge(ctx, 'departments', sourceId, targetId),
    'sample.install': () => installSample(ctx),
    'sample.remove': () => removeSample(ctx),
    'meetings.list': async (input) => listMeetings(ctx, input),
    'meetings.get': async ({ id }) => getMeeting(ctx, id),
    'meetings.create': (draft) => createMeeting(ctx, draft),
    'meetings.update': (input) => updateMeeting(ctx, input),
    'meetings.duplicate': ({ id }) => duplicateMeeting(ctx, id),
    'meetings.delete': ({ id }) => deleteMeeting(ctx, id),
    'meetings.undoDelete': async ({ id }) => undoDeleteMeeting(ctx, id),
    'meetings.trash': async () => listTrash(ctx),
    'meetings.restore': ({ id }) => restoreMeeting(ctx, id),
    'imports.preview': (input) => previewImport(ctx, input),
    'imports.cancel': async ({ jobId }) => cancelImport(ctx, jobId),
    'imports.confirm': (input) => confirmImport(ctx, input),
    'imports.undo': (input) => undoImport(ctx, input),
    'imports.list': async ({ meetingId }) => listImports(ctx, meetingId),
    'imports.presets': async () => listPresets(ctx),
    'imports.savePreset': (input) => savePreset(ctx, input),
    'imports.deletePreset': ({ id }) => deletePreset(ctx, id),
    'opinions.list': async (input) => listOpinions(ctx, input),
    'opinions.create': (input) => createOpinion(ctx, input),
    'opinions.update': (input) => updateOpinion(ctx, input),
    'opinions.delete': (input) => deleteOpinion(ctx, input),
    'opinions.analysis': async ({ meetingId }) => analyseOpinions(ctx, meetingId),
    'groups.list': async ({ meetingId }) => listGroups(ctx, meetingId),
    'groups.create': (input) => createGroup(ctx, input),
    'groups.update': (input) => updateGroup(ctx, input),
    'groups.delete': (input) => deleteGroup(ctx, input),
    'report.get': async ({ meetingId }) => getReport(ctx, meetingId),
    'report.save': (input) => saveReport(ctx, input),
    'report.draft': async ({ meetingId }) => draftReport(ctx, meetingId),
    'report.startFrom': async (input) => startReportFrom(ctx, input),
    'report.view': async ({ meetingId }) => viewReport(ctx, meetingId),
    'report.exportPdf': ({ meetingId }) => exportReportPdf(ctx, meetingId),
    'media.add': (input) => addMedia(ctx, input),
    'media.get': async (input) => getMedia(ctx, input),
    'presentation.get': async ({ meetingId }) => getPresentation(ctx, meetingId),
    'presentation.act': async (input) => actOnPresentation(ctx, input),
    'projector.displays': async () => ctx.windows.displays(),
    'projector.open': (input) => openProjector(ctx, input),
    'questions.list': async ({ meetingId }) => listQuestions(ctx, meetingId),
    'questions.create': (input) => createQuestion(ctx, input),
    'questions.update': (input) => updateQuestion(ctx, input),
    'questions.move': (input) => moveQuestion(ctx, input),
    'questions.merge': (input) => mergeQuestions(ctx, input),
    'questions.unmerge': (input) => unmergeQuestion(ctx, input),
    'questions.vote': (input) => voteQuestion(ctx, input),
    'questions.referRest': (input) => referRest(ctx, input),
    'commitments.list': async ({ meetingId }) => listCommitments(ctx, meetingId),
    'commitments.create': (input) => createCommitment(ctx, input),
    'commitments.update': (input) => updateCommitment(ctx, input),
    'scores.get': async ({ meetingId }) => getScores(ctx, meetingId),
    'scores.set': (input) => setScore(ctx, input),
    'live.public': async ({ meetingId }) => livePublic(ctx, meetingId),
    'live.status': async ({ meetingId }) => liveStatus(ctx, meetingId),
    'live.close': (input) => closeMeeting(ctx, input),
    'live.reopen': (input) => reopenMeeting(ctx, input),
    'rehearsal.start': (input) => startRehearsal(ctx, input),
    'rehearsal.wipe': ({ meetingId }) => wipeRehearsal(ctx, meetingId),
  };
}

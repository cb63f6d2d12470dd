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
import type { ServiceContext } from './service-context';

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
    'meetings.list': async (input) => listMeetings(ctx, input),
    'meetings.get': async ({ id }) => getMeeting(ctx, id),
    'meetings.create': (draft) => createMeeting(ctx, draft),
    'meetings.update': (input) => updateMeeting(ctx, input),
    'meetings.duplicate': ({ id }) => duplicateMeeting(ctx, id),
    'meetings.delete': ({ id }) => deleteMeeting(ctx, id),
    'meetings.undoDelete': async ({ id }) => undoDeleteMeeting(ctx, id),
    'meetings.trash': async () => listTrash(ctx),
    'meetings.restore': ({ id }) => restoreMeeting(ctx, id),
  };
}

import {
  isPhoneMethod,
  phoneContract,
  type PhoneMethod,
  type PhoneOutput,
  type PhoneParsedInput,
} from '../../shared/api/phone-contract';
import { fail, type Result } from '../../shared/api/result';
import {
  Id,
  OPEN_QUESTION_STATES,
  type LiveRecord,
  type PartScore,
  type PhoneScore,
  type Question,
  type Tally,
} from '../../shared/domain';
import { findFlaggedWords } from '../../shared/logic/live/flag-words';
import { namesOf, redactorFor } from '../../shared/logic/live/live-public';
import { suggestCategory } from '../../shared/logic/live/question-category';
import { scoreParts } from '../../shared/logic/live/score-sheet';
import { phoneQuestionStatus, phoneQuestionStatuses } from '../../shared/logic/phone/phone-status';
import { phoneView as buildPhoneView } from '../../shared/logic/phone/phone-view';
import { formatShanghai } from '../../shared/logic/shanghai-time';
import { AppError } from '../api/app-error';
import { guarded, invalidInput, type DispatchLog } from '../api/dispatch';
import { gateDocName } from '../storage/documents';
import type { PhoneDispatch } from './gateway-port';
import { checkCommunity, invalid } from './live-refusals';
import { readLive, updateLive } from './live-record';
import { getOffice } from './office-service';
import { castPhoneBallot, openBallotsFor } from './project-votes-service';
import { buildQuestion, findByClientId } from './questions-service';
import { getReport } from './report-service';
import { nowIso, type ServiceContext } from './service-context';

/**
 * The phone methods (shared/api/phone-contract.ts), answered for the gateway. Every input is parsed
 * again here: the gateway is another process and is not trusted. Nothing personal goes out, and only
 * approved questions are shown to other phones. Every read and write goes through live-record, so
 * phones during a 彩排 write to the rehearsal, never to the real record.
 */

/** Who the history names for what a phone did: a phone is not a person the office knows. */
export const PHONE_ACTOR = '手机';

export const CLOSED_FOR_QUESTIONS = '本场报告会已结束，不再接收提问';
export const CLOSED_FOR_SCORES = '本场报告会已结束，不再接收打分';

/** History entries phone votes may fill; the rest stays for the moderator's moves (the schema caps it at 1,000). */
const VOTE_HISTORY_ROOM = 900;

function statusContext(ctx: ServiceContext, record: LiveRecord) {
  const office = getOffice(ctx);
  return { record, names: namesOf(office), redact: redactorFor(office, record.questions) };
}

export function phoneView(
  ctx: ServiceContext,
  meetingId: string,
  input: PhoneParsedInput<'view'>,
): PhoneOutput<'view'> {
  const { meeting, record, rehearsal } = readLive(ctx, meetingId);
  return buildPhoneView({
    meeting,
    office: getOffice(ctx),
    record,
    rehearsal: rehearsal !== null,
    cards: getReport(ctx, meetingId).cards,
    date: formatShanghai(meeting.startsAt, 'YYYY-MM-DD'),
    phoneId: input.phoneId,
    ballots: openBallotsFor(ctx, meetingId, input.phoneId),
  });
}

/** 差额票决 from a phone: one ballot per phone and vote, kept in the project pool, final once cast. */
export function phoneBallot(
  ctx: ServiceContext,
  meetingId: string,
  input: PhoneParsedInput<'ballot'>,
): Promise<PhoneOutput<'ballot'>> {
  return castPhoneBallot(ctx, meetingId, input.phoneId, input.voteId, input.projectIds);
}

export async function phoneSubmit(
  ctx: ServiceContext,
  meetingId: string,
  input: PhoneParsedInput<'submit'>,
): Promise<PhoneOutput<'submit'>> {
  const { clientId, text, communityId, category } = input.question;
  const office = getOffice(ctx);
  const fields = {
    source: 'phone' as const,
    text,
    communityId,
    askerName: '',
    askerPhone: '',
    // The page showed the suggestion; when the resident left it empty, the service suggests again.
    category: category || (suggestCategory(text) ?? ''),
    departmentId: null,
    clientId,
    // Flagged questions are stored like any other, for the moderator to judge; never dropped.
    flags: findFlaggedWords(text, office.flaggedWords).slice(0, 50),
  };
  const stored = await updateLive(ctx, meetingId, ({ record }) => {
    // A retry of a question already stored answers what became of it, and writes nothing.
    const repeated = findByClientId(record, 'phone', clientId);
    if (repeated) return { record, result: { record, question: repeated } };
    if (record.closing !== null) throw new AppError('invalid_input', CLOSED_FOR_QUESTIONS);
    checkCommunity(office, communityId, 'question.communityId');
    const question = buildQuestion(ctx, fields, PHONE_ACTOR);
    const next = { ...record, questions: [...record.questions, question] };
    return { record: next, result: { record: next, question } };
  });
  return phoneQuestionStatus(stored.question, clientId, statusContext(ctx, stored.record));
}

export function phoneMine(
  ctx: ServiceContext,
  meetingId: string,
  input: PhoneParsedInput<'mine'>,
): PhoneOutput<'mine'> {
  const { record } = readLive(ctx, meetingId);
  return phoneQuestionStatuses(input.clientIds, statusContext(ctx, record));
}

/** A question other phones may see: approved and not merged away. Anything else is, to a phone, not there. */
function visibleQuestion(record: LiveRecord, id: string): Question {
  const found = record.questions.find((q) => q.id === id);
  if (!found || !found.approved || found.state === 'merged') {
    throw new AppError('not_found', '找不到这个问题，它可能已被合并或撤下，请刷新页面');
  }
  return found;
}

export async function phoneVote(
  ctx: ServiceContext,
  meetingId: string,
  input: PhoneParsedInput<'vote'>,
): Promise<PhoneOutput<'vote'>> {
  const { phoneId, questionId } = input;
  return updateLive(ctx, meetingId, ({ record }) => {
    const question = visibleQuestion(record, questionId);
    const answer = (votes: number) => ({ questionId, votes, votedByMe: true as const });
    if (record.phoneVotes.some((v) => v.phoneId === phoneId && v.questionId === questionId)) {
      return { record, result: answer(question.votes) };
    }
    if (!OPEN_QUESTION_STATES.includes(question.state)) {
      throw new AppError('invalid_input', '这个问题已经处理完毕，不能再点赞');
    }
    const at = nowIso(ctx);
    // Every vote is in phoneVotes; the history notes them only while it has room to spare.
    const history =
      question.history.length < VOTE_HISTORY_ROOM
        ? [
            ...question.history,
            { at, by: PHONE_ACTOR, kind: 'voted' as const, from: null, to: null, note: PHONE_ACTOR },
          ]
        : question.history;
    const voted: Question = {
      ...question,
      votes: question.votes + 1,
      history,
      revision: question.revision + 1,
    };
    return {
      record: {
        ...record,
        questions: record.questions.map((q) => (q.id === questionId ? voted : q)),
        phoneVotes: [...record.phoneVotes, { phoneId, questionId, at }],
      },
      result: answer(voted.votes),
    };
  });
}

/** The phones' tally of one part, from the stored choices. */
function tallyOf(scores: readonly PhoneScore[], partId: string): Tally {
  const tally: Tally = { satisfied: 0, basicallySatisfied: 0, dissatisfied: 0 };
  for (const s of scores) if (s.partId === partId) tally[s.choice] += 1;
  return tally;
}

export async function phoneScore(
  ctx: ServiceContext,
  meetingId: string,
  input: PhoneParsedInput<'score'>,
): Promise<PhoneOutput<'score'>> {
  const { phoneId, partId, choice } = input;
  const part = scoreParts(getReport(ctx, meetingId).cards).find((p) => p.partId === partId);
  if (!part) throw invalid('partId', '找不到要打分的报告部分，请刷新页面后再打分');
  return updateLive(ctx, meetingId, ({ record }) => {
    const result = { partId, choice };
    const previous = record.phoneScores.find((s) => s.phoneId === phoneId && s.partId === partId);
    if (previous?.choice === choice) return { record, result };
    if (record.closing !== null) throw new AppError('invalid_input', CLOSED_FOR_SCORES);
    const at = nowIso(ctx);
    const mine: PhoneScore = { phoneId, partId, choice, at };
    // A new choice replaces this phone's previous one: one phone, one score per part.
    const phoneScores = previous
      ? record.phoneScores.map((s) => (s === previous ? mine : s))
      : [...record.phoneScores, mine];
    const phones = tallyOf(phoneScores, partId);
    const stored = record.scores.find((s) => s.partId === partId);
    // The show of hands stays as the operator typed it; only the phones' tally is recounted.
    const row: PartScore = stored
      ? { ...stored, phones }
      : { partId, title: part.title, hands: null, phones, updatedAt: at, updatedBy: PHONE_ACTOR };
    const scores = stored
      ? record.scores.map((s) => (s.partId === partId ? row : s))
      : [...record.scores, row];
    return { record: { ...record, phoneScores, scores }, result };
  });
}

type PhoneHandlers = {
  [M in PhoneMethod]: (
    ctx: ServiceContext,
    meetingId: string,
    input: PhoneParsedInput<M>,
  ) => PhoneOutput<M> | Promise<PhoneOutput<M>>;
};

const handlers: PhoneHandlers = {
  view: phoneView,
  submit: phoneSubmit,
  mine: phoneMine,
  vote: phoneVote,
  score: phoneScore,
  ballot: phoneBallot,
};

const BOX_CLOSED = '本场报告会的手机提问已关闭';

/**
 * Only the meeting whose box is open (or opening) answers phones: a gateway that was told another
 * meeting's id, or one left over after the box closed, reaches nothing.
 */
function checkBoxOpen(ctx: ServiceContext, meetingId: string): void {
  if (ctx.gateways.current()?.meetingId === meetingId) return;
  if (ctx.repo.get(gateDocName(meetingId))?.open === true) return;
  throw new AppError('unavailable', BOX_CLOSED);
}

/** Parses, routes and wraps in a Result; only the phone methods exist here. */
export function createPhoneDispatch(ctx: ServiceContext, log: DispatchLog = console): PhoneDispatch {
  async function run<M extends PhoneMethod>(
    method: M,
    meetingId: string,
    rawInput: unknown,
  ): Promise<Result<PhoneOutput<M>>> {
    const parsed = phoneContract[method].input.safeParse(rawInput ?? {});
    if (!parsed.success) return invalidInput(parsed.error);
    const handler = handlers[method] as PhoneHandlers[M];
    // The contract's schema for M parses to PhoneParsedInput<M>; TypeScript cannot see through the
    // lookup on a generic key.
    const data = parsed.data as PhoneParsedInput<M>;
    return guarded(`phone.${method}`, log, async () => {
      checkBoxOpen(ctx, meetingId);
      return handler(ctx, meetingId, data);
    });
  }
  return async (meetingId, method, input) => {
    if (!Id.safeParse(meetingId).success) return fail('not_found', '找不到这场报告会');
    if (typeof method !== 'string' || !isPhoneMethod(method)) {
      return fail('not_found', `没有这个功能：${String(method).slice(0, 40)}`);
    }
    return run(method, meetingId, input);
  };
}

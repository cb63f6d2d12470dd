import { z } from 'zod';
import {
  Id,
  PhoneClientId,
  PhoneId,
  PhoneQuestionDraft,
  PhoneQuestionStatus,
  PhoneView,
  ScoreChoice,
} from '../domain';

/**
 * Everything a resident's phone can do, and nothing else: the second, narrow API of the app. The phone
 * page calls the gateway over HTTP (`POST /p/<name>`); the gateway forwards the call over its IPC channel
 * to the folder's owner, which checks it again against these schemas. The operator's contract
 * (contract.ts) is never reachable this way: the gateway holds no token for it and the owner answers
 * only these methods on that channel.
 *
 * The gateway serves one meeting; it adds `meetingId` itself, so a phone never names one.
 */
export const phoneContract = {
  /** What the page shows, for this phone (its votes and scores marked). */
  view: {
    input: z.object({ phoneId: PhoneId }).strict(),
    output: PhoneView,
  },
  /** Stored (fsynced) before it resolves; the same clientId again returns the stored question. */
  submit: {
    input: z.object({ phoneId: PhoneId, question: PhoneQuestionDraft }).strict(),
    output: PhoneQuestionStatus,
  },
  /** What became of this phone's own questions (the page keeps their clientIds). */
  mine: {
    input: z.object({ phoneId: PhoneId, clientIds: z.array(PhoneClientId).max(50) }).strict(),
    output: z.array(PhoneQuestionStatus),
  },
  /** One upvote per phone and question; a repeat changes nothing and answers the same. */
  vote: {
    input: z.object({ phoneId: PhoneId, questionId: Id }).strict(),
    output: z.object({ questionId: Id, votes: z.number().int().min(0), votedByMe: z.literal(true) }),
  },
  /** One score per phone and report part; a new choice replaces this phone's previous one. */
  score: {
    input: z.object({ phoneId: PhoneId, partId: z.string().min(1).max(64), choice: ScoreChoice }).strict(),
    output: z.object({ partId: z.string(), choice: ScoreChoice }),
  },
  /** 差额票决 on phones: one ballot per phone and vote, final; at most one choice per place. */
  ballot: {
    input: z
      .object({ phoneId: PhoneId, voteId: Id, projectIds: z.array(Id).min(1, '请至少选择一个项目').max(100) })
      .strict(),
    output: z.object({ voteId: Id, myChoice: z.array(Id) }),
  },
} as const;

export type PhoneContract = typeof phoneContract;
export type PhoneMethod = keyof PhoneContract;
export type PhoneInput<M extends PhoneMethod> = z.input<PhoneContract[M]['input']>;
export type PhoneParsedInput<M extends PhoneMethod> = z.output<PhoneContract[M]['input']>;
export type PhoneOutput<M extends PhoneMethod> = z.output<PhoneContract[M]['output']>;

export const phoneMethods = Object.keys(phoneContract) as PhoneMethod[];

export function isPhoneMethod(name: string): name is PhoneMethod {
  return Object.prototype.hasOwnProperty.call(phoneContract, name);
}

/* ----- The gateway's HTTP surface, shared by the gateway and the phone page ----- */

export const PHONE_HTTP = {
  /** POST /p/<method>, JSON in and out (a Result, as on the operator's transport). */
  apiPrefix: '/p/',
  /** GET: a Server-Sent Events stream that only says "something changed" (no content). */
  events: '/p/events',
  /** The token travels in this header (from the page's URL fragment, #k=<token>). */
  tokenHeader: 'x-gate-token',
  /** EventSource cannot send headers: the stream takes the token as `?k=`; it carries no content. */
  eventsTokenParam: 'k',
  /** The QR link's fragment key. */
  fragmentKey: 'k',
  /** Whole-request limit on the phone side. */
  maxBodyBytes: 4 * 1024,
} as const;

/** The phone page's fixed files: the only paths the gateway serves besides the API. */
export const PHONE_PAGE_FILES = ['/', '/phone.js', '/phone.css'] as const;

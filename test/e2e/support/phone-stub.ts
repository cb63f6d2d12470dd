import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { PHONE_HTTP, phoneContract, type PhoneMethod } from '../../../shared/api/phone-contract';
import type {
  PhonePublicQuestion,
  PhoneQuestionStatus,
  PhoneView,
  ScoreChoice,
} from '../../../shared/domain/phone';
import { repoRoot } from './host-mode';

/**
 * A stand-in for the question box's gateway, for the phone page's own tests and screenshots: it serves
 * dist/phone under the gateway's CSP and answers `/p/*` as PHONE_HTTP says (token header, Result
 * envelopes, 401/429 with Retry-After), from memory. The real gateway is tested on its own.
 */
export const PHONE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

const FILES: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/phone.js': { file: 'phone.js', type: 'text/javascript; charset=utf-8' },
  '/phone.css': { file: 'phone.css', type: 'text/css; charset=utf-8' },
};

export interface StubQuestion {
  status: PhoneQuestionStatus;
  phoneId: string;
  category: string;
  communityId: string | null;
  votes: string[];
}

export interface Failure {
  status: number;
  retryAfterSeconds?: number;
  /** The call is handled (a submit stored) and only its answer is lost, as when the Wi-Fi drops. */
  afterHandling?: boolean;
}

export interface PhoneStub {
  /** The join address, token in the fragment, as the QR carries it. */
  url: string;
  origin: string;
  token: string;
  /** Stored questions by clientId (a retry with the same clientId stores nothing new). */
  questions: Map<string, StubQuestion>;
  /** Submit requests that reached the handler (retries included). */
  submitCalls: () => number;
  /** Answers the next calls of a method with these failures, in order. */
  failNext: (method: PhoneMethod, failures: Failure[]) => void;
  /** Changes a stored question and, unless `quiet`, says "changed" on the stream. */
  update: (clientId: string, change: Partial<PhoneQuestionStatus>, quiet?: boolean) => void;
  /** Shows a stored question to every phone (what the moderator's approval does). */
  approve: (clientId: string) => void;
  setMeeting: (change: Partial<Pick<PhoneView, 'accepting' | 'rehearsal'>>) => void;
  addPublic: (question: Omit<PhonePublicQuestion, 'votedByMe' | 'votes'> & { votes?: number }) => void;
  notify: () => void;
  /** Open event streams. */
  streams: () => number;
  scores: Map<string, ScoreChoice>;
  close: () => Promise<void>;
}

export interface StubOptions {
  /** No event stream (404): the page must poll. */
  noEvents?: boolean;
  token?: string;
}

const BASE_VIEW: Omit<PhoneView, 'questions' | 'parts' | 'version' | 'ballots'> = {
  meetingTitle: '2026年第四季度向群众报告工作会',
  officeName: '和平里街道办事处',
  date: '2026-12-02',
  accepting: true,
  rehearsal: false,
  communities: [
    { id: 'c-1', name: '和平里社区' },
    { id: 'c-2', name: '小黄庄社区' },
  ],
  categories: ['停车管理', '环境卫生', '加装电梯'],
};

const PARTS = [
  { partId: 'p-1', title: '一、老旧小区改造' },
  { partId: 'p-2', title: '二、养老助餐' },
];

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function fail(res: ServerResponse, status: number, code: string, message: string, headers = {}): void {
  send(res, status, { ok: false, error: { code, message } }, headers);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => resolve(text));
  });
}

export async function startPhoneStub(options: StubOptions = {}): Promise<PhoneStub> {
  const dir = join(repoRoot, 'dist', 'phone');
  const token = options.token ?? 'stubToken_0123456789abcdef';
  const questions = new Map<string, StubQuestion>();
  const publicExtra: PhonePublicQuestion[] = [];
  const publicVotes = new Map<string, string[]>();
  const scores = new Map<string, ScoreChoice>();
  const failures = new Map<PhoneMethod, Failure[]>();
  const streams = new Set<ServerResponse>();
  let meeting = { ...BASE_VIEW };
  let submitCalls = 0;
  let version = 0;
  let nextId = 1;

  const viewFor = (phoneId: string): PhoneView => {
    const mine: PhonePublicQuestion[] = [...questions.values()]
      .filter((q) => !q.status.pending)
      .map((q) => ({
        id: q.status.id,
        text: q.status.text,
        category: q.category,
        communityName: meeting.communities.find((c) => c.id === q.communityId)?.name ?? null,
        askers: q.status.askers,
        votes: q.votes.length,
        state: q.status.state,
        votedByMe: q.votes.includes(phoneId),
        votable: q.status.state === 'waiting' || q.status.state === 'onScreen',
      }));
    const extra = publicExtra.map((q) => {
      const votes = publicVotes.get(q.id) ?? [];
      return { ...q, votes: q.votes + votes.length, votedByMe: votes.includes(phoneId) };
    });
    return {
      ...meeting,
      questions: [...mine, ...extra].sort((a, b) => b.votes - a.votes),
      ballots: [],
      parts: PARTS.map((part) => ({ ...part, myChoice: scores.get(`${phoneId}/${part.partId}`) ?? null })),
      version: String(version),
    };
  };

  const notify = () => {
    version += 1;
    for (const stream of streams) stream.write('data: changed\n\n');
  };

  const api = async (method: PhoneMethod, input: unknown, res: ServerResponse) => {
    if (method === 'view') {
      const { phoneId } = phoneContract.view.input.parse(input);
      return send(res, 200, { ok: true, value: viewFor(phoneId) });
    }
    if (method === 'submit') {
      submitCalls += 1;
      const { phoneId, question } = phoneContract.submit.input.parse(input);
      if (!meeting.accepting) return fail(res, 409, 'conflict', '本场报告会已结束，不再接收提问');
      const kept = questions.get(question.clientId);
      if (kept) return send(res, 200, { ok: true, value: kept.status });
      const status: PhoneQuestionStatus = {
        clientId: question.clientId,
        id: `q-${nextId++}`,
        text: question.text,
        state: 'waiting',
        merged: false,
        askers: 1,
        pending: true,
        referral: null,
        declineReason: '',
        answerNote: '',
        commitment: null,
        receivedAt: new Date().toISOString(),
      };
      questions.set(question.clientId, {
        status,
        phoneId,
        category: question.category,
        communityId: question.communityId,
        votes: [],
      });
      return send(res, 200, { ok: true, value: status });
    }
    if (method === 'mine') {
      const { clientIds } = phoneContract.mine.input.parse(input);
      const value = clientIds.flatMap((id) => {
        const q = questions.get(id);
        return q ? [q.status] : [];
      });
      return send(res, 200, { ok: true, value });
    }
    if (method === 'vote') {
      const { phoneId, questionId } = phoneContract.vote.input.parse(input);
      const own = [...questions.values()].find((q) => q.status.id === questionId);
      const list = own ? own.votes : (publicVotes.get(questionId) ?? []);
      if (!list.includes(phoneId)) list.push(phoneId);
      if (!own) publicVotes.set(questionId, list);
      const base = publicExtra.find((q) => q.id === questionId)?.votes ?? 0;
      notify();
      return send(res, 200, { ok: true, value: { questionId, votes: base + list.length, votedByMe: true } });
    }
    const { phoneId, partId, choice } = phoneContract.score.input.parse(input);
    scores.set(`${phoneId}/${partId}`, choice);
    return send(res, 200, { ok: true, value: { partId, choice } });
  };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://stub');
      const file = FILES[url.pathname];
      if (req.method === 'GET' && file) {
        res.writeHead(200, {
          'Content-Type': file.type,
          'Content-Security-Policy': PHONE_CSP,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-store',
        });
        res.end(readFileSync(join(dir, file.file)));
        return;
      }
      if (req.method === 'GET' && url.pathname === PHONE_HTTP.events) {
        if (options.noEvents) return fail(res, 404, 'not_found', '没有事件流');
        if (url.searchParams.get(PHONE_HTTP.eventsTokenParam) !== token) {
          return fail(res, 401, 'unauthorized', '请扫描会场大屏上的二维码进入');
        }
        res.writeHead(200, {
          'Content-Type': 'text/event-stream',
          'Cache-Control': 'no-store',
          Connection: 'keep-alive',
        });
        res.write(': open\n\n');
        streams.add(res);
        req.on('close', () => streams.delete(res));
        return;
      }
      const method = url.pathname.slice(PHONE_HTTP.apiPrefix.length);
      if (req.method !== 'POST' || !url.pathname.startsWith(PHONE_HTTP.apiPrefix)) {
        return fail(res, 404, 'not_found', '没有这个地址');
      }
      if (req.headers[PHONE_HTTP.tokenHeader] !== token) {
        return fail(res, 401, 'unauthorized', '请扫描会场大屏上的二维码进入');
      }
      if (!(method in phoneContract)) return fail(res, 404, 'unknown_method', '没有这个操作');
      const text = await readBody(req);
      if (Buffer.byteLength(text) > PHONE_HTTP.maxBodyBytes) return fail(res, 413, 'too_large', '内容太长');
      const queued = failures.get(method as PhoneMethod);
      const failure = queued?.shift();
      if (failure?.afterHandling) {
        const discard = { writeHead: () => discard, end: () => discard } as unknown as ServerResponse;
        await api(method as PhoneMethod, JSON.parse(text), discard);
      } else if (failure && method === 'submit') submitCalls += 1;
      if (failure) {
        const headers: Record<string, string> =
          failure.retryAfterSeconds !== undefined ? { 'Retry-After': String(failure.retryAfterSeconds) } : {};
        const code =
          failure.status === 429 ? 'rate_limited' : failure.status === 503 ? 'unavailable' : 'internal';
        return fail(res, failure.status, code, '请稍后再试', headers);
      }
      try {
        await api(method as PhoneMethod, JSON.parse(text), res);
      } catch (error) {
        fail(res, 400, 'invalid_input', error instanceof Error ? error.message : String(error));
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/#${PHONE_HTTP.fragmentKey}=${token}`,
    origin,
    token,
    questions,
    scores,
    submitCalls: () => submitCalls,
    failNext: (method, list) => failures.set(method, [...(failures.get(method) ?? []), ...list]),
    update: (clientId, change, quiet) => {
      const q = questions.get(clientId);
      if (!q) throw new Error(`no stored question ${clientId}`);
      q.status = { ...q.status, ...change };
      if (quiet) version += 1;
      else notify();
    },
    approve: (clientId) => {
      const q = questions.get(clientId);
      if (!q) throw new Error(`no stored question ${clientId}`);
      q.status = { ...q.status, pending: false };
      notify();
    },
    setMeeting: (change) => {
      meeting = { ...meeting, ...change };
      notify();
    },
    addPublic: (question) => {
      publicExtra.push({ ...question, votes: question.votes ?? 0, votedByMe: false });
      notify();
    },
    notify,
    streams: () => streams.size,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of streams) stream.end();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

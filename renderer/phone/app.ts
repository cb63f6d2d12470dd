import type { PhoneQuestionStatus, PhoneView, ScoreChoice } from '../../shared/domain/phone';
import { createAskForm, type AskDraft } from './form';
import { backoffMs, type Outcome, type PhoneCall } from './http';
import type { Translate } from './i18n';
import { startLive, type EventSourceLike, type Live } from './live';
import { MineBook } from './mine';
import { Outbox } from './outbox';
import {
  renderAlerts,
  renderBallots,
  renderHeader,
  renderMine,
  renderQuestions,
  renderScore,
  type Actions,
  type PageState,
} from './render';
import { readJson, writeJson, type KeyValue } from './storage';
import { replaceContent, type DomLike } from './vnode';

export interface AppDeps {
  doc: Document;
  root: Element;
  store: KeyValue;
  t: Translate;
  token: string | null;
  phoneId: string;
  call: PhoneCall;
  newClientId: () => string;
  openStream: (() => EventSourceLike) | null;
  now: () => number;
  random: () => number;
  setTimer: (run: () => void, ms: number) => () => void;
}

export const VIEW_KEY = 'rbd.phone.view';
/** Upvotes and scores are safe to repeat (one per phone), so a busy hall is simply tried again. */
const ACTION_TRIES = 6;

function isView(value: unknown): value is PhoneView {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as PhoneView).questions) &&
    Array.isArray((value as PhoneView).parts)
  );
}

export interface App {
  refresh: () => Promise<void>;
  /** Back online or on screen again: send what waits, fetch what changed. */
  resume: () => void;
  state: () => PageState;
}

export function startApp(deps: AppDeps): App {
  const { doc, t, store, call, phoneId } = deps;
  const dom = doc as unknown as DomLike;
  const mine = new MineBook(store);
  const state: PageState = {
    // The last view seen paints at once, even before the hall's Wi-Fi answers.
    view: readJson(store, VIEW_KEY, isView),
    mine: mine.list(),
    outbox: [],
    token: deps.token,
    tokenRefused: false,
    notice: null,
    refused: null,
    voting: [],
    scoring: {},
    ballotPicks: {},
    balloting: [],
  };

  const regions = {
    alerts: doc.createElement('div'),
    header: doc.createElement('header'),
    mine: doc.createElement('section'),
    questions: doc.createElement('section'),
    score: doc.createElement('section'),
    ballots: doc.createElement('section'),
  };
  regions.alerts.className = 'alerts';
  regions.header.className = 'header';
  regions.mine.className = 'section mine';
  regions.questions.className = 'section questions';
  regions.score.className = 'section score';
  regions.ballots.className = 'section ballots';

  let outbox: Outbox | null = null;
  let live: Live | null = null;

  const actions: Actions = {
    vote: (questionId) => void vote(questionId),
    score: (partId, choice) => void score(partId, choice),
    resend: (clientId) => outbox?.resend(clientId),
    remove: (clientId) => outbox?.remove(clientId),
    pick: (voteId, projectId) => pick(voteId, projectId),
    cast: (voteId) => void cast(voteId),
  };

  let lastShown = '';
  const render = () => {
    state.mine = mine.list();
    state.outbox = outbox ? outbox.entries() : [];
    // A poll that changed nothing redraws nothing: a resident's scroll and tap stay where they were.
    const shown = JSON.stringify(state);
    if (shown === lastShown) return;
    lastShown = shown;
    replaceContent(regions.alerts, renderAlerts(state, t), dom);
    replaceContent(regions.header, renderHeader(state.view, t), dom);
    if (state.token === null) return;
    form.update(state.view);
    replaceContent(regions.ballots, renderBallots(state, t, actions), dom);
    replaceContent(regions.mine, renderMine(state, t, actions), dom);
    replaceContent(regions.questions, renderQuestions(state, t, actions), dom);
    replaceContent(regions.score, renderScore(state, t, actions), dom);
  };

  /** A call's trouble shown as the page's notice; true when it went through. */
  const note = <T>(outcome: Outcome<T>): outcome is { kind: 'ok'; value: T } => {
    if (outcome.kind === 'ok') {
      state.tokenRefused = false;
      state.notice = null;
      return true;
    }
    if (outcome.kind === 'token') state.tokenRefused = true;
    else if (outcome.kind === 'retry') state.notice = outcome.reason;
    else state.refused = outcome.message || outcome.code;
    return false;
  };

  const submit = (draft: AskDraft) => {
    if (!outbox) return;
    state.refused = null;
    // The id is made before anything is sent: every retry of this question carries it.
    outbox.add({ clientId: deps.newClientId(), ...draft });
    form.reset();
    render();
  };
  const form = createAskForm(doc, t, submit);

  for (const region of [regions.header, regions.alerts]) deps.root.appendChild(region);
  if (state.token !== null) {
    // A vote under way comes first: the hall is waiting on it.
    deps.root.appendChild(regions.ballots);
    deps.root.appendChild(form.element);
    for (const region of [regions.mine, regions.questions, regions.score]) deps.root.appendChild(region);
  }

  let refreshing = false;
  let refreshAgain = false;
  /** Refreshes in a row the hall was too busy for: the next one waits as the gateway asks. */
  let refreshRetries = 0;
  let cancelRetry: (() => void) | null = null;
  const refresh = async (): Promise<void> => {
    if (state.token === null) return;
    if (refreshing) {
      refreshAgain = true;
      return;
    }
    refreshing = true;
    if (cancelRetry) cancelRetry();
    cancelRetry = null;
    try {
      do {
        refreshAgain = false;
        const view = await call('view', { phoneId });
        if (note(view)) {
          refreshRetries = 0;
          state.view = view.value;
          writeJson(store, VIEW_KEY, view.value);
        } else if (view.kind === 'retry') {
          // Not left to the next poll (30 s with a working stream): the page would show old news.
          refreshRetries += 1;
          cancelRetry = deps.setTimer(
            () => void refresh(),
            backoffMs(refreshRetries, view.retryAfterMs, deps.random),
          );
        }
        const asked = mine.clientIds().slice(-50);
        if (asked.length > 0 && view.kind === 'ok') {
          const statuses = await call('mine', { phoneId, clientIds: asked });
          if (note(statuses)) mine.refresh(asked, statuses.value);
        }
      } while (refreshAgain);
    } finally {
      refreshing = false;
    }
    render();
  };

  const wait = (ms: number) => new Promise<void>((resolve) => deps.setTimer(resolve, ms));

  async function retrying<T>(send: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
    let outcome = await send();
    for (let attempt = 1; attempt < ACTION_TRIES && outcome.kind === 'retry'; attempt += 1) {
      note(outcome);
      render();
      await wait(backoffMs(attempt, outcome.retryAfterMs, deps.random));
      outcome = await send();
    }
    return outcome;
  }

  async function vote(questionId: string): Promise<void> {
    if (state.voting.indexOf(questionId) >= 0) return;
    state.voting = state.voting.concat([questionId]);
    state.refused = null;
    render();
    const outcome = await retrying(() => call('vote', { phoneId, questionId }));
    state.voting = state.voting.filter((id) => id !== questionId);
    if (note(outcome) && state.view) {
      const answer = outcome.value;
      state.view = {
        ...state.view,
        questions: state.view.questions.map((question) =>
          question.id === answer.questionId
            ? { ...question, votes: answer.votes, votedByMe: true }
            : question,
        ),
      };
    }
    render();
  }

  async function score(partId: string, choice: ScoreChoice): Promise<void> {
    if (state.scoring[partId] !== undefined) return;
    state.scoring = { ...state.scoring, [partId]: choice };
    state.refused = null;
    render();
    const outcome = await retrying(() => call('score', { phoneId, partId, choice }));
    const rest: Record<string, ScoreChoice> = {};
    for (const key of Object.keys(state.scoring)) {
      const kept = state.scoring[key];
      if (key !== partId && kept) rest[key] = kept;
    }
    state.scoring = rest;
    if (note(outcome) && state.view) {
      const answer = outcome.value;
      state.view = {
        ...state.view,
        parts: state.view.parts.map((part) =>
          part.partId === answer.partId ? { ...part, myChoice: answer.choice } : part,
        ),
      };
    }
    render();
  }

  function pick(voteId: string, projectId: string): void {
    const ballot = state.view?.ballots?.find((b) => b.voteId === voteId);
    if (!ballot || ballot.myChoice !== null || state.balloting.indexOf(voteId) >= 0) return;
    const picks = state.ballotPicks[voteId] ?? [];
    const next =
      picks.indexOf(projectId) >= 0
        ? picks.filter((id) => id !== projectId)
        : picks.length < ballot.places
          ? picks.concat([projectId])
          : picks;
    state.ballotPicks = { ...state.ballotPicks, [voteId]: next };
    render();
  }

  /** A ballot is safe to repeat (the same choice answers the same), so a busy hall is tried again. */
  async function cast(voteId: string): Promise<void> {
    const picks = state.ballotPicks[voteId] ?? [];
    if (picks.length === 0 || state.balloting.indexOf(voteId) >= 0) return;
    state.balloting = state.balloting.concat([voteId]);
    state.refused = null;
    render();
    const projectIds = picks.slice();
    const outcome = await retrying(() => call('ballot', { phoneId, voteId, projectIds }));
    state.balloting = state.balloting.filter((id) => id !== voteId);
    if (note(outcome) && state.view) {
      const answer = outcome.value;
      state.view = {
        ...state.view,
        ballots: (state.view.ballots ?? []).map((b) =>
          b.voteId === answer.voteId ? { ...b, myChoice: answer.myChoice } : b,
        ),
      };
      const rest: Record<string, readonly string[]> = {};
      for (const key of Object.keys(state.ballotPicks)) {
        const kept = state.ballotPicks[key];
        if (key !== voteId && kept) rest[key] = kept;
      }
      state.ballotPicks = rest;
    }
    render();
  }

  if (state.token !== null) {
    const token = state.token;
    outbox = new Outbox({
      store,
      token,
      send: (entry) =>
        call('submit', {
          phoneId,
          question: {
            clientId: entry.clientId,
            text: entry.text,
            communityId: entry.communityId,
            category: entry.category,
          },
        }),
      now: deps.now,
      random: deps.random,
      setTimer: deps.setTimer,
      onAck: (status: PhoneQuestionStatus) => mine.record(status),
      onChange: render,
      onNotice: (notice) => {
        if (notice === 'token') state.tokenRefused = true;
        else state.notice = notice;
        render();
      },
    });
    live = startLive({
      openStream: deps.openStream,
      refresh: () => void refresh(),
      setTimer: deps.setTimer,
      random: deps.random,
    });
    void refresh();
    void outbox.flush();
  }
  render();

  return {
    refresh,
    resume: () => {
      outbox?.resume();
      live?.poke();
    },
    state: () => state,
  };
}

import type {
  PhoneBallotView,
  PhonePublicQuestion,
  PhoneQuestionStatus,
  PhoneScorePart,
  PhoneView,
  ScoreChoice,
} from '../../shared/domain/phone';
import type { Translate } from './i18n';
import type { OutboxEntry } from './outbox';
import { formatDate, publicStateLabel, stateTone, statusText } from './status-text';
import { h, type Child, type VNode } from './vnode';

/** Everything the page shows, besides the ask form (kept mounted: redrawing would lose the typing). */
export interface PageState {
  view: PhoneView | null;
  mine: PhoneQuestionStatus[];
  outbox: OutboxEntry[];
  /** The page's token (null: no QR was scanned). */
  token: string | null;
  tokenRefused: boolean;
  notice: 'busy' | 'unavailable' | 'network' | null;
  /** The last action the gateway refused, in its own words. */
  refused: string | null;
  /** Questions whose upvote is on its way. */
  voting: string[];
  /** Report parts whose score is on its way, with the choice sent. */
  scoring: Readonly<Record<string, ScoreChoice>>;
  /** Candidates ticked per vote, not yet cast. */
  ballotPicks: Readonly<Record<string, readonly string[]>>;
  /** Votes whose ballot is on its way. */
  balloting: string[];
}

export interface Actions {
  vote: (questionId: string) => void;
  score: (partId: string, choice: ScoreChoice) => void;
  resend: (clientId: string) => void;
  remove: (clientId: string) => void;
  pick: (voteId: string, projectId: string) => void;
  cast: (voteId: string) => void;
}

export const SCORE_CHOICES: readonly ScoreChoice[] = ['satisfied', 'basicallySatisfied', 'dissatisfied'];

export function renderAlerts(state: PageState, t: Translate): Child[] {
  const out: Child[] = [];
  if (state.token === null || state.tokenRefused) {
    out.push(
      h('div', { class: 'alert alert-error', role: 'alert' }, [
        h('p', { class: 'alert-title' }, [t('errors.token')]),
        h('p', null, [t(state.tokenRefused ? 'errors.tokenHint' : 'errors.tokenMissingHint')]),
      ]),
    );
  }
  if (state.notice) {
    out.push(h('div', { class: 'alert alert-wait', role: 'status' }, [t(`errors.${state.notice}`)]));
  }
  if (state.refused) {
    out.push(
      h('div', { class: 'alert alert-error', role: 'alert' }, [
        t('errors.refused', { message: state.refused }),
      ]),
    );
  }
  return out;
}

export function renderHeader(view: PhoneView | null, t: Translate): Child[] {
  if (!view) return [h('h1', { class: 'title' }, [t('pageTitle')])];
  return [
    view.rehearsal ? h('p', { class: 'rehearsal', role: 'note' }, [t('rehearsal')]) : null,
    h('h1', { class: 'title' }, [view.meetingTitle]),
    h('p', { class: 'subtitle' }, [`${view.officeName} · ${formatDate(t, view.date, true)}`]),
    view.accepting
      ? null
      : h('div', { class: 'closed', role: 'status' }, [
          h('p', { class: 'closed-title' }, [t('closed')]),
          h('p', null, [t('closedHint')]),
        ]),
  ];
}

function statusItem(status: PhoneQuestionStatus, t: Translate): VNode {
  const text = statusText(t, status);
  return h('li', { class: 'card mine-item', 'data-client-id': status.clientId }, [
    h('p', { class: 'received' }, [t('mine.received')]),
    h('p', { class: 'question-text' }, [status.text]),
    h('p', { class: `badge tone-${text.tone}` }, [text.label]),
    ...text.details.map((line) => h('p', { class: 'detail' }, [line])),
  ]);
}

function outboxItem(entry: OutboxEntry, token: string | null, t: Translate, actions: Actions): VNode {
  const foreign = entry.token !== token;
  const stopped = foreign || entry.error !== null;
  const label = foreign
    ? t('mine.otherToken')
    : entry.error !== null
      ? t('mine.failed', { message: entry.error })
      : entry.attempts === 0
        ? t('mine.sending')
        : t('mine.queued');
  return h('li', { class: 'card mine-item outbox-item', 'data-client-id': entry.clientId }, [
    h('p', { class: 'question-text' }, [entry.text]),
    h('p', { class: `badge ${stopped ? 'tone-declined' : 'tone-pending'}` }, [label]),
    stopped
      ? h('div', { class: 'row' }, [
          token !== null
            ? h('button', { type: 'button', class: 'button' }, [t('mine.resend')], {
                on: { click: () => actions.resend(entry.clientId) },
              })
            : null,
          h('button', { type: 'button', class: 'button button-quiet' }, [t('mine.delete')], {
            on: { click: () => actions.remove(entry.clientId) },
          }),
        ])
      : null,
  ]);
}

export function renderMine(state: PageState, t: Translate, actions: Actions): Child[] {
  const items: Child[] = state.outbox
    .slice()
    .reverse()
    .map((entry) => outboxItem(entry, state.token, t, actions));
  const waiting = new Set(state.outbox.map((entry) => entry.clientId));
  for (const status of state.mine) if (!waiting.has(status.clientId)) items.push(statusItem(status, t));
  return [
    h('h2', null, [t('mine.heading')]),
    items.length === 0 ? h('p', { class: 'empty' }, [t('mine.empty')]) : h('ul', { class: 'list' }, items),
  ];
}

function publicItem(question: PhonePublicQuestion, state: PageState, t: Translate, actions: Actions): VNode {
  const busy = state.voting.indexOf(question.id) >= 0;
  const meta: string[] = [];
  if (question.category) meta.push(question.category);
  if (question.communityName) meta.push(question.communityName);
  if (question.askers > 1) meta.push(t('status.askers', { count: question.askers }));
  const canVote = question.votable && !question.votedByMe && state.view?.accepting !== false;
  return h('li', { class: 'card', 'data-question-id': question.id }, [
    h('p', { class: 'question-text' }, [question.text]),
    meta.length > 0 ? h('p', { class: 'detail' }, [meta.join(' · ')]) : null,
    h('div', { class: 'row row-split' }, [
      h('span', { class: `badge tone-${stateTone(question.state)}` }, [publicStateLabel(t, question.state)]),
      h('span', { class: 'votes' }, [t('questions.votes', { count: question.votes })]),
    ]),
    question.votedByMe
      ? h('button', { type: 'button', class: 'button button-done', disabled: true, 'aria-pressed': 'true' }, [
          t('questions.voted'),
        ])
      : question.votable
        ? h(
            'button',
            {
              type: 'button',
              class: 'button vote',
              disabled: !canVote || busy,
              'aria-label': t('questions.voteFor', { count: question.votes }),
            },
            [t('questions.vote')],
            { on: { click: () => actions.vote(question.id) } },
          )
        : null,
  ]);
}

export function renderQuestions(state: PageState, t: Translate, actions: Actions): Child[] {
  const questions = state.view?.questions ?? [];
  return [
    h('h2', null, [t('questions.heading')]),
    questions.length === 0
      ? h('p', { class: 'empty' }, [t('questions.empty')])
      : h(
          'ul',
          { class: 'list' },
          questions.map((question) => publicItem(question, state, t, actions)),
        ),
  ];
}

function scorePart(part: PhoneScorePart, state: PageState, t: Translate, actions: Actions): VNode {
  const accepting = state.view?.accepting !== false;
  const sending = state.scoring[part.partId];
  const shown = sending ?? part.myChoice;
  return h('li', { class: 'card', 'data-part-id': part.partId }, [
    h('p', { class: 'part-title' }, [part.title]),
    h(
      'div',
      { class: 'choices', role: 'group', 'aria-label': part.title },
      SCORE_CHOICES.map((choice) =>
        h(
          'button',
          {
            type: 'button',
            class: `button choice${shown === choice ? ' chosen' : ''}`,
            'aria-pressed': shown === choice ? 'true' : 'false',
            disabled: !accepting || sending !== undefined,
          },
          [t(`score.${choice}`)],
          { on: { click: () => actions.score(part.partId, choice) } },
        ),
      ),
    ),
    h('p', { class: 'detail my-choice' }, [
      shown
        ? t('score.mine', { choice: t(`score.${shown}`) })
        : t(accepting ? 'score.notYet' : 'score.closed'),
    ]),
  ]);
}

export function renderScore(state: PageState, t: Translate, actions: Actions): Child[] {
  const parts = state.view?.parts ?? [];
  if (parts.length === 0) return [];
  return [
    h('h2', null, [t('score.heading')]),
    h('p', { class: 'detail' }, [t('score.hint')]),
    h(
      'ul',
      { class: 'list' },
      parts.map((part) => scorePart(part, state, t, actions)),
    ),
  ];
}

function ballotCandidate(
  ballot: PhoneBallotView,
  candidate: PhoneBallotView['candidates'][number],
  picks: readonly string[],
  disabled: boolean,
  t: Translate,
  actions: Actions,
): VNode {
  const picked = picks.indexOf(candidate.projectId) >= 0;
  const full = picks.length >= ballot.places;
  const meta = [candidate.category, candidate.town].filter((part) => part !== '').join(' · ');
  return h(
    'li',
    { class: `ballot-candidate${picked ? ' chosen' : ''}`, 'data-project-id': candidate.projectId },
    [
      h('label', { class: 'ballot-label' }, [
        h(
          'input',
          {
            type: 'checkbox',
            class: 'ballot-check',
            checked: picked,
            // At most one choice per place: once the places are taken, only a taken one can be let go.
            disabled: disabled || (full && !picked),
            'aria-label': t('ballot.pickFor', { name: candidate.name }),
          },
          [],
          { on: { change: () => actions.pick(ballot.voteId, candidate.projectId) } },
        ),
        h('span', { class: 'ballot-name' }, [candidate.name]),
        meta ? h('span', { class: 'detail ballot-meta' }, [meta]) : null,
      ]),
    ],
  );
}

function ballotItem(ballot: PhoneBallotView, state: PageState, t: Translate, actions: Actions): VNode {
  const names = new Map(ballot.candidates.map((c) => [c.projectId, c.name]));
  if (ballot.myChoice !== null) {
    const chosen = ballot.myChoice.map((id) => names.get(id) ?? id).join(t('ballot.separator'));
    return h('li', { class: 'card ballot', 'data-vote-id': ballot.voteId }, [
      h('p', { class: 'part-title' }, [ballot.title]),
      h('button', { type: 'button', class: 'button button-done', disabled: true, 'aria-pressed': 'true' }, [
        t('ballot.done'),
      ]),
      h('p', { class: 'detail my-choice' }, [t('ballot.mine', { names: chosen })]),
    ]);
  }
  const busy = state.balloting.indexOf(ballot.voteId) >= 0;
  const picks = state.ballotPicks[ballot.voteId] ?? [];
  return h('li', { class: 'card ballot', 'data-vote-id': ballot.voteId }, [
    h('p', { class: 'part-title' }, [ballot.title]),
    h('p', { class: 'detail' }, [t('ballot.hint', { places: ballot.places })]),
    h(
      'ul',
      { class: 'ballot-candidates', role: 'group', 'aria-label': ballot.title },
      ballot.candidates.map((c) => ballotCandidate(ballot, c, picks, busy, t, actions)),
    ),
    h('p', { class: 'detail' }, [t('ballot.picked', { count: picks.length, places: ballot.places })]),
    h(
      'button',
      { type: 'button', class: 'button ballot-cast', disabled: busy || picks.length === 0 },
      [t(busy ? 'ballot.casting' : 'ballot.cast')],
      { on: { click: () => actions.cast(ballot.voteId) } },
    ),
  ]);
}

/** The meeting's open 手机票决: candidates with check boxes, at most one per place; once cast, the choice. */
export function renderBallots(state: PageState, t: Translate, actions: Actions): Child[] {
  const ballots = state.view?.ballots ?? [];
  if (ballots.length === 0) return [];
  return [
    h('h2', null, [t('ballot.heading')]),
    h(
      'ul',
      { class: 'list' },
      ballots.map((ballot) => ballotItem(ballot, state, t, actions)),
    ),
  ];
}

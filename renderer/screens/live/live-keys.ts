/**
 * The 现场 keys, one table so no two features take the same key and the UI can show each next to
 * its button. Letters are matched case-insensitively, without Ctrl/Alt/Meta, and never while typing
 * in a field (is-editable-target). The overlay, panel and countdown keys also work in the presenter
 * console, so they avoid its deck keys (arrows, PgUp/PgDn, N/P, B/W/./,, F5, Esc, digits, Home/End);
 * the question keys work only in the 现场 tab, where the deck keys are not bound.
 */

/** On the selected question of the list. */
export const QUESTION_KEYS = {
  onScreen: 's',
  answered: 'a',
  commit: 'c',
  refer: 'r',
  decline: 'd',
  merge: 'm',
  vote: 'v',
  edit: 'e',
  history: 'h',
  /** 审核通过 a phone's question (again: withdraw the approval). */
  approve: 'y',
  /** Back to the entry form. */
  newQuestion: 'n',
  search: '/',
} as const;

/** Projector overlays and panels, from the 现场 tab and the presenter console. */
export const OVERLAY_KEYS = {
  question: 'q',
  countdown: 't',
  commitment: 'k',
  join: 'j',
} as const;

export const PANEL_KEYS = {
  moderation: 'l',
  scores: 'g',
  summary: 'z',
} as const;

/** O starts or pauses the countdown; Shift+O resets it (P and N already page the deck, as in PowerPoint). */
export const COUNTDOWN_KEYS = { toggle: 'o' } as const;

/** Every key above, for the test that none is taken twice. */
export const ALL_LIVE_KEYS: readonly string[] = [
  ...Object.values(QUESTION_KEYS),
  ...Object.values(OVERLAY_KEYS),
  ...Object.values(PANEL_KEYS),
  ...Object.values(COUNTDOWN_KEYS),
];

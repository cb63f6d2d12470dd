import { hashKey, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card, ReportSettings, type ReportCardDocument } from '../../../shared/domain';
import { apiErrorOf } from '../../data/api-failure';
import { call } from '../../data/call';
import { reportKeys } from '../../data/report-queries';
import { useErrorText } from '../../i18n/use-error-text';
import { record, redo, startHistory, undo, type History, type Snapshot } from './card-history';

/** Edits are written this long after the last keystroke, so typing a title is one save, not twenty. */
export const SAVE_DELAY_MS = 600;

export type SaveStatus =
  | { kind: 'saved' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  /** Refused here before sending: the edit stays in the form until it is fixed. */
  | { kind: 'invalid'; message: string }
  | { kind: 'failed'; message: string }
  /** Another window saved first; nothing is sent until the user chooses what to keep. */
  | { kind: 'conflict' };

function snapshotOf(doc: ReportCardDocument): Snapshot {
  return { cards: doc.cards, settings: doc.settings };
}

/**
 * The builder's working copy of the report card: an undo history of whole snapshots, saved on its own
 * (debounced) with the revision it was based on. A save another window beat is never retried over it.
 */
export function useReportEditor(meetingId: string, initial: ReportCardDocument) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const client = useQueryClient();
  const [history, setHistory] = useState<History>(() => startHistory(snapshotOf(initial)));
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved' });
  const [outsideChange, setOutsideChange] = useState(0);

  const presentRef = useRef<Snapshot>(history.present);
  /** What the services hold, as far as this window knows, and at which revision. */
  const savedRef = useRef<Snapshot>(history.present);
  const revisionRef = useRef(initial.revision);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const queued = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const conflictRef = useRef(false);
  useEffect(() => {
    presentRef.current = history.present;
  }, [history]);

  const adopt = useCallback((stored: ReportCardDocument) => {
    const snapshot = snapshotOf(stored);
    savedRef.current = snapshot;
    presentRef.current = snapshot;
    revisionRef.current = stored.revision;
    conflictRef.current = false;
    setHistory(startHistory(snapshot));
    setStatus({ kind: 'saved' });
  }, []);

  /**
   * Another window saved (its report.changed refetched the document). With nothing unsaved here its
   * version is simply shown; otherwise the user decides, and the edit stays in the form meanwhile.
   */
  const follow = useCallback(() => {
    const stored = client.getQueryData<ReportCardDocument>(reportKeys.doc(meetingId));
    if (!stored || queued.current > 0 || stored.revision <= revisionRef.current) return;
    if (presentRef.current === savedRef.current) {
      adopt(stored);
      setOutsideChange((n) => n + 1);
    } else if (!conflictRef.current) {
      conflictRef.current = true;
      setStatus({ kind: 'conflict' });
    }
  }, [adopt, client, meetingId]);

  useEffect(
    () =>
      client.getQueryCache().subscribe((event) => {
        if (event.type === 'updated' && event.query.queryHash === hashKey(reportKeys.doc(meetingId)))
          follow();
      }),
    [client, follow, meetingId],
  );

  const writeNow = useCallback(async (): Promise<void> => {
    const sent = presentRef.current;
    if (sent === savedRef.current || conflictRef.current) return;
    const invalid = firstInvalid(sent, t);
    if (invalid) {
      setStatus({ kind: 'invalid', message: invalid });
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      const stored = await call('report.save', {
        meetingId,
        cards: [...sent.cards],
        settings: sent.settings,
        expectedRevision: revisionRef.current,
      });
      revisionRef.current = stored.revision;
      savedRef.current = sent;
      client.setQueryData(reportKeys.doc(meetingId), stored);
      void client.invalidateQueries({ queryKey: reportKeys.view(meetingId) });
      setStatus(presentRef.current === sent ? { kind: 'saved' } : { kind: 'pending' });
    } catch (error) {
      const apiError = apiErrorOf(error);
      if (apiError.code === 'conflict') {
        conflictRef.current = true;
        setStatus({ kind: 'conflict' });
      } else setStatus({ kind: 'failed', message: errorText(apiError) });
    }
  }, [client, errorText, meetingId, t]);

  /** One write at a time, each with the revision the one before it returned. */
  const save = useCallback((): Promise<void> => {
    queued.current += 1;
    const next = chain.current.then(writeNow).finally(() => {
      queued.current -= 1;
      // A change from elsewhere that arrived while this write was under way.
      if (queued.current === 0) follow();
    });
    chain.current = next;
    return next;
  }, [writeNow, follow]);

  // Autosave: every change of the working copy, a moment after the last one.
  useEffect(() => {
    if (history.present === savedRef.current || conflictRef.current) return;
    setStatus((s) => (s.kind === 'saving' ? s : { kind: 'pending' }));
    timer.current = setTimeout(() => void save(), SAVE_DELAY_MS);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [history, save]);

  /** Writes what is unsaved now (before presenting or exporting); true when the services hold it. */
  const flush = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    await save();
    return presentRef.current === savedRef.current;
  }, [save]);

  const update = useCallback((next: (present: Snapshot) => Snapshot, group: string | null = null) => {
    setHistory((h) => record(h, next(h.present), group));
  }, []);
  const updateCards = useCallback(
    (next: (cards: readonly Card[]) => readonly Card[], group: string | null = null) =>
      update((present) => {
        const cards = next(present.cards);
        return cards === present.cards ? present : { ...present, cards };
      }, group),
    [update],
  );

  const resolveConflict = useCallback(
    async (keep: 'theirs' | 'mine') => {
      const stored = await call('report.get', { meetingId });
      client.setQueryData(reportKeys.doc(meetingId), stored);
      if (keep === 'theirs') {
        adopt(stored);
        return;
      }
      revisionRef.current = stored.revision;
      conflictRef.current = false;
      await save();
    },
    [adopt, client, meetingId, save],
  );

  // Leaving the page with an edit not yet written: the browser asks first.
  useEffect(() => {
    const onLeave = (event: BeforeUnloadEvent) => {
      if (presentRef.current !== savedRef.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', onLeave);
    return () => window.removeEventListener('beforeunload', onLeave);
  }, []);

  return {
    present: history.present,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    undo: () => setHistory(undo),
    redo: () => setHistory(redo),
    update,
    updateCards,
    status,
    /** Bumped when another window's version replaced an unchanged working copy. */
    outsideChange,
    retry: () => void save(),
    flush,
    resolveConflict,
  };
}

export type ReportEditor = ReturnType<typeof useReportEditor>;

/**
 * The schema's own message where it has one in words; its generic English ones (an empty series
 * name, an over-long agenda line) get a plain sentence instead.
 */
function issueMessage(
  issue: { code: string; message: string },
  t: (key: string, options?: Record<string, unknown>) => string,
): string {
  if (/[\u4e00-\u9fff]/.test(issue.message)) return issue.message;
  if (issue.code === 'too_small') return t('reportBuilder.save.emptyField');
  if (issue.code === 'too_big') return t('reportBuilder.save.tooLong');
  return issue.message;
}

/** The first rule the working copy breaks, in the schema's own words and naming the card. */
function firstInvalid(snapshot: Snapshot, t: (key: string, options?: Record<string, unknown>) => string) {
  for (const [index, card] of snapshot.cards.entries()) {
    const parsed = Card.safeParse(card);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return t('reportBuilder.save.invalidCard', {
        index: index + 1,
        title: card.title || t(`reportBuilder.kind.${card.kind}`),
        message: issue ? issueMessage(issue, t) : '',
      });
    }
  }
  const settings = ReportSettings.safeParse(snapshot.settings);
  if (!settings.success)
    return t('reportBuilder.save.invalidSettings', { message: settings.error.issues[0]?.message ?? '' });
  return null;
}

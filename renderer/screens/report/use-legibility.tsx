import { useCallback, useMemo, useState } from 'react';
import type { CardView, ReportView } from '../../../shared/domain';
import { checkCardLegibility, type LegibilityIssue } from '../../report/legibility';
import { NativeCard } from './Frame';

interface Checked {
  /** The drawn card and layout it was checked with; a change means checking again. */
  key: string;
  issues: LegibilityIssue[];
}

/**
 * Checks every card as the projector draws it, one card at a time off screen, after each change to
 * it. Returns the issues by card id and the element that does the drawing (render it anywhere).
 */
export function useLegibility(report: ReportView | undefined) {
  const [checked, setChecked] = useState<ReadonlyMap<string, Checked>>(new Map());
  const keyOf = useCallback(
    (card: CardView) => (report ? `${report.settings.layout}|${JSON.stringify(card)}` : ''),
    [report],
  );
  const next = useMemo(
    () => report?.cards.find((card) => checked.get(card.id)?.key !== keyOf(card)) ?? null,
    [report, checked, keyOf],
  );
  const onReady = useCallback(
    (element: HTMLElement) => {
      if (!next) return;
      let issues: LegibilityIssue[];
      try {
        issues = checkCardLegibility(element);
      } catch {
        // A check that cannot measure a card must not stop the builder; the card is simply not flagged.
        issues = [];
      }
      const key = keyOf(next);
      setChecked((current) => new Map(current).set(next.id, { key, issues }));
    },
    [next, keyOf],
  );
  const issues = useMemo(() => {
    const byId = new Map<string, LegibilityIssue[]>();
    for (const [id, value] of checked) byId.set(id, value.issues);
    return byId;
  }, [checked]);
  const probe =
    report && next ? (
      <NativeCard key={next.id} card={next} report={report} mode="projector" onReady={onReady} />
    ) : null;
  return { issues, probe, checking: next !== null };
}

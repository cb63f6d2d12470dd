import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardViewOf, PromiseStatus } from '../../../shared/domain';
import { formatShanghai } from '../../../shared/logic/shanghai-time';
import { COLORS, PRIMARY_MIN_PX } from '../card-style';
import { FitText } from '../FitText';
import { Body, CardTitle, Chip, Primary, Secondary } from './parts';

/** Each status its own colour, all dark enough for white text on them. */
const STATUS_COLOR: Record<PromiseStatus, string> = {
  assigned: '#374151',
  in_progress: '#1d4ed8',
  replied: '#6d28d9',
  solved: '#047857',
  partly_solved: '#92400e',
  closed_unsolved: '#4b5563',
  reopened: '#9a3412',
  overdue: '#b91c1c',
};

/**
 * Promises on one card: each takes a line or two of text at the projector's 1/20 floor plus a line
 * naming its department and deadline, so at most this many fit, fewer when their texts are long; the
 * rest are counted below them rather than shrunk below the floor.
 */
const PROMISE_ROWS = 4;

/** How many rows fit the box: one fewer after each layout that overflows, down to one. */
function useFittingRows(key: string) {
  const box = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState({ key, rows: PROMISE_ROWS });
  const rows = fit.key === key ? fit.rows : PROMISE_ROWS;
  useLayoutEffect(() => {
    const el = box.current?.firstElementChild;
    if (!(el instanceof HTMLElement) || rows <= 1) return;
    if (el.scrollHeight > el.clientHeight + 1) setFit({ key, rows: rows - 1 });
  }, [key, rows]);
  return { box, rows };
}

/** What the office promised last time and where each promise stands; says so plainly when there is nothing. */
export function PromisesCard({ card }: { card: CardViewOf<'promises'> }) {
  const { t } = useTranslation();
  const { box, rows } = useFittingRows(card.items.map((item) => item.text).join('\n'));
  const shown = card.items.slice(0, rows);
  const empty = card.previous === null || card.total === 0;
  return (
    <>
      <CardTitle text={card.title} />
      {empty ? (
        <Body style={{ justifyContent: 'center', alignItems: 'center', gap: 24 }}>
          <Primary size={64} style={{ fontWeight: 700, textAlign: 'center' }} testId="promises-empty">
            {card.previous === null ? t('reportCard.promises.noPrevious') : t('reportCard.promises.noItems')}
          </Primary>
          {card.previous && (
            <Secondary size={44}>
              {t('reportCard.promises.previous', {
                title: card.previous.title,
                date: formatShanghai(card.previous.startsAt, 'YYYY-MM-DD'),
              })}
            </Secondary>
          )}
        </Body>
      ) : (
        <Body style={{ gap: 24 }}>
          <div style={{ display: 'flex', alignItems: 'baseline', gap: 40, flexWrap: 'wrap', flex: 'none' }}>
            <Primary size={72} style={{ fontWeight: 800, color: COLORS.accent }} testId="promises-summary">
              {t('reportCard.promises.summary', { done: card.done, total: card.total, asOf: card.asOf })}
            </Primary>
            {card.previous && (
              <Secondary size={40}>
                {t('reportCard.promises.previous', {
                  title: card.previous.title,
                  date: formatShanghai(card.previous.startsAt, 'YYYY-MM-DD'),
                })}
              </Secondary>
            )}
          </div>
          <div ref={box} style={{ display: 'flex', flexDirection: 'column', flex: '1 1 auto', minHeight: 0 }}>
            <FitText
              sizes={[PRIMARY_MIN_PX]}
              legibility="primary"
              style={{ display: 'flex', flexDirection: 'column', gap: '0.35em', color: COLORS.text }}
            >
              <div data-row-count={card.items.length} style={{ display: 'contents' }}>
                {shown.map((item, i) => (
                  <div key={i} data-card-row style={{ display: 'flex', flexDirection: 'column' }}>
                    <div style={{ display: 'flex', gap: '0.5em', alignItems: 'baseline' }}>
                      <Chip
                        text={t(`reportCard.promises.status.${item.status}`)}
                        color={STATUS_COLOR[item.status]}
                      />
                      <span style={{ flex: '1 1 auto' }}>{item.text}</span>
                    </div>
                    <Secondary size={40}>
                      {[item.department, item.deadline].filter(Boolean).join(' · ')}
                    </Secondary>
                  </div>
                ))}
              </div>
              {card.total > shown.length && (
                <Secondary size={40}>
                  {t('reportCard.promises.more', { count: card.total - shown.length })}
                </Secondary>
              )}
            </FitText>
          </div>
        </Body>
      )}
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { MAX_CARD_ROWS, type LivePublicView } from '../../../shared/domain';
import { PRIMARY_MIN_PX } from '../../report/card-style';
import { countText, scoreRow } from './live-figures';
import { LIVE_COLORS } from './live-style';
import { PanelFrame } from './PanelFrame';
import { useDateText } from './use-date-text';

const COLUMNS = 'minmax(0, 1.5fr) repeat(3, minmax(0, 1fr)) minmax(0, 1.5fr)';

/**
 * 群众打分 results per report part: the counts of 满意 / 基本满意 / 不满意 and the content share
 * written as a count over the votes ("满意 + 基本满意 41 / 52 票"), never a bare percentage; a part
 * nobody has scored yet shows "—".
 */
export function ScoresResultPanel({ view }: { view: LivePublicView | undefined }) {
  const { t } = useTranslation();
  const dateText = useDateText();
  const rows = (view?.scores.parts ?? []).map((part) => scoreRow(part));
  const shown = rows.slice(0, MAX_CARD_ROWS);
  const cell = { minWidth: 0, overflowWrap: 'anywhere' } as const;
  const number = { ...cell, textAlign: 'right', fontVariantNumeric: 'tabular-nums' } as const;
  return (
    <PanelFrame
      testId="live-panel-scores"
      title={t('liveProjector.scores.title')}
      period={t('liveProjector.scores.period', { date: dateText(view?.date) })}
    >
      <div
        data-legibility="primary"
        data-row-count={shown.length}
        style={{
          fontSize: PRIMARY_MIN_PX,
          display: 'grid',
          gridTemplateColumns: COLUMNS,
          columnGap: 24,
          rowGap: 8,
        }}
      >
        {(['part', 'satisfied', 'basicallySatisfied', 'dissatisfied', 'content'] as const).map((key, i) => (
          <div
            key={key}
            style={{
              ...(i === 0 ? cell : number),
              fontWeight: 700,
              color: LIVE_COLORS.onLightSecondary,
              borderBottom: `3px solid ${LIVE_COLORS.rule}`,
            }}
          >
            {t(`liveProjector.scores.${key}`)}
          </div>
        ))}
        {shown.map((row) => (
          <div key={row.partId} data-live-row data-testid="live-score-row" style={{ display: 'contents' }}>
            <div style={{ ...cell, fontWeight: 700 }}>{row.title || '—'}</div>
            <div style={number}>{countText(row.satisfied)}</div>
            <div style={number}>{countText(row.basicallySatisfied)}</div>
            <div style={number}>{countText(row.dissatisfied)}</div>
            <div style={{ ...number, fontWeight: 800, color: LIVE_COLORS.accent }}>
              {row.content === null || row.votes === null
                ? '—'
                : t('liveProjector.scores.share', { content: row.content, votes: row.votes })}
            </div>
          </div>
        ))}
      </div>
      {rows.length === 0 ? (
        <div
          data-legibility="primary"
          style={{ fontSize: PRIMARY_MIN_PX, color: LIVE_COLORS.onLightSecondary }}
        >
          {view ? t('liveProjector.scores.noParts') : '—'}
        </div>
      ) : null}
      {rows.length > shown.length ? (
        <div data-legibility="secondary" style={{ fontSize: 44, color: LIVE_COLORS.onLightSecondary }}>
          {t('liveProjector.scores.more', { count: rows.length - shown.length })}
        </div>
      ) : null}
    </PanelFrame>
  );
}

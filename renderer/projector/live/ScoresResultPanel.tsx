import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { LivePublicView } from '../../../shared/domain';
import { PRIMARY_MIN_PX } from '../../report/card-style';
import { countText, scoreRow, type ScoreRow } from './live-figures';
import { LIVE_COLORS } from './live-style';
import { PanelFrame } from './PanelFrame';
import { useDateText } from './use-date-text';
import { useFittingRows } from './use-fitting-rows';

/** Part, channel, the three counts, the share: each part takes two lines, its title across both. */
const COLUMNS = 'minmax(0, 1.3fr) auto repeat(3, minmax(0, 0.8fr)) minmax(0, 1.4fr)';
const CHANNELS = ['hands', 'phones'] as const;

/**
 * 群众打分 results per report part, the show of hands and the phones on lines of their own: the
 * counts of 满意 / 基本满意 / 不满意 and the content share written as a count over that channel's
 * votes ("41 / 52 票"), never a bare percentage and never the two summed (a resident who raised a
 * hand and tapped a phone would count twice). A channel without votes shows "—". As many parts as
 * fit at the 1/20 floor; the rest are counted.
 */
export function ScoresResultPanel({ view }: { view: LivePublicView | undefined }) {
  const { t } = useTranslation();
  const dateText = useDateText();
  const parts = (view?.scores.parts ?? []).map((part) => ({
    partId: part.partId,
    title: part.title,
    hands: scoreRow(part, 'hands'),
    phones: scoreRow(part, 'phones'),
  }));
  const { box, rows: fitting } = useFittingRows(
    parts.map((p) => JSON.stringify([p.title, p.hands, p.phones])).join('\n'),
  );
  const shown = parts.slice(0, fitting);
  const cell = { minWidth: 0, overflowWrap: 'anywhere' } as const;
  const number = { ...cell, textAlign: 'right', fontVariantNumeric: 'tabular-nums' } as const;
  const ruled = (first: boolean) =>
    first ? { borderTop: `2px solid ${LIVE_COLORS.rule}`, paddingTop: 6 } : {};
  const share = (row: ScoreRow) =>
    row.content === null || row.votes === null
      ? '—'
      : t('liveProjector.scores.share', { content: row.content, votes: row.votes });
  return (
    <PanelFrame
      testId="live-panel-scores"
      title={t('liveProjector.scores.title')}
      period={t('liveProjector.scores.period', { date: dateText(view?.date) })}
    >
      <div
        ref={box}
        data-legibility="primary"
        data-row-count={shown.length}
        style={{
          fontSize: PRIMARY_MIN_PX,
          display: 'grid',
          gridTemplateColumns: COLUMNS,
          alignContent: 'start',
          columnGap: 20,
          rowGap: 2,
          flex: '1 1 0',
          minHeight: 0,
        }}
      >
        {(['part', 'channel', 'satisfied', 'basicallySatisfied', 'dissatisfied', 'content'] as const).map(
          (key, i) => (
            <div
              key={key}
              style={{
                ...(i < 2 ? cell : number),
                fontWeight: 700,
                color: LIVE_COLORS.onLightSecondary,
                borderBottom: `3px solid ${LIVE_COLORS.rule}`,
                paddingBottom: 4,
              }}
            >
              {t(`liveProjector.scores.${key}`)}
            </div>
          ),
        )}
        {shown.map((part) => (
          <div key={part.partId} data-live-row data-testid="live-score-row" style={{ display: 'contents' }}>
            <div style={{ ...cell, ...ruled(true), gridRow: 'span 2', fontWeight: 700 }}>
              {part.title || '—'}
            </div>
            {CHANNELS.map((channel, i) => {
              const row = part[channel];
              return (
                <Fragment key={channel}>
                  <div
                    data-testid={`live-score-${channel}`}
                    style={{ ...cell, ...ruled(i === 0), color: LIVE_COLORS.onLightSecondary }}
                  >
                    {t(`liveProjector.scores.${channel}`)}
                  </div>
                  <div style={{ ...number, ...ruled(i === 0) }}>{countText(row.satisfied)}</div>
                  <div style={{ ...number, ...ruled(i === 0) }}>{countText(row.basicallySatisfied)}</div>
                  <div style={{ ...number, ...ruled(i === 0) }}>{countText(row.dissatisfied)}</div>
                  <div
                    data-testid={`live-score-share-${channel}`}
                    style={{ ...number, ...ruled(i === 0), fontWeight: 800, color: LIVE_COLORS.accent }}
                  >
                    {share(row)}
                  </div>
                </Fragment>
              );
            })}
          </div>
        ))}
      </div>
      {parts.length === 0 ? (
        <div
          data-legibility="primary"
          style={{ fontSize: PRIMARY_MIN_PX, color: LIVE_COLORS.onLightSecondary }}
        >
          {view ? t('liveProjector.scores.noParts') : '—'}
        </div>
      ) : null}
      {parts.length > shown.length ? (
        <div data-legibility="secondary" style={{ fontSize: 44, color: LIVE_COLORS.onLightSecondary }}>
          {t('liveProjector.scores.more', { count: parts.length - shown.length })}
        </div>
      ) : null}
    </PanelFrame>
  );
}

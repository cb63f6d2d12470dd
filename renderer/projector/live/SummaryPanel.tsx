import { useTranslation } from 'react-i18next';
import { ListType, type LivePublicView } from '../../../shared/domain';
import { Chip } from '../../report/cards/parts';
import { commitmentsByDepartment, countText, moderationCounts } from './live-figures';
import { LIST_TYPE_COLORS, LIVE_COLORS } from './live-style';
import { PanelFrame, Tile, TileGrid } from './PanelFrame';
import { useFittingRows } from './use-fitting-rows';
import { useDateText } from './use-date-text';

/**
 * 会议小结 at the end of the meeting: what became of the questions, and the commitments made, by
 * list and by the department that leads them.
 */
export function SummaryPanel({ view }: { view: LivePublicView | undefined }) {
  const { t } = useTranslation();
  const dateText = useDateText();
  const counts = view ? moderationCounts(view.summary) : null;
  const departments = view ? commitmentsByDepartment(view.commitments) : [];
  const questionTile = (key: 'received' | 'answered' | 'committed' | 'referred' | 'declined' | 'merged') => (
    <Tile
      testId={`live-summary-${key}`}
      label={t(`liveProjector.moderation.${key}`)}
      value={countText(counts?.[key])}
      unit={t('liveProjector.questionUnit')}
    />
  );
  return (
    <PanelFrame
      testId="live-panel-summary"
      title={t('liveProjector.summary.title')}
      period={t('liveProjector.summary.period', {
        date: dateText(view?.date),
        questions: countText(view?.summary.received),
        commitments: countText(view?.summary.commitments),
      })}
    >
      <TileGrid>
        {questionTile('received')}
        {questionTile('answered')}
        {questionTile('committed')}
        {questionTile('referred')}
        {questionTile('declined')}
        {questionTile('merged')}
      </TileGrid>
      <div style={{ flex: '1 1 0', minHeight: 0, display: 'flex', gap: 48 }}>
        <div style={{ flex: '1 1 0', minWidth: 0, display: 'flex', flexDirection: 'column', gap: 12 }}>
          <div data-legibility="primary" style={{ fontSize: 54, fontWeight: 800, color: LIVE_COLORS.accent }}>
            {t('liveProjector.summary.byList', { count: countText(view?.summary.commitments) })}
          </div>
          {ListType.options.map((type) => (
            <div
              key={type}
              data-legibility="primary"
              data-testid={`live-summary-list-${type}`}
              style={{ fontSize: 54, display: 'flex', justifyContent: 'space-between', gap: 24 }}
            >
              <Chip lineHeight="inherit" text={t(`live.listTypes.${type}`)} color={LIST_TYPE_COLORS[type]} />
              <span style={{ fontWeight: 800, fontVariantNumeric: 'tabular-nums' }}>
                {t('liveProjector.summary.items', { count: countText(view?.summary.byListType[type]) })}
              </span>
            </div>
          ))}
        </div>
        <DepartmentCounts rows={departments} empty={view ? t('liveProjector.summary.noCommitments') : '—'} />
      </div>
    </PanelFrame>
  );
}

/** Commitments per lead department, one line each at the 1/20 floor; as many as fit, the rest counted. */
function DepartmentCounts({ rows, empty }: { rows: Array<{ name: string; count: number }>; empty: string }) {
  const { t } = useTranslation();
  const { box, rows: fitting } = useFittingRows(rows.map((r) => `${r.name}:${r.count}`).join('\n'));
  const shown = rows.slice(0, fitting);
  return (
    <div
      data-testid="live-summary-departments"
      style={{ flex: '1 1 0', minWidth: 0, minHeight: 0, display: 'flex', flexDirection: 'column', gap: 12 }}
    >
      <div
        data-legibility="primary"
        style={{ fontSize: 54, fontWeight: 800, color: LIVE_COLORS.accent, flex: 'none' }}
      >
        {t('liveProjector.summary.byDepartment')}
      </div>
      <div
        ref={box}
        data-legibility="primary"
        data-row-count={shown.length}
        style={{ flex: '1 1 0', minHeight: 0, display: 'flex', flexDirection: 'column', fontSize: 54 }}
      >
        {rows.length === 0 ? (
          <div style={{ color: LIVE_COLORS.onLightSecondary }}>{empty}</div>
        ) : (
          shown.map((row) => (
            <div
              key={row.name}
              data-live-row
              style={{ display: 'flex', justifyContent: 'space-between', gap: 24, flex: 'none' }}
            >
              <span style={{ minWidth: 0, overflowWrap: 'anywhere' }}>{row.name}</span>
              <span style={{ fontWeight: 800, whiteSpace: 'nowrap' }}>
                {t('liveProjector.summary.items', { count: row.count })}
              </span>
            </div>
          ))
        )}
      </div>
      {rows.length > shown.length ? (
        <div
          data-legibility="secondary"
          style={{ fontSize: 44, fontWeight: 700, color: LIVE_COLORS.onLightSecondary, flex: 'none' }}
        >
          {t('liveProjector.more', { count: rows.length - shown.length })}
        </div>
      ) : null}
    </div>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LIVE_COLORS } from './live-style';
import { useFittingRows } from './use-fitting-rows';

export interface ListRow {
  key: string;
  text: string;
  detail: string;
}

/**
 * A titled list on a panel: as many rows as fit at their fixed size (at most seven), the rest
 * counted below; a row's text wraps, never cut. An empty list says so.
 */
export function RowList({
  title,
  rows,
  empty,
  testId,
}: {
  title: ReactNode;
  rows: readonly ListRow[];
  empty: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const { box, rows: fitting } = useFittingRows(rows.map((r) => r.key + r.text + r.detail).join('\n'));
  const shown = rows.slice(0, fitting);
  return (
    <div
      data-testid={testId}
      style={{ display: 'flex', flexDirection: 'column', minHeight: 0, minWidth: 0, flex: '1 1 0', gap: 8 }}
    >
      <div
        data-legibility="primary"
        style={{ fontSize: 54, fontWeight: 800, color: LIVE_COLORS.accent, flex: 'none' }}
      >
        {title}
      </div>
      <div
        ref={box}
        data-row-count={shown.length}
        style={{ flex: '1 1 0', minHeight: 0, display: 'flex', flexDirection: 'column', gap: 12 }}
      >
        {rows.length === 0 ? (
          <div data-legibility="secondary" style={{ fontSize: 44, color: LIVE_COLORS.onLightSecondary }}>
            {empty}
          </div>
        ) : (
          shown.map((row) => (
            <div
              key={row.key}
              data-live-row
              data-legibility="secondary"
              style={{
                borderLeft: `6px solid ${LIVE_COLORS.rule}`,
                paddingLeft: 16,
                flex: 'none',
                fontSize: 40,
                overflowWrap: 'anywhere',
              }}
            >
              <span style={{ fontWeight: 700 }}>{row.text}</span>
              {row.detail ? (
                <span style={{ color: LIVE_COLORS.onLightSecondary }}>
                  {' '}
                  {t('liveProjector.rowDetail', { detail: row.detail })}
                </span>
              ) : null}
            </div>
          ))
        )}
      </div>
      {rows.length > shown.length ? (
        <div
          data-legibility="secondary"
          data-testid={`${testId}-more`}
          style={{ fontSize: 44, fontWeight: 700, color: LIVE_COLORS.onLightSecondary, flex: 'none' }}
        >
          {t('liveProjector.more', { count: rows.length - shown.length })}
        </div>
      ) : null}
    </div>
  );
}

import { Button, Card, Col, Row, Table, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpinionAnalysis } from '../../../shared/api';
import type { Fraction, OpinionFigure, YearOnYearRow } from '../../../shared/domain';
import { formatChange, formatRate } from '../../../shared/logic/fraction';
import { BucketChart } from './BucketChart';
import { channelLabel, nameLabel, SATISFACTIONS } from './opinion-format';

/** Charts show the largest buckets; the rest stay one click away in the table. */
const MAX_BARS = 15;

/** The year-on-year table's own key for its total row (categories are keyed by name; null is blank). */
const TOTAL_ROW = { total: true } as const;
type YoyRow =
  (YearOnYearRow & { key: string }) | (Omit<YearOnYearRow, 'name'> & { key: string; name: typeof TOTAL_ROW });
const isTotal = (r: YoyRow): r is Omit<YearOnYearRow, 'name'> & { key: string; name: typeof TOTAL_ROW } =>
  r.name === TOTAL_ROW;
/** Chart bars are keyed by text; blanks get a key no name can take. */
const BLANK_KEY = '\u0000blank';

export type ShowFigure = (figure: OpinionFigure, title: string) => void;

/** A figure as a button: every number on the stage opens the rows behind it. */
function Figure({
  label,
  value,
  hint,
  onClick,
}: {
  label: string;
  value: ReactNode;
  hint?: string;
  onClick?: () => void;
}) {
  const body = (
    <div style={{ textAlign: 'start' }}>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
        {label}
      </Typography.Text>
      <span style={{ fontSize: 28, fontWeight: 600, lineHeight: 1.3 }}>{value}</span>
    </div>
  );
  const button = onClick ? (
    <Button
      type="text"
      onClick={onClick}
      style={{ height: 'auto', padding: '4px 8px' }}
      aria-label={`${label} ${String(value)}`}
    >
      {body}
    </Button>
  ) : (
    <div style={{ padding: '4px 8px' }}>{body}</div>
  );
  return hint ? <Tooltip title={hint}>{button}</Tooltip> : button;
}

/**
 * A rate with its denominator written under it; "—" with the reason when the column it is counted from
 * is missing (no data is not 0%).
 */
function RateFigure({
  label,
  rate,
  missing,
  definition,
  onClick,
  testId,
}: {
  label: string;
  rate: Fraction | null;
  missing: string;
  definition: string;
  onClick?: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  if (!rate || rate.value === null) {
    return (
      <div style={{ padding: '4px 8px', maxWidth: 220 }} data-testid={testId}>
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
          {label}
        </Typography.Text>
        <span
          style={{ fontSize: 28, fontWeight: 600, lineHeight: 1.3 }}
          aria-label={`${label} ${t('analysis.noColumn')}`}
        >
          {t('analysis.noColumn')}
        </span>
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {missing}
        </Typography.Text>
      </div>
    );
  }
  return (
    <div data-testid={testId}>
      <Figure
        label={label}
        value={formatRate(rate)}
        hint={t('analysis.definitionFraction', { definition, num: rate.num, den: rate.den })}
        onClick={onClick}
      />
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, padding: '0 8px' }}>
        {t('analysis.ofRows', { num: rate.num, den: rate.den })}
      </Typography.Text>
    </div>
  );
}

export function AnalysisPanel({ analysis, onShow }: { analysis: OpinionAnalysis; onShow: ShowFigure }) {
  const { t } = useTranslation();
  const s = analysis.summary;
  const yoy = analysis.yearOnYear;
  const top = s.topCategories;
  const sep = t('common.listSeparator');

  const label = (r: YoyRow) => (isTotal(r) ? t('analysis.yoy.total') : nameLabel(t, r.name));
  const yearFigure = (year: number, r: YoyRow): OpinionFigure =>
    isTotal(r) ? { kind: 'year', year } : { kind: 'year', year, category: r.name };

  const yoyColumns = yoy
    ? [
        {
          key: 'name',
          title: t('analysis.yoy.category'),
          ellipsis: true,
          render: (_: unknown, r: YoyRow) =>
            isTotal(r) ? <strong>{t('analysis.yoy.total')}</strong> : nameLabel(t, r.name),
        },
        {
          key: 'previous',
          title: String(yoy.previousYear),
          width: 110,
          render: (_: unknown, r: YoyRow) => (
            <Button
              type="link"
              size="small"
              onClick={() => onShow(yearFigure(yoy.previousYear, r), `${label(r)} · ${yoy.previousYear}`)}
            >
              {r.previous}
            </Button>
          ),
        },
        {
          key: 'current',
          title: String(yoy.year),
          width: 110,
          render: (_: unknown, r: YoyRow) => (
            <Button
              type="link"
              size="small"
              onClick={() => onShow(yearFigure(yoy.year, r), `${label(r)} · ${yoy.year}`)}
            >
              {r.current}
            </Button>
          ),
        },
        {
          key: 'change',
          title: t('analysis.yoy.change'),
          width: 110,
          render: (_: unknown, r: YoyRow) =>
            r.change ? (
              <Tooltip title={t('analysis.fractionHint', { num: r.change.num, den: r.change.den })}>
                <Typography.Text
                  type={r.change.num < 0 ? 'success' : r.change.num > 0 ? 'danger' : undefined}
                >
                  {formatChange(r.change)}
                </Typography.Text>
              </Tooltip>
            ) : (
              t('analysis.yoy.new')
            ),
        },
      ]
    : [];

  return (
    <div>
      <Card size="small" style={{ marginBottom: 16 }}>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
          <Figure
            label={t('analysis.total')}
            value={s.total}
            onClick={() => onShow({ kind: 'all' }, t('analysis.total'))}
          />
          {s.resolved !== null ? (
            <>
              <Figure
                label={t('analysis.resolved')}
                value={s.resolved}
                onClick={() => onShow({ kind: 'resolved', resolved: true }, t('analysis.resolved'))}
              />
              <Figure
                label={t('analysis.notResolved')}
                value={s.unresolved ?? 0}
                onClick={() => onShow({ kind: 'resolved', resolved: false }, t('analysis.notResolved'))}
              />
              {s.resolutionUnknown ? (
                <Figure
                  label={t('analysis.resolutionUnknown')}
                  value={s.resolutionUnknown}
                  onClick={() =>
                    onShow({ kind: 'resolved', resolved: null }, t('analysis.resolutionUnknown'))
                  }
                />
              ) : null}
            </>
          ) : null}
          {s.closedNotResolved !== null ? (
            <Figure
              label={t('analysis.closedNotResolved')}
              value={s.closedNotResolved}
              onClick={() => onShow({ kind: 'closedNotResolved' }, t('analysis.closedNotResolved'))}
            />
          ) : null}
          <RateFigure
            testId="rate-response"
            label={t('analysis.responseRate')}
            rate={s.responseRate}
            missing={t('analysis.missing.responded')}
            definition={t('analysis.definition.response')}
            onClick={() => onShow({ kind: 'responded', responded: true }, t('analysis.responded'))}
          />
          <RateFigure
            testId="rate-resolution"
            label={t('analysis.resolutionRate')}
            rate={s.resolutionRate}
            missing={t('analysis.missing.resolved')}
            definition={t('analysis.definition.resolution')}
            onClick={() => onShow({ kind: 'resolved', resolved: true }, t('analysis.resolved'))}
          />
          <RateFigure
            testId="rate-satisfaction"
            label={t('analysis.satisfactionRate')}
            rate={s.satisfaction?.satisfiedRateOfRated ?? null}
            missing={s.satisfaction ? t('analysis.missing.nobodyRated') : t('analysis.missing.satisfaction')}
            definition={t('analysis.definition.satisfaction')}
          />
          <RateFigure
            testId="rate-closed"
            label={t('analysis.closedRate')}
            rate={s.closedRate}
            missing={t('analysis.missing.closed')}
            definition={t('analysis.definition.closed')}
            onClick={() => onShow({ kind: 'closed', closed: true }, t('analysis.closed'))}
          />
        </div>
        {top.names.length > 0 ? (
          <Typography.Paragraph style={{ margin: '8px 8px 0', fontSize: 16 }}>
            <Tooltip title={t('analysis.fractionHint', { num: top.share.num, den: top.share.den })}>
              <span data-testid="top-share">
                {t('analysis.topShare', {
                  names: top.names.join(sep),
                  share: formatRate(top.share),
                  count: top.count,
                })}
              </span>
            </Tooltip>{' '}
            {top.names.map((name) => (
              <Button
                key={name}
                size="small"
                type="link"
                onClick={() => onShow({ kind: 'category', name }, name)}
              >
                {name}
              </Button>
            ))}
          </Typography.Paragraph>
        ) : null}
        <Typography.Paragraph type="secondary" style={{ margin: '4px 8px 0', fontSize: 12 }}>
          {t('analysis.definition.satisfaction')}
          {s.satisfaction
            ? t('analysis.satisfiedOfAllNote', {
                rate: formatRate(s.satisfaction.satisfiedRateOfAll),
                num: s.satisfaction.satisfiedRateOfAll.num,
                den: s.satisfaction.satisfiedRateOfAll.den,
              })
            : ''}
        </Typography.Paragraph>
        {s.undated > 0 ? (
          <Button type="link" size="small" onClick={() => onShow({ kind: 'undated' }, t('analysis.undated'))}>
            {t('analysis.undatedNote', { count: s.undated })}
          </Button>
        ) : null}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <BucketChart
            testId="chart-category"
            title={t('analysis.byCategory')}
            withResolved={s.resolved !== null}
            buckets={s.byCategory.slice(0, MAX_BARS).map((b) => ({
              key: b.name ?? BLANK_KEY,
              label: nameLabel(t, b.name),
              count: b.count,
              resolved: b.resolved,
            }))}
            onPick={(b) => onShow({ kind: 'category', name: b.key === BLANK_KEY ? null : b.key }, b.label)}
          />
        </Col>
        <Col xs={24} xl={12}>
          <BucketChart
            testId="chart-channel"
            title={t('analysis.byChannel')}
            withResolved={s.resolved !== null}
            buckets={s.byChannel.map((b) => ({
              key: b.channel ?? BLANK_KEY,
              label: channelLabel(t, b.channel),
              count: b.count,
              resolved: b.resolved,
            }))}
            onPick={(b) => {
              const bucket = s.byChannel.find((c) => (c.channel ?? BLANK_KEY) === b.key);
              if (bucket) onShow({ kind: 'channel', channel: bucket.channel }, b.label);
            }}
          />
        </Col>
        <Col xs={24} xl={12}>
          <BucketChart
            testId="chart-community"
            title={t('analysis.byCommunity')}
            withResolved={s.resolved !== null}
            buckets={s.byCommunity.slice(0, MAX_BARS).map((b) => ({
              key: b.name ?? BLANK_KEY,
              label: nameLabel(t, b.name),
              count: b.count,
              resolved: b.resolved,
            }))}
            onPick={(b) => onShow({ kind: 'community', name: b.key === BLANK_KEY ? null : b.key }, b.label)}
          />
        </Col>
        <Col xs={24} xl={12}>
          <BucketChart
            testId="chart-month"
            vertical={false}
            withResolved={s.resolved !== null}
            title={t('analysis.byMonth')}
            buckets={[...s.byMonth]
              .sort((a, b) => a.month.localeCompare(b.month))
              .map((b) => ({ key: b.month, label: b.month, count: b.count, resolved: b.resolved }))}
            onPick={(b) => onShow({ kind: 'month', month: b.key }, b.label)}
          />
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('analysis.satisfaction')}>
            {s.satisfaction ? (
              <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
                {SATISFACTIONS.map((level) => (
                  <Figure
                    key={level}
                    label={t(`opinion.satisfaction.${level}`)}
                    value={s.satisfaction?.counts[level] ?? 0}
                    onClick={() =>
                      onShow({ kind: 'satisfaction', level }, t(`opinion.satisfaction.${level}`))
                    }
                  />
                ))}
              </div>
            ) : (
              <Typography.Text type="secondary">{t('analysis.missing.satisfaction')}</Typography.Text>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card
            size="small"
            title={
              yoy
                ? t('analysis.yoy.title', {
                    year: yoy.year,
                    previous: yoy.previousYear,
                    from: yoy.from,
                    through: yoy.through,
                  })
                : t('analysis.yoy.titleNone')
            }
          >
            {yoy ? (
              <Table<YoyRow>
                size="small"
                rowKey="key"
                pagination={false}
                scroll={{ y: 320 }}
                dataSource={[
                  { ...yoy.total, name: TOTAL_ROW, key: 'total' },
                  ...yoy.byCategory.map((r) => ({ ...r, key: r.name === null ? 'blank' : `c:${r.name}` })),
                ]}
                columns={yoyColumns}
              />
            ) : (
              <Typography.Text type="secondary">{t('analysis.yoy.none')}</Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}

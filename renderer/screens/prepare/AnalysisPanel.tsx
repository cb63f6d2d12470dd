import { Button, Card, Col, Row, Table, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpinionAnalysis } from '../../../shared/api';
import type { Fraction, OpinionFigure, YearOnYearRow } from '../../../shared/domain';
import { formatChange, formatRate } from '../../../shared/logic/fraction';
import { BucketChart } from './BucketChart';
import { SATISFACTIONS } from './opinion-format';

/** Charts show the largest buckets; the rest stay one click away in the table. */
const MAX_BARS = 15;

/** Marks the year-on-year total row, which has no category of its own. */
const TOTAL_ROW = '\u0000total';

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
    <Button type="text" onClick={onClick} style={{ height: 'auto', padding: '4px 8px' }} aria-label={`${label} ${String(value)}`}>
      {body}
    </Button>
  ) : (
    <div style={{ padding: '4px 8px' }}>{body}</div>
  );
  return hint ? <Tooltip title={hint}>{button}</Tooltip> : button;
}

function RateFigure({ label, rate, onClick }: { label: string; rate: Fraction; onClick?: () => void }) {
  const { t } = useTranslation();
  return (
    <Figure
      label={label}
      value={formatRate(rate)}
      hint={t('analysis.fractionHint', { num: rate.num, den: rate.den })}
      onClick={onClick}
    />
  );
}

export function AnalysisPanel({ analysis, onShow }: { analysis: OpinionAnalysis; onShow: ShowFigure }) {
  const { t } = useTranslation();
  const s = analysis.summary;
  const yoy = analysis.yearOnYear;
  const top = s.topCategories;
  const sep = t('common.listSeparator');

  const label = (name: string) => (name === TOTAL_ROW ? t('analysis.yoy.total') : name);
  const yearFigure = (year: number, name: string): OpinionFigure =>
    name === TOTAL_ROW ? { kind: 'year', year } : { kind: 'year', year, category: name };

  const yoyColumns = yoy
    ? [
        {
          key: 'name',
          title: t('analysis.yoy.category'),
          ellipsis: true,
          render: (_: unknown, r: YearOnYearRow) => (r.name === TOTAL_ROW ? <strong>{t('analysis.yoy.total')}</strong> : r.name),
        },
        {
          key: 'previous',
          title: String(yoy.previousYear),
          width: 110,
          render: (_: unknown, r: YearOnYearRow) => (
            <Button
              type="link"
              size="small"
              onClick={() => onShow(yearFigure(yoy.previousYear, r.name), `${label(r.name)} · ${yoy.previousYear}`)}
            >
              {r.previous}
            </Button>
          ),
        },
        {
          key: 'current',
          title: String(yoy.year),
          width: 110,
          render: (_: unknown, r: YearOnYearRow) => (
            <Button
              type="link"
              size="small"
              onClick={() => onShow(yearFigure(yoy.year, r.name), `${label(r.name)} · ${yoy.year}`)}
            >
              {r.current}
            </Button>
          ),
        },
        {
          key: 'change',
          title: t('analysis.yoy.change'),
          width: 110,
          render: (_: unknown, r: YearOnYearRow) =>
            r.change ? (
              <Tooltip title={t('analysis.fractionHint', { num: r.change.num, den: r.change.den })}>
                <Typography.Text type={r.change.num < 0 ? 'success' : r.change.num > 0 ? 'danger' : undefined}>
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
          <Figure label={t('analysis.total')} value={s.total} onClick={() => onShow({ kind: 'all' }, t('analysis.total'))} />
          <Figure
            label={t('analysis.resolved')}
            value={s.resolved}
            onClick={() => onShow({ kind: 'resolved', resolved: true }, t('analysis.resolved'))}
          />
          <Figure
            label={t('analysis.notResolved')}
            value={s.unresolved}
            onClick={() => onShow({ kind: 'resolved', resolved: false }, t('analysis.notResolved'))}
          />
          {s.resolutionUnknown > 0 ? (
            <Figure
              label={t('analysis.resolutionUnknown')}
              value={s.resolutionUnknown}
              onClick={() => onShow({ kind: 'resolved', resolved: null }, t('analysis.resolutionUnknown'))}
            />
          ) : null}
          <RateFigure
            label={t('analysis.resolutionRate')}
            rate={s.resolutionRate}
            onClick={() => onShow({ kind: 'resolved', resolved: true }, t('analysis.resolved'))}
          />
          <RateFigure label={t('analysis.satisfiedOfRated')} rate={s.satisfaction.satisfiedRateOfRated} />
          <RateFigure label={t('analysis.satisfiedOfAll')} rate={s.satisfaction.satisfiedRateOfAll} />
        </div>
        {top.names.length > 0 ? (
          <Typography.Paragraph style={{ margin: '8px 8px 0', fontSize: 16 }}>
            <Tooltip title={t('analysis.fractionHint', { num: top.share.num, den: top.share.den })}>
              <span data-testid="top-share">
                {t('analysis.topShare', { names: top.names.join(sep), share: formatRate(top.share), count: top.count })}
              </span>
            </Tooltip>{' '}
            {top.names.map((name) => (
              <Button key={name} size="small" type="link" onClick={() => onShow({ kind: 'category', name }, name)}>
                {name}
              </Button>
            ))}
          </Typography.Paragraph>
        ) : null}
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
            buckets={s.byCategory.slice(0, MAX_BARS).map((b) => ({ key: b.name, label: b.name, count: b.count, resolved: b.resolved }))}
            onPick={(b) => onShow({ kind: 'category', name: b.key }, b.label)}
          />
        </Col>
        <Col xs={24} xl={12}>
          <BucketChart
            testId="chart-channel"
            title={t('analysis.byChannel')}
            buckets={s.byChannel.map((b) => ({
              key: b.channel,
              label: t(`opinion.channel.${b.channel}`),
              count: b.count,
              resolved: b.resolved,
            }))}
            onPick={(b) => {
              const channel = s.byChannel.find((c) => c.channel === b.key)?.channel;
              if (channel) onShow({ kind: 'channel', channel }, b.label);
            }}
          />
        </Col>
        <Col xs={24} xl={12}>
          <BucketChart
            testId="chart-community"
            title={t('analysis.byCommunity')}
            buckets={s.byCommunity.slice(0, MAX_BARS).map((b) => ({ key: b.name, label: b.name, count: b.count, resolved: b.resolved }))}
            onPick={(b) => onShow({ kind: 'community', name: b.key }, b.label)}
          />
        </Col>
        <Col xs={24} xl={12}>
          <BucketChart
            testId="chart-month"
            vertical={false}
            title={t('analysis.byMonth')}
            buckets={[...s.byMonth]
              .sort((a, b) => a.month.localeCompare(b.month))
              .map((b) => ({ key: b.month, label: b.month, count: b.count, resolved: b.resolved }))}
            onPick={(b) => onShow({ kind: 'month', month: b.key }, b.label)}
          />
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('analysis.satisfaction')}>
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
              {SATISFACTIONS.map((level) => (
                <Figure
                  key={level}
                  label={t(`opinion.satisfaction.${level}`)}
                  value={s.satisfaction.counts[level]}
                  onClick={() => onShow({ kind: 'satisfaction', level }, t(`opinion.satisfaction.${level}`))}
                />
              ))}
            </div>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card
            size="small"
            title={
              yoy
                ? t('analysis.yoy.title', { year: yoy.year, previous: yoy.previousYear, from: yoy.from, through: yoy.through })
                : t('analysis.yoy.titleNone')
            }
          >
            {yoy ? (
              <Table<YearOnYearRow>
                size="small"
                rowKey="name"
                pagination={false}
                scroll={{ y: 320 }}
                dataSource={[{ ...yoy.total, name: TOTAL_ROW }, ...yoy.byCategory]}
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

import { Card } from 'antd';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslation } from 'react-i18next';

export interface ChartBucket {
  key: string;
  label: string;
  count: number;
  resolved: number;
}

const ROW_HEIGHT = 28;
const RESOLVED_COLOR = '#1677ff';
const OPEN_COLOR = '#ffc069';

/** Zero-length parts get no label: a "0" floating on the axis reads as a bar. */
const countLabel = (value: unknown) => (typeof value === 'number' && value > 0 ? String(value) : '');

/**
 * Counts as horizontal bars (long Chinese names read best on the left); each bar opens its rows.
 * Bars are indexed back to `buckets`, so the click never depends on chart internals. The legend names
 * both parts and every part carries its count, so a projected chart reads without hovering. Without a
 * resolved column there is one part, the count, and the legend says why.
 */
export function BucketChart({
  title,
  buckets,
  onPick,
  vertical = true,
  withResolved = true,
  testId,
}: {
  title: string;
  buckets: readonly ChartBucket[];
  onPick: (bucket: ChartBucket) => void;
  /** false: months along the bottom. */
  vertical?: boolean;
  /** false when no row has a resolved column: the bars are plain counts. */
  withResolved?: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  const data = buckets.map((b) => ({ ...b, unresolved: b.count - b.resolved }));
  const height = (vertical ? Math.max(160, data.length * ROW_HEIGHT + 40) : 240) + 28;
  const pick = (_: unknown, index: number) => {
    const bucket = buckets[index];
    if (bucket) onPick(bucket);
  };
  const labelPosition = vertical ? 'insideRight' : 'inside';
  // The whole bar's count, at its end: on the unresolved part when stacked, on the only bar otherwise.
  const totalLabels = (
    <LabelList dataKey="count" position={vertical ? 'right' : 'top'} fontSize={11} formatter={countLabel} />
  );
  return (
    <Card size="small" title={title} data-testid={testId} styles={{ body: { padding: '8px 8px 0' } }}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart
          data={data}
          layout={vertical ? 'vertical' : 'horizontal'}
          margin={{ top: 4, right: 32, bottom: 4, left: 4 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={!vertical} vertical={vertical} />
          {vertical ? (
            <>
              <XAxis type="number" allowDecimals={false} />
              <YAxis type="category" dataKey="label" width={104} interval={0} tick={{ fontSize: 12 }} />
            </>
          ) : (
            <>
              <XAxis type="category" dataKey="label" tick={{ fontSize: 12 }} />
              <YAxis type="number" allowDecimals={false} width={40} />
            </>
          )}
          <Tooltip />
          <Legend verticalAlign="top" height={24} />
          {withResolved ? (
            <>
              <Bar
                dataKey="resolved"
                name={t('analysis.legend.resolved')}
                stackId="n"
                fill={RESOLVED_COLOR}
                cursor="pointer"
                onClick={pick}
                isAnimationActive={false}
              >
                <LabelList
                  dataKey="resolved"
                  position={labelPosition}
                  fill="#fff"
                  fontSize={11}
                  formatter={countLabel}
                />
              </Bar>
              <Bar
                dataKey="unresolved"
                name={t('analysis.legend.notResolved')}
                stackId="n"
                fill={OPEN_COLOR}
                cursor="pointer"
                onClick={pick}
                isAnimationActive={false}
              >
                {totalLabels}
              </Bar>
            </>
          ) : (
            <Bar
              dataKey="count"
              name={t('analysis.legend.count')}
              fill={RESOLVED_COLOR}
              cursor="pointer"
              onClick={pick}
              isAnimationActive={false}
            >
              {totalLabels}
            </Bar>
          )}
        </BarChart>
      </ResponsiveContainer>
    </Card>
  );
}

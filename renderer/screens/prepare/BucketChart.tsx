import { Card } from 'antd';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';

export interface ChartBucket {
  key: string;
  label: string;
  count: number;
  resolved: number;
}

const ROW_HEIGHT = 28;

/**
 * Counts as horizontal bars (long Chinese names read best on the left); each bar opens its rows.
 * Bars are indexed back to `buckets`, so the click never depends on chart internals.
 */
export function BucketChart({
  title,
  buckets,
  onPick,
  vertical = true,
  testId,
}: {
  title: string;
  buckets: readonly ChartBucket[];
  onPick: (bucket: ChartBucket) => void;
  /** false: months along the bottom. */
  vertical?: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  const data = buckets.map((b) => ({ ...b, unresolved: b.count - b.resolved }));
  const height = vertical ? Math.max(160, data.length * ROW_HEIGHT + 40) : 240;
  const pick = (_: unknown, index: number) => {
    const bucket = buckets[index];
    if (bucket) onPick(bucket);
  };
  return (
    <Card size="small" title={title} data-testid={testId} styles={{ body: { padding: '8px 8px 0' } }}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart
          data={data}
          layout={vertical ? 'vertical' : 'horizontal'}
          margin={{ top: 4, right: 24, bottom: 4, left: 4 }}
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
          <Bar
            dataKey="resolved"
            name={t('analysis.resolved')}
            stackId="n"
            fill="#1677ff"
            cursor="pointer"
            onClick={pick}
            isAnimationActive={false}
          />
          <Bar
            dataKey="unresolved"
            name={t('analysis.notResolved')}
            stackId="n"
            fill="#ffc069"
            cursor="pointer"
            onClick={pick}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </Card>
  );
}

import { Card } from 'antd';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslation } from 'react-i18next';
import type { DepartmentScore } from '../../../shared/domain/follow-up';
import { solvedRateBars } from './board-figures';

const ROW_HEIGHT = 30;

/** Horizontal bars (long department names read best on the left), each labelled with its fraction. */
export function SolvedRateChart({ ranked }: { ranked: readonly DepartmentScore[] }) {
  const { t } = useTranslation();
  const bars = solvedRateBars(ranked);
  if (bars.length === 0) return null;
  return (
    <Card size="small" title={t('followBoard.score.chartTitle')} data-testid="scoreboard-chart">
      <ResponsiveContainer width="100%" height={bars.length * ROW_HEIGHT + 48}>
        <BarChart data={bars} layout="vertical" margin={{ top: 4, right: 120, bottom: 4, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 100]} unit="%" />
          <YAxis type="category" dataKey="name" width={120} interval={0} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(_value, _name, entry) => (entry.payload as { label: string }).label} />
          <Bar
            dataKey="rate"
            name={t('followBoard.score.chartSeries')}
            fill="#1677ff"
            isAnimationActive={false}
          >
            <LabelList dataKey="label" position="right" fontSize={12} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </Card>
  );
}

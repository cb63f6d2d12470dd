import { describe, expect, it } from 'vitest';
import type { CardViewOf } from '../../shared/domain';
import { CHART_FONT_PX, chartConfig, wrapLabel } from '../../renderer/report/chart/chart-config';

const view = (chartType: CardViewOf<'chart'>['chartType']): CardViewOf<'chart'> => ({
  id: 'c1',
  kind: 'chart',
  title: '诉求最多的问题',
  hidden: false,
  notes: '',
  part: null,
  chartType,
  labels: ['市容环境', '物业管理'],
  series: [{ name: '工单数', values: [261, null] }],
  unit: '件',
  total: null,
  noun: 'text',
  denominatorText: '',
  period: null,
  periodText: '',
  empty: false,
});

describe('card chart configuration', () => {
  for (const type of ['bar', 'stacked', 'line', 'pie'] as const) {
    it(`${type}: never animates, writes its values, no legend-only chart, crisp at the given ratio`, () => {
      const config = chartConfig(view(type), { pixelRatio: 2, language: 'zh-CN' });
      expect(config.options?.animation).toBe(false);
      expect(config.options?.devicePixelRatio).toBe(2);
      expect(config.options?.plugins?.legend?.display).toBe(false);
      expect(config.plugins?.map((p) => p.id)).toContain('cardValueLabels');
    });
  }
  it('draws tick labels at 1/20 of the card height', () => {
    expect(CHART_FONT_PX).toBe(54);
    const config = chartConfig(view('bar'), { pixelRatio: 1, language: 'zh-CN' });
    const scales = config.options?.scales as Record<string, { ticks?: { font?: { size?: number } } }>;
    expect(scales.y?.ticks?.font?.size).toBe(54);
  });
  it('keeps a missing value missing, never 0, on bars', () => {
    const config = chartConfig(view('bar'), { pixelRatio: 1, language: 'zh-CN' });
    expect(config.data.datasets[0]?.data).toEqual([261, null]);
  });
  it('breaks a long category name into lines instead of cutting it', () => {
    expect(wrapLabel('老旧小区加装电梯与无障碍改造')).toEqual(['老旧小区加装电梯', '与无障碍改造']);
    expect(wrapLabel('供暖')).toEqual(['供暖']);
  });
});

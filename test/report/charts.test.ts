import { describe, expect, it } from 'vitest';
import { dataChartCard, tableChartCard } from '../../shared/logic/card-factory';
import { bucketBars, monthsBetween } from '../../shared/logic/chart-series';
import { chartCaption } from '../../shared/logic/figure-text';
import { counter, figure109Opinions, group, many, onlyView, opinion, type Data } from './support';

const newId = counter();
const chart = (series: Parameters<typeof dataChartCard>[2], data: Data, limit = 7) =>
  onlyView('chart', dataChartCard(newId, '', series, 'bar', limit), data);

describe('bars from the data, the rest as 其他', () => {
  it('the 109 by category: six largest and 其他 for the seventh and beyond, total kept', () => {
    const view = chart('byCategory', { opinions: figure109Opinions() }, 6);
    expect(view.labels).toEqual(['物业管理', '环境卫生', '电梯', '停车管理', '供暖', '其他']);
    expect(view.series).toEqual([{ name: '工单数', values: [40, 20, 14, 12, 9, 14] }]);
    expect(view.series[0]!.values.reduce((a, b) => (a ?? 0) + (b ?? 0), 0)).toBe(109);
    expect(view).toMatchObject({ total: 109, noun: 'workOrders', unit: '件', empty: false });
    expect(view.period).toEqual({ from: '2025-01', through: '2025-03' });
    expect(chartCaption(view, 'zh-CN')).toBe('共 109 件工单 · 2025-01 至 2025-03');
    expect(chartCaption(view, 'en-US')).toBe('109 work orders in all · 2025-01 to 2025-03');
  });

  it('no 其他 when everything fits', () => {
    const view = chart('byCategory', { opinions: figure109Opinions() }, 7);
    expect(view.labels).toHaveLength(7);
    expect(view.labels).not.toContain('其他');
  });

  it('blank names are 未填写 / Not given; in English the rest is Other', () => {
    const opinions = [...many(3, { communityName: '' }), ...many(5, { communityName: '紫芳园社区' })];
    expect(chart('byCommunity', { opinions }).labels).toEqual(['紫芳园社区', '未填写']);
    expect(chart('byCommunity', { opinions, language: 'en-US' }).labels).toEqual(['紫芳园社区', 'Not given']);
    const wide = ['a', 'b', 'c'].flatMap((c, i) => many(3 - i, { category: c }));
    expect(chart('byCategory', { opinions: wide, language: 'en-US' }, 2).labels).toEqual(['a', 'Other']);
  });

  it('a category the data itself calls 其他 is summed with the rest, not shown twice', () => {
    const bars = [
      { label: '其他', values: [50] },
      { label: '电梯', values: [30] },
      { label: '供暖', values: [20] },
      { label: '停车', values: [10] },
    ];
    expect(bucketBars(bars, 3, '其他')).toEqual([
      { label: '电梯', values: [30] },
      { label: '供暖', values: [20] },
      { label: '其他', values: [60] },
    ]);
    expect(bucketBars(bars.slice(0, 2), 3, '其他').map((b) => b.label)).toEqual(['电梯', '其他']);
  });

  it('channels by the names the 准备 screen uses; an unstated channel is 未注明', () => {
    const opinions = [
      ...many(4, { channel: 'hotline12345' }),
      ...many(2, { channel: 'grid' }),
      opinion({ channel: null }),
    ];
    expect(chart('byChannel', { opinions }).labels).toEqual(['12345 热线', '网格巡查', '未注明']);
    expect(chart('byChannel', { opinions, language: 'en-US' }).labels).toEqual([
      '12345 hotline',
      'Grid patrol',
      'Not stated',
    ]);
  });
});

describe('months, year on year and groups', () => {
  it('months run without gaps: an empty month is 0', () => {
    const opinions = [
      ...many(2, { receivedAt: '2024-11-03T09:00:00+08:00' }),
      ...many(5, { receivedAt: '2025-02-03T09:00:00+08:00' }),
    ];
    const view = chart('byMonth', { opinions });
    expect(view.labels).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(view.series[0]!.values).toEqual([2, 0, 0, 5]);
    expect(monthsBetween('2025-12', '2025-12')).toEqual(['2025-12']);
  });

  it('year on year: two series, last year then this, per category', () => {
    const opinions = [
      ...many(261, { category: '停车管理', receivedAt: '2024-03-01T09:00:00+08:00' }),
      ...many(138, { category: '停车管理', receivedAt: '2025-03-01T09:00:00+08:00' }),
      ...many(10, { category: '供暖', receivedAt: '2025-01-01T09:00:00+08:00' }),
    ];
    const view = chart('yearOnYear', { opinions });
    expect(view.labels).toEqual(['停车管理', '供暖']);
    expect(view.series).toEqual([
      { name: '2024 年', values: [261, 0] },
      { name: '2025 年', values: [138, 10] },
    ]);
    expect(view.yearOnYear).toEqual({ previousYear: 2024, previousTotal: 261 });
    expect(chartCaption(view, 'zh-CN')).toBe('本期 148 件工单，2024 年同期 261 件 · 2025-01 至 2025-03');
    const en = chart('yearOnYear', { opinions, language: 'en-US' });
    expect(en.series.map((s) => s.name)).toEqual(['2024', '2025']);
    expect(chartCaption(en, 'en-US')).toBe(
      '148 work orders, against 261 in the same period of 2024 · 2025-01 to 2025-03',
    );
  });

  const groups = [
    group({ id: 'g1', kind: 'item', title: '加装电梯', listType: 'immediate' }),
    group({ id: 'g2', kind: 'item', title: '停车难', listType: 'ongoing' }),
    group({ id: 'g3', kind: 'task', title: '社区食堂', listType: 'deadline', term: 'near' }),
    group({ id: 'g4', kind: 'task', title: '口袋公园', listType: 'ongoing', term: 'long' }),
    group({ id: 'g5', kind: 'task', title: '适老化改造', listType: 'ongoing', term: 'long' }),
  ];

  it('groups by list: 重大事项 and 民生任务 per 立即整改 / 限期办理 / 持续推进', () => {
    const view = chart('groupsByList', { groups });
    expect(view.labels).toEqual(['立即整改', '限期办理', '持续推进']);
    expect(view.series).toEqual([
      { name: '重大事项', values: [1, 0, 1] },
      { name: '民生任务', values: [0, 1, 2] },
    ]);
    expect(view.total).toBe(5);
    expect(chartCaption(view, 'zh-CN')).toBe('共 5 项（重大事项 2 项、民生任务 3 项）');
  });

  it('tasks by term: 近期 / 中期 / 远期', () => {
    const view = chart('tasksByTerm', { groups });
    expect(view.labels).toEqual(['近期', '中期', '远期']);
    expect(view.series[0]!.values).toEqual([1, 0, 2]);
    expect(chartCaption(view, 'zh-CN')).toBe('共 3 项民生任务');
  });
});

describe('no data and typed tables', () => {
  it('every data chart without data is empty and says so', () => {
    for (const series of [
      'byCategory',
      'byMonth',
      'byCommunity',
      'byChannel',
      'yearOnYear',
      'groupsByList',
      'tasksByTerm',
    ] as const) {
      const view = chart(series, {});
      expect(view.empty, series).toBe(true);
      expect(chartCaption(view, 'zh-CN')).toBe('暂无数据');
      expect(chartCaption(view, 'en-US')).toBe('No data yet');
    }
  });

  it('a typed table is drawn as typed, with its typed denominator and period', () => {
    const card = tableChartCard(newId, '加装电梯', '部');
    if (card.data.source !== 'table') throw new Error('table');
    card.data.rows = [
      { label: '2023 年', values: [4] },
      { label: '2024 年', values: [9] },
    ];
    card.data.denominator = '全街道 56 个楼门';
    card.data.period = '2023—2024 年';
    const view = onlyView('chart', card);
    expect(view).toMatchObject({ labels: ['2023 年', '2024 年'], series: [{ name: '部', values: [4, 9] }] });
    expect(view).toMatchObject({ total: null, noun: 'text', empty: false });
    expect(chartCaption(view, 'zh-CN')).toBe('全街道 56 个楼门 · 2023—2024 年');
  });
});

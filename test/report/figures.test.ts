import { describe, expect, it } from 'vitest';
import type { CardViewOf, OpinionFigure } from '../../shared/domain';
import { dataFigureCard, manualFigureCard } from '../../shared/logic/card-factory';
import { figureText, periodText } from '../../shared/logic/figure-text';
import { belongsToFigure } from '../../shared/logic/opinion-analysis';
import {
  ALL_COLUMNS,
  counter,
  figure109Opinions,
  group,
  many,
  onlyView,
  opinion,
  withoutColumn,
  type Data,
} from './support';

const newId = counter();
const figure = (metric: Parameters<typeof dataFigureCard>[2], data: Data, category: string | null = null) =>
  onlyView('figure', dataFigureCard(newId, '', metric, { category }), data);
const text = (view: CardViewOf<'figure'>, language: 'zh-CN' | 'en-US' = 'zh-CN') =>
  figureText(view, language);

describe('rates with enough cases: a percentage with its denominator and period', () => {
  const data: Data = { opinions: figure109Opinions() };

  it('102 of 109 resolved is 93.6%, out of 109 work orders, 2025-01 to 2025-03', () => {
    const view = figure('resolutionRate', data);
    expect(view.value).toEqual({ kind: 'rate', num: 102, den: 109 });
    expect(view.noun).toBe('workOrders');
    expect(view.period).toEqual({ from: '2025-01', through: '2025-03' });
    expect(view.trace).toEqual({ kind: 'resolved', resolved: true });
    expect(view.manual).toBe(false);
    expect(text(view)).toEqual({
      value: '93.6%',
      unit: '',
      detail: '102 / 109 件工单 · 2025-01 至 2025-03',
      comparison: null,
    });
    expect(text(view, 'en-US').detail).toBe('102 of 109 work orders · 2025-01 to 2025-03');
  });

  it('341 of 355 rated content is a 满意率 of 96.1%, over the rated work orders only', () => {
    const opinions = [
      ...many(300, { satisfaction: 'satisfied' }),
      ...many(41, { satisfaction: 'basicallySatisfied' }),
      ...many(14, { satisfaction: 'dissatisfied' }),
      ...many(25, { satisfaction: 'unrated' }),
    ];
    const view = figure('satisfiedRate', { opinions });
    expect(view.value).toEqual({ kind: 'rate', num: 341, den: 355 });
    expect(view.noun).toBe('ratedWorkOrders');
    expect(view.trace).toEqual({ kind: 'satisfied' });
    expect(text(view).value).toBe('96.1%');
    expect(text(view).detail).toBe('341 / 355 件已评价工单 · 2025-03');
    expect(text(view, 'en-US').detail).toBe('341 of 355 rated work orders · 2025-03');
  });

  it('thousands are grouped in the denominator too: 1,170 / 1,250', () => {
    const opinions = [...many(1170, {}), ...many(80, { resolved: false })];
    const view = figure('resolutionRate', { opinions });
    expect(text(view)).toMatchObject({ value: '93.6%', detail: '1,170 / 1,250 件工单 · 2025-03' });
    expect(text(view, 'en-US').detail).toBe('1,170 of 1,250 work orders · 2025-03');
  });

  it('the closed and response rates trace their own columns', () => {
    const opinions = [...many(18, {}), ...many(2, { closed: false, responded: false })];
    expect(figure('closedRate', { opinions })).toMatchObject({
      value: { kind: 'rate', num: 18, den: 20 },
      trace: { kind: 'closed', closed: true },
    });
    expect(figure('responseRate', { opinions })).toMatchObject({
      value: { kind: 'rate', num: 18, den: 20 },
      trace: { kind: 'responded', responded: true },
    });
  });
});

describe('small samples and missing columns', () => {
  it('7 resolved of 9 shows "7 / 9", never a percentage, and says why', () => {
    const view = figure('resolutionRate', { opinions: [...many(7, {}), ...many(2, { resolved: false })] });
    expect(view.value).toEqual({ kind: 'smallRate', num: 7, den: 9 });
    const t = text(view);
    expect(t.value).toBe('7 / 9');
    expect(t.value).not.toContain('%');
    expect(t.detail).toBe('7 / 9 件工单 · 样本不足 20 件，仅列件数 · 2025-03');
    expect(t.detail).not.toContain('%');
    expect(text(view, 'en-US').detail).toBe(
      '7 of 9 work orders · fewer than 20 cases, so the count only · 2025-03',
    );
  });

  it('19 cases is still a count; 20 is a rate', () => {
    expect(figure('resolutionRate', { opinions: many(19, {}) }).value.kind).toBe('smallRate');
    expect(figure('resolutionRate', { opinions: many(20, {}) }).value.kind).toBe('rate');
  });

  it('a sheet without a 满意度 column has no 满意率: "—", not 0%', () => {
    const view = figure('satisfiedRate', { opinions: many(50, {}), has: withoutColumn('satisfaction') });
    expect(view.value).toEqual({ kind: 'missing' });
    expect(view.trace).toBeNull();
    const t = text(view);
    expect(t.value).toBe('—');
    expect(JSON.stringify(t)).not.toMatch(/0(\.0)?%/);
  });

  it('a column whose every row is unrated has no 满意率 either', () => {
    expect(figure('satisfiedRate', { opinions: many(30, { satisfaction: 'unrated' }) }).value).toEqual({
      kind: 'missing',
    });
  });

  it('no opinions at all: every data figure is "—"', () => {
    for (const metric of [
      'total',
      'resolutionRate',
      'topCategoriesShare',
      'yearOnYear',
      'itemCount',
    ] as const) {
      const view = figure(metric, {});
      expect(view.value, metric).toEqual({ kind: 'missing' });
      expect(view.trace, metric).toBeNull();
      expect(text(view).value).toBe('—');
    }
  });
});

describe('counts, shares and year on year', () => {
  it('the total counts every work order, grouped by thousands, traced to all rows', () => {
    const view = figure('total', { opinions: many(1250, {}) });
    expect(view.value).toEqual({ kind: 'count', value: 1250 });
    expect(view.trace).toEqual({ kind: 'all' });
    expect(text(view)).toMatchObject({ value: '1,250', unit: '件', detail: '共 1,250 件工单 · 2025-03' });
    expect(text(view, 'en-US')).toMatchObject({
      value: '1,250',
      detail: '1,250 work orders in all · 2025-03',
    });
  });

  it('the top three categories of the 109: 74 of 109, traced to those categories', () => {
    const view = figure('topCategoriesShare', { opinions: figure109Opinions() });
    expect(view.value).toEqual({ kind: 'rate', num: 74, den: 109 });
    expect(view.trace).toEqual({ kind: 'categories', names: ['物业管理', '环境卫生', '电梯'] });
    expect(text(view).value).toBe('67.9%');
  });

  it('one category counts its rows and traces them; blank is its own category', () => {
    const opinions = [...many(12, { category: '停车管理' }), ...many(3, { category: '' })];
    expect(figure('categoryCount', { opinions }, '停车管理')).toMatchObject({
      value: { kind: 'count', value: 12 },
      trace: { kind: 'category', name: '停车管理' },
    });
    expect(figure('categoryCount', { opinions }, null).value).toEqual({ kind: 'count', value: 3 });
  });

  const parking = [
    ...many(261, { category: '停车管理', receivedAt: '2024-03-01T09:00:00+08:00' }),
    ...many(138, { category: '停车管理', receivedAt: '2025-03-01T09:00:00+08:00' }),
    ...many(30, { category: '供暖', receivedAt: '2024-02-01T09:00:00+08:00' }),
    ...many(20, { category: '供暖', receivedAt: '2025-06-30T09:00:00+08:00' }),
  ];

  it('停车管理 261 → 138 is −47.1% with a true minus sign, against the same stretch of 2024', () => {
    const view = figure('yearOnYear', { opinions: parking }, '停车管理');
    expect(view.value).toEqual({ kind: 'change', previous: 261, current: 138 });
    expect(view.period).toEqual({ from: '2025-01', through: '2025-06' });
    expect(view.trace).toEqual({ kind: 'year', year: 2025, category: '停车管理' });
    const t = text(view);
    expect(t.value).toBe('−47.1%');
    expect(t.value.codePointAt(0)).toBe(0x2212);
    expect(t.detail).toBe('261 → 138 件工单 · 2025-01 至 2025-06');
    expect(t.comparison).toBe('较 2024 年同期 261 件');
    expect(text(view, 'en-US').comparison).toBe('vs 261 in the same period of 2024');
  });

  it('all categories together (category null) and a rise with a plus sign', () => {
    const view = figure('yearOnYear', { opinions: parking });
    expect(view.value).toEqual({ kind: 'change', previous: 291, current: 158 });
    expect(view.trace).toEqual({ kind: 'year', year: 2025 });
    const rise = figure('yearOnYear', {
      opinions: [
        ...many(100, { receivedAt: '2024-01-05T09:00:00+08:00' }),
        ...many(112, { receivedAt: '2025-01-05T09:00:00+08:00' }),
      ],
    });
    expect(text(rise).value).toBe('+12.0%');
  });

  it('nothing the year before: the count, no percentage', () => {
    const view = figure('yearOnYear', { opinions: many(40, {}) });
    expect(view.value).toEqual({ kind: 'change', previous: 0, current: 40 });
    expect(text(view).value).toBe('40');
  });

  it('重大事项 and 民生任务 counts from the groups; none grouped yet is "—"', () => {
    const groups = [
      group({ id: 'g1', kind: 'item', title: '加装电梯' }),
      group({ id: 'g2', kind: 'item', title: '停车难' }),
      group({ id: 'g3', kind: 'task', title: '社区食堂' }),
    ];
    const items = figure('itemCount', { groups });
    expect(items).toMatchObject({ value: { kind: 'count', value: 2 }, noun: 'items', period: null });
    expect(text(items)).toMatchObject({ value: '2', unit: '项', detail: '共 2 项重大事项' });
    expect(figure('taskCount', { groups }).value).toEqual({ kind: 'count', value: 1 });
    expect(figure('taskCount', { groups: groups.slice(0, 2) }).value).toEqual({ kind: 'missing' });
  });
});

describe('manual figures and typed comparisons', () => {
  it('a typed figure is marked as typed by hand, with its denominator and period', () => {
    const card = manualFigureCard(newId, '老旧小区加装电梯', {
      unit: '部',
      denominator: '全街道 56 个楼门',
      period: '2025 年上半年',
    });
    if (card.figure.source !== 'manual') throw new Error('manual');
    card.figure.value = 12;
    const view = onlyView('figure', card);
    expect(view).toMatchObject({
      manual: true,
      noun: 'text',
      trace: null,
      value: { kind: 'manual', value: 12 },
    });
    expect(text(view)).toEqual({
      value: '12',
      unit: '部',
      detail: '全街道 56 个楼门 · 2025 年上半年 · 人工填写',
      comparison: null,
    });
    expect(text(view, 'en-US').detail).toBe('全街道 56 个楼门 · 2025 年上半年 · Entered by hand');
  });

  it('without a denominator it still says it was typed by hand, and "—" until typed', () => {
    const view = onlyView('figure', manualFigureCard(newId, '待填写'));
    expect(view.value).toEqual({ kind: 'missing' });
    expect(text(view)).toMatchObject({ value: '—', detail: '人工填写，未注明分母' });
    expect(text(view, 'en-US').detail).toContain('Entered by hand');
  });

  it('a typed previous value and a target', () => {
    const previous = dataFigureCard(newId, '停车', 'categoryCount', {
      category: '停车管理',
      comparison: { kind: 'previous', value: 261, label: '2024 年同期' },
    });
    const view = onlyView('figure', previous, { opinions: many(138, { category: '停车管理' }) });
    expect(text(view).comparison).toBe('较 2024 年同期 261 件');
    const target = dataFigureCard(newId, '解决率', 'resolutionRate', {
      comparison: { kind: 'target', value: 95, label: '' },
    });
    const rate = onlyView('figure', target, { opinions: figure109Opinions() });
    expect(text(rate).comparison).toBe('目标 95%');
    expect(text(rate, 'en-US').comparison).toBe('Target 95%');
    const none = dataFigureCard(newId, '解决率', 'resolutionRate', {
      comparison: { kind: 'target', value: null, label: '' },
    });
    expect(onlyView('figure', none).comparison).toBeNull();
  });
});

describe('period text', () => {
  it('one month alone, a stretch with 至 / to, or the typed text', () => {
    expect(periodText({ from: '2025-01', through: '2025-06' }, '', 'zh-CN')).toBe('2025-01 至 2025-06');
    expect(periodText({ from: '2025-01', through: '2025-06' }, '', 'en-US')).toBe('2025-01 to 2025-06');
    expect(periodText({ from: '2025-03', through: '2025-03' }, '', 'zh-CN')).toBe('2025-03');
    expect(periodText(null, '2025 年上半年', 'zh-CN')).toBe('2025 年上半年');
  });

  it('covers the months with work orders, not undated rows', () => {
    const view = figure('total', {
      opinions: [
        opinion({ receivedAt: '2024-11-30T23:30:00+08:00' }),
        opinion({ receivedAt: null }),
        ...many(3, { receivedAt: '2025-02-01T00:10:00+08:00' }),
      ],
    });
    expect(view.period).toEqual({ from: '2024-11', through: '2025-02' });
  });
});

describe('the traces open the rows behind the figure', () => {
  it('satisfied takes 满意 and 基本满意 among rows with a 满意度 column', () => {
    const o = (satisfaction: 'satisfied' | 'basicallySatisfied' | 'dissatisfied') =>
      opinion({ satisfaction });
    expect(belongsToFigure(o('satisfied'), { kind: 'satisfied' }, ALL_COLUMNS)).toBe(true);
    expect(belongsToFigure(o('basicallySatisfied'), { kind: 'satisfied' }, ALL_COLUMNS)).toBe(true);
    expect(belongsToFigure(o('dissatisfied'), { kind: 'satisfied' }, ALL_COLUMNS)).toBe(false);
    expect(belongsToFigure(o('satisfied'), { kind: 'satisfied' }, withoutColumn('satisfaction'))).toBe(false);
  });

  it('categories takes any of the named ones', () => {
    const f: OpinionFigure = { kind: 'categories', names: ['电梯', '供暖'] };
    expect(belongsToFigure(opinion({ category: '供暖' }), f, ALL_COLUMNS)).toBe(true);
    expect(belongsToFigure(opinion({ category: '停车管理' }), f, ALL_COLUMNS)).toBe(false);
    expect(belongsToFigure(opinion({ category: '' }), f, ALL_COLUMNS)).toBe(false);
  });
});

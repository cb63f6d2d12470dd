import { describe, expect, it } from 'vitest';
import { Card, MAX_CARD_ROWS, ReportView, type CardOf } from '../../shared/domain';
import { summarizeOpinions, yearOnYear } from '../../shared/logic/opinion-analysis';
import { draftCards, type DraftInput } from '../../shared/logic/report-draft';
import { buildReportView } from '../../shared/logic/report-view';
import { figureText } from '../../shared/logic/figure-text';
import {
  ALL_COLUMNS,
  counter,
  figure109Opinions,
  group,
  many,
  MEETING,
  OFFICE,
  viewInput,
  withoutColumn,
} from './support';
import type { HasColumn } from '../../shared/logic/rate-columns';
import type { Opinion, OpinionGroup } from '../../shared/domain';

const LAST_YEAR = many(150, { category: '停车管理', receivedAt: '2024-02-10T09:00:00+08:00' });

const GROUPS: OpinionGroup[] = [
  ...Array.from({ length: 9 }, (_, i) =>
    group({
      id: `item${i}`,
      kind: 'item',
      title: `重大事项 ${i + 1}`,
      listType: (['ongoing', 'immediate', 'deadline'] as const)[i % 3],
      departmentId: i === 0 ? 'd-city' : null,
    }),
  ),
  group({ id: 't1', kind: 'task', title: '社区食堂', term: 'near' }),
  group({ id: 't2', kind: 'task', title: '口袋公园', term: 'long' }),
];

function input(opinions: readonly Opinion[], p: Partial<DraftInput> & { has?: HasColumn } = {}): DraftInput {
  const { has = ALL_COLUMNS, ...rest } = p;
  return {
    meeting: MEETING,
    office: OFFICE,
    summary: opinions.length > 0 ? summarizeOpinions(opinions, has) : null,
    yearOnYear: opinions.length > 0 ? yearOnYear(opinions) : null,
    groups: [],
    hasPrevious: false,
    language: 'zh-CN',
    ...rest,
  };
}

const kinds = (cards: readonly Card[]) => cards.map((c) => c.kind);
const figures = (cards: readonly Card[]) => cards.filter((c): c is CardOf<'figure'> => c.kind === 'figure');
const metricOf = (c: CardOf<'figure'>) => (c.figure.source === 'data' ? c.figure.metric : 'manual');

describe('the one-click draft from the data', () => {
  const opinions = [...figure109Opinions(), ...LAST_YEAR];
  const cards = draftCards(
    input(opinions, { groups: GROUPS, hasPrevious: true, unresolvedGroupIds: ['item0', 'item4', 't1'] }),
    counter(),
  );

  it('is valid cards with unique ids', () => {
    for (const card of cards) expect(Card.parse(card)).toEqual(card);
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
  });

  it('opens with the cover: meeting title, office, date in Beijing time', () => {
    expect(cards[0]).toMatchObject({
      kind: 'cover',
      title: MEETING.title,
      subtitle: '方庄街道',
      dateText: '2025 年 7 月 10 日',
    });
    expect(cards[1]).toMatchObject({ kind: 'agenda', title: '亮家底' });
  });

  it('has the total, every rate the sheet has, the top share, the charts and year on year', () => {
    expect(figures(cards).map(metricOf)).toEqual([
      'total',
      'resolutionRate',
      'closedRate',
      'responseRate',
      'satisfiedRate',
      'topCategoriesShare',
      'yearOnYear',
    ]);
    const charts = cards.filter((c): c is CardOf<'chart'> => c.kind === 'chart');
    expect(charts.map((c) => [c.chartType, c.data.source === 'data' && c.data.series])).toEqual([
      ['bar', 'byCategory'],
      ['line', 'byMonth'],
      ['bar', 'yearOnYear'],
      ['bar', 'tasksByTerm'],
    ]);
    expect(figures(cards)[5]!.label).toBe('停车管理、物业管理、环境卫生占比');
  });

  it('lists the 重大事项 by list, at most seven to a card', () => {
    const lists = cards.filter((c): c is CardOf<'list'> => c.kind === 'list');
    expect(lists.map((l) => l.title)).toEqual(['重大事项清单（1/2）', '重大事项清单（2/2）']);
    expect(lists.map((l) => l.items.length)).toEqual([MAX_CARD_ROWS, 2]);
    expect(lists.flatMap((l) => l.items.map((i) => i.listType))).toEqual([
      ...Array(3).fill('immediate'),
      ...Array(3).fill('deadline'),
      ...Array(3).fill('ongoing'),
    ]);
  });

  it('gives each unresolved 重大事项 a shortcoming card after 亮短板, then promises and closing', () => {
    const divider = cards.findIndex((c) => c.kind === 'agenda' && c.title === '亮短板');
    const after = cards.slice(divider + 1);
    expect(kinds(after)).toEqual(['shortcoming', 'shortcoming', 'promises', 'closing']);
    expect(after[0]).toMatchObject({
      problem: '重大事项 1',
      departmentId: 'd-city',
      groupId: 'item0',
      deadline: null,
      measure: '',
    });
    expect(after[1]).toMatchObject({ problem: '重大事项 5', groupId: 'item4' });
    expect(after[3]).toMatchObject({ kind: 'closing', contact: '咨询电话：010-67671234' });
  });

  it("resolves to the articles' figures: 109 work orders, 102 of them resolved", () => {
    const opinions109 = figure109Opinions();
    const draft = draftCards(input(opinions109), counter());
    const view = buildReportView(viewInput(draft, { opinions: opinions109 }));
    const shown = view.cards.flatMap((c) => (c.kind === 'figure' ? [figureText(c, 'zh-CN')] : []));
    expect(shown.slice(0, 2).map((t) => [t.value, t.detail])).toEqual([
      ['109', '共 109 件工单 · 2025-01 至 2025-03'],
      ['93.6%', '102 / 109 件工单 · 2025-01 至 2025-03'],
    ]);
    expect(view.cards.at(-1)).toMatchObject({ kind: 'closing', contact: '咨询电话：010-67671234' });
  });

  it('resolves to views the schema accepts, every card of it', () => {
    const view = buildReportView(viewInput(cards, { opinions, groups: GROUPS }));
    expect(ReportView.parse(view)).toEqual(view);
    expect(view.cards).toHaveLength(cards.length);
  });

  it('is in English for an English meeting', () => {
    const en = draftCards(input(opinions, { groups: GROUPS, language: 'en-US' }), counter());
    expect(en[0]).toMatchObject({ dateText: '2025-07-10' });
    expect(en[1]!.title).toBe('What we achieved');
    expect(
      figures(en)
        .map((c) => c.label)
        .slice(0, 2),
    ).toEqual(['Work orders received', 'Resolution rate']);
    expect(en.find((c) => c.kind === 'list')!.title).toBe('Major items (1/2)');
  });
});

describe('honest drafts when data is missing', () => {
  it('without a 满意度 column: no 满意率 card, and the total card says why', () => {
    const cards = draftCards(input(figure109Opinions(), { has: withoutColumn('satisfaction') }), counter());
    const metrics = figures(cards).map(metricOf);
    expect(metrics).not.toContain('satisfiedRate');
    expect(metrics).toContain('resolutionRate');
    const total = figures(cards)[0]!;
    expect(total.notes).toContain('本表没有满意度列，未生成满意率');
    expect(total.notes).toContain('没有上一年同期的数据，未生成同比');
    expect(metrics).not.toContain('yearOnYear');
  });

  it('a 满意度 column with nothing rated: no 满意率 card either, and the note says so', () => {
    const cards = draftCards(input(many(30, { satisfaction: 'unrated' })), counter());
    expect(figures(cards).map(metricOf)).not.toContain('satisfiedRate');
    expect(figures(cards)[0]!.notes).toContain('有满意度列，但没有一条已评价，未生成满意率');
  });

  it('the English note names the missing column too', () => {
    const cards = draftCards(
      input(figure109Opinions(), { has: withoutColumn('satisfaction'), language: 'en-US' }),
      counter(),
    );
    expect(figures(cards)[0]!.notes).toContain(
      'The sheet has no satisfaction column, so no satisfaction rate',
    );
  });

  it('no data at all: cover, 亮家底, one figure to type, 亮短板, one empty shortcoming, closing', () => {
    const cards = draftCards(input([]), counter());
    expect(kinds(cards)).toEqual(['cover', 'agenda', 'figure', 'agenda', 'shortcoming', 'closing']);
    const figure = figures(cards)[0]!;
    expect(figure.figure).toMatchObject({ source: 'manual', value: null });
    const view = buildReportView(viewInput(cards));
    const shown = view.cards[2]!;
    expect(shown.kind === 'figure' && figureText(shown, 'zh-CN')).toMatchObject({ value: '—' });
    expect(cards[4]).toMatchObject({ problem: '', groupId: null });
  });

  it('no unresolved 重大事项 known: one blank shortcoming card, never none', () => {
    const cards = draftCards(input(figure109Opinions(), { groups: GROUPS }), counter());
    expect(cards.filter((c) => c.kind === 'shortcoming')).toHaveLength(1);
  });

  it('an office without a phone gets a closing card without a contact line', () => {
    const office = { ...OFFICE, profile: { ...OFFICE.profile, phone: '' } };
    expect(draftCards(input([], { office }), counter()).at(-1)).toMatchObject({ contact: '' });
  });
});

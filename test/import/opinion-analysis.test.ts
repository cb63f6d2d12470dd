import { describe, expect, it } from 'vitest';
import type { OpinionChannel, Satisfaction } from '../../shared/domain/opinion';
import type { OpinionFigure } from '../../shared/domain/opinion-summary';
import { OpinionSummary } from '../../shared/domain/opinion-summary';
import { formatChange, formatRate, fraction } from '../../shared/logic/fraction';
import { formatTopShare } from '../../electron/cli/summarize-command';
import {
  belongsToFigure,
  idsBehind,
  rowsBehind,
  summarizeOpinions,
  yearOnYear,
  type AnalysedOpinion,
} from '../../shared/logic/opinion-analysis';
import { hasColumnsOfSet, type HasColumn } from '../../shared/logic/rate-columns';

/** Rows whose source had every column. */
const ALL: HasColumn = () => true;

type Row = AnalysedOpinion & { id: string };
let nextId = 0;
function row(p: Partial<AnalysedOpinion> = {}): Row {
  nextId += 1;
  return {
    id: `o${nextId}`,
    channel: 'hotline12345' as OpinionChannel,
    category: '物业管理',
    communityName: '芳群园第一社区',
    receivedAt: '2025-03-05T08:05:00+08:00',
    resolved: true,
    closed: null,
    responded: null,
    satisfaction: 'satisfied' as Satisfaction,
    ...p,
  };
}
const many = (n: number, p: Partial<AnalysedOpinion>) => Array.from({ length: n }, () => row(p));

describe('rates: exact fractions, shown to one decimal', () => {
  it('102 of 109 is 93.6%', () => {
    expect(fraction(102, 109)).toEqual({ num: 102, den: 109, value: 102 / 109 });
    expect(formatRate(fraction(102, 109))).toBe('93.6%');
  });

  it('rounds half away from zero in integers, and shows a dash for nothing', () => {
    expect(formatRate(fraction(1, 8))).toBe('12.5%');
    expect(formatRate(fraction(1, 16))).toBe('6.3%');
    expect(formatRate(fraction(0, 0))).toBe('—');
    expect(formatChange(fraction(138 - 261, 261))).toBe('-47.1%');
    expect(formatChange(fraction(64 - 165, 165))).toBe('-61.2%');
    expect(formatChange(fraction(12, 100))).toBe('+12.0%');
  });
});

describe('summary of a set of opinions', () => {
  const records: Row[] = [
    ...many(5, {
      category: '环境卫生',
      channel: 'hotline6555',
      communityName: '芳群园第二社区',
      receivedAt: '2025-01-10T09:00:00+08:00',
    }),
    ...many(4, { category: '电梯', resolved: false, satisfaction: 'dissatisfied' }),
    ...many(4, {
      category: '物业管理',
      channel: 'grid',
      resolved: null,
      satisfaction: 'unrated',
      receivedAt: '2024-12-31T23:30:00+08:00',
    }),
    ...many(2, {
      category: '停车管理',
      channel: 'wechat',
      satisfaction: 'basicallySatisfied',
      receivedAt: null,
    }),
    row({ category: '', communityName: '  ', receivedAt: '2025-02-28T16:30:00Z' }),
  ];
  const s = summarizeOpinions(records, ALL);

  it('matches its schema', () => {
    expect(OpinionSummary.safeParse(s).success).toBe(true);
  });

  it('counts totals and resolution over all rows', () => {
    expect(s).toMatchObject({ total: 16, resolved: 8, unresolved: 4, resolutionUnknown: 4, undated: 2 });
    expect(s.resolutionRate).toEqual({ num: 8, den: 16, value: 0.5 });
  });

  it('sorts buckets by count, ties by name, and keeps blanks as null (last), never as a word', () => {
    expect(s.byCategory).toEqual([
      { name: '环境卫生', count: 5, resolved: 5 },
      { name: '物业管理', count: 4, resolved: 0 },
      { name: '电梯', count: 4, resolved: 0 },
      { name: '停车管理', count: 2, resolved: 2 },
      { name: null, count: 1, resolved: 1 },
    ]);
    expect(s.byChannel.map((b) => [b.channel, b.count])).toEqual([
      ['hotline12345', 5],
      ['hotline6555', 5],
      ['grid', 4],
      ['wechat', 2],
    ]);
    expect(s.byCommunity.map((b) => [b.name, b.count])).toEqual([
      ['芳群园第一社区', 10],
      ['芳群园第二社区', 5],
      [null, 1],
    ]);
  });

  it('puts months and years in Beijing time, in order', () => {
    expect(s.byMonth).toEqual([
      { month: '2024-12', count: 4, resolved: 0 },
      { month: '2025-01', count: 5, resolved: 5 },
      { month: '2025-03', count: 5, resolved: 1 },
    ]);
    expect(s.byYear.map((y) => [y.year, y.count, y.byCategory[0]?.name])).toEqual([
      [2024, 4, '物业管理'],
      [2025, 10, '环境卫生'],
    ]);
  });

  it('gives the top categories and their combined share', () => {
    expect(s.topCategories).toEqual({
      names: ['环境卫生', '物业管理', '电梯'],
      count: 13,
      share: fraction(13, 16),
    });
    expect(formatTopShare(s.topCategories)).toBe('环境卫生、物业管理、电梯占 81.3%');
  });

  it('gives satisfaction counts and rates with and without unrated rows', () => {
    expect(s.satisfaction?.counts).toEqual({
      satisfied: 6,
      basicallySatisfied: 2,
      dissatisfied: 4,
      unrated: 4,
    });
    expect(s.satisfaction?.satisfiedRateOfRated).toEqual(fraction(8, 12));
    expect(s.satisfaction?.satisfiedRateOfAll).toEqual(fraction(8, 16));
    expect(s.satisfaction?.shares.find((x) => x.level === 'unrated')).toEqual({
      level: 'unrated',
      ofRated: null,
      ofAll: fraction(4, 16),
    });
  });

  it('traces every figure back to exactly the rows it counts', () => {
    const figures: Array<[OpinionFigure, number]> = [
      ...s.byCategory.map((b): [OpinionFigure, number] => [{ kind: 'category', name: b.name }, b.count]),
      ...s.byChannel.map((b): [OpinionFigure, number] => [{ kind: 'channel', channel: b.channel }, b.count]),
      ...s.byCommunity.map((b): [OpinionFigure, number] => [{ kind: 'community', name: b.name }, b.count]),
      ...s.byMonth.map((b): [OpinionFigure, number] => [{ kind: 'month', month: b.month }, b.count]),
      ...s.byYear.map((b): [OpinionFigure, number] => [{ kind: 'year', year: b.year }, b.count]),
      ...s.byYear.flatMap((y) =>
        y.byCategory.map((b): [OpinionFigure, number] => [
          { kind: 'year', year: y.year, category: b.name },
          b.count,
        ]),
      ),
      [{ kind: 'resolved', resolved: true }, s.resolved ?? -1],
      [{ kind: 'resolved', resolved: false }, s.unresolved ?? -1],
      [{ kind: 'resolved', resolved: null }, s.resolutionUnknown ?? -1],
      [{ kind: 'satisfaction', level: 'dissatisfied' }, s.satisfaction?.counts.dissatisfied ?? -1],
      [{ kind: 'undated' }, s.undated],
      [{ kind: 'all' }, s.total],
    ];
    for (const [figure, count] of figures)
      expect(rowsBehind(records, figure, ALL), JSON.stringify(figure)).toHaveLength(count);
    expect(idsBehind(records, { kind: 'category', name: '停车管理' }, ALL)).toEqual(
      records.filter((r) => r.category === '停车管理').map((r) => r.id),
    );
    const month = rowsBehind(records, { kind: 'month', month: '2025-03' }, ALL);
    expect(month.filter((r) => r.resolved === true)).toHaveLength(s.byMonth[2]!.resolved);
    expect(belongsToFigure(records.at(-1)!, { kind: 'month', month: '2025-03' }, ALL)).toBe(true);
  });
});

describe('year on year, same period', () => {
  // The articles: parking requests at one street fell from 261 to 138 (−47%).
  const records = [
    ...many(261, { category: '停车管理', receivedAt: '2024-03-15T10:00:00+08:00' }),
    ...many(40, { category: '停车管理', receivedAt: '2024-11-15T10:00:00+08:00' }),
    ...many(138, { category: '停车管理', receivedAt: '2025-03-15T10:00:00+08:00' }),
    ...many(165, { category: '自行车管理', receivedAt: '2024-05-01T10:00:00+08:00' }),
    ...many(64, { category: '自行车管理', receivedAt: '2025-06-30T10:00:00+08:00' }),
    ...many(3, { category: '供暖', receivedAt: '2025-01-05T10:00:00+08:00' }),
  ];

  it('compares 1 Jan through the last day with data this year, against the same days last year', () => {
    const yoy = yearOnYear(records)!;
    expect(yoy).toMatchObject({ year: 2025, previousYear: 2024, from: '01-01', through: '06-30' });
    expect(yoy.byCategory.map((r) => [r.name, r.previous, r.current, formatChange(r.change)])).toEqual([
      ['停车管理', 261, 138, '-47.1%'],
      ['自行车管理', 165, 64, '-61.2%'],
      ['供暖', 0, 3, '—'],
    ]);
    expect(yoy.total).toEqual({ previous: 426, current: 205, change: fraction(205 - 426, 426) });
  });

  it('takes an explicit period', () => {
    const yoy = yearOnYear(records, { year: 2025, through: '03-31' })!;
    // 自行车管理 has no row in Jan–Mar of either year, so it is not listed at all.
    expect(yoy.byCategory.map((r) => r.name)).toEqual(['停车管理', '供暖']);
    expect(yoy.total.previous).toBe(261);
  });

  it('has nothing to say without dated rows', () => {
    expect(yearOnYear([row({ receivedAt: null })])).toBeNull();
  });
});

describe('解决 is not 办结: each rate from its own column, only where that column exists', () => {
  const only =
    (...columns: string[]): HasColumn =>
    (_o, column) =>
      columns.includes(column);
  // 10 cases: 6 closed and solved, 2 closed and not solved, 2 in progress.
  const records: Row[] = [
    ...many(6, { resolved: true, closed: true }),
    ...many(2, { resolved: false, closed: true }),
    ...many(2, { resolved: false, closed: false }),
  ];

  it('with both columns: 解决率 6/10 from the resolved column, 办结率 8/10 from the status column', () => {
    const s = summarizeOpinions(records, only('resolved', 'closed'));
    expect(s).toMatchObject({ resolved: 6, unresolved: 4, closed: 8, notClosed: 2, closedNotResolved: 2 });
    expect(s.resolutionRate).toEqual(fraction(6, 10));
    expect(s.closedRate).toEqual(fraction(8, 10));
    expect(rowsBehind(records, { kind: 'closedNotResolved' }, only('resolved', 'closed'))).toHaveLength(2);
  });

  it('with only the status column: no 解决率 at all (null, not the closed count)', () => {
    const s = summarizeOpinions(records, only('closed'));
    expect(s).toMatchObject({ resolved: null, resolutionRate: null, closed: 8, closedNotResolved: null });
    expect(s.closedRate).toEqual(fraction(8, 10));
  });

  it('with only the resolved column: no 办结率', () => {
    const s = summarizeOpinions(records, only('resolved'));
    expect(s).toMatchObject({ resolved: 6, closed: null, closedRate: null, closedNotResolved: null });
  });

  it('without a satisfaction or response column there is no such rate, rather than 0%', () => {
    const s = summarizeOpinions(records, only('resolved'));
    expect(s.satisfaction).toBeNull();
    expect(s.responseRate).toBeNull();
    expect(s.responded).toBeNull();
  });

  it('counts 响应率 from the response column', () => {
    const rows = [...many(3, { responded: true }), row({ responded: false }), row({ responded: null })];
    expect(summarizeOpinions(rows, only('responded')).responseRate).toEqual(fraction(3, 5));
  });

  it('a category really named 未填写 stays apart from blank cells', () => {
    const s = summarizeOpinions(
      [row({ category: '未填写' }), row({ category: '' }), row({ category: ' ' })],
      ALL,
    );
    expect(s.byCategory).toEqual([
      { name: null, count: 2, resolved: 2 },
      { name: '未填写', count: 1, resolved: 1 },
    ]);
    expect(s.topCategories.names).toEqual(['未填写']);
  });

  it('in a stored set, a rate counts only the rows whose import had its column', () => {
    const set = {
      imports: [
        { id: 'with', fields: ['content', 'resolved', 'satisfaction'] as const },
        { id: 'without', fields: ['content'] as const },
      ],
    };
    const rows = [
      ...many(3, { importId: 'with', resolved: true, satisfaction: 'satisfied' }),
      row({ importId: 'with', resolved: false, satisfaction: 'dissatisfied' }),
      ...many(6, { importId: 'without', resolved: null, satisfaction: 'unrated' }),
    ];
    const s = summarizeOpinions(
      rows,
      hasColumnsOfSet({ imports: set.imports.map((i) => ({ id: i.id, fields: [...i.fields] })) }),
    );
    expect(s.total).toBe(10);
    expect(s.resolutionRate).toEqual(fraction(3, 4));
    expect(s.satisfaction?.counts).toEqual({
      satisfied: 3,
      basicallySatisfied: 0,
      dissatisfied: 1,
      unrated: 0,
    });
    expect(s.closedRate).toBeNull();
  });
});

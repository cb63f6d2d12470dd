import { describe, expect, it } from 'vitest';
import { Card, WHOLE_REPORT_PART, type CardInput, type PartScore } from '../../shared/domain';
import { scoreParts, scoreSheet } from '../../shared/logic/live/score-sheet';

const card = (input: CardInput) => Card.parse(input);
const CARDS = [
  card({ id: 'cover', kind: 'cover', title: '方庄街道 2025 年向群众报告工作会' }),
  card({ id: 'p1', kind: 'agenda', title: '一、2024 年工作回顾' }),
  card({ id: 'fig', kind: 'figure', title: '接诉即办', figure: { source: 'manual', value: 98 } }),
  card({ id: 'p-hidden', kind: 'agenda', title: '（备用）', hidden: true }),
  card({ id: 'p2', kind: 'agenda', title: '' }),
  card({ id: 'p3', kind: 'agenda', title: '三、2025 年民生实事' }),
];

const tally = (satisfied: number, basicallySatisfied: number, dissatisfied: number) => ({
  satisfied,
  basicallySatisfied,
  dissatisfied,
});
const stored = (partId: string, title: string, p: Partial<PartScore> = {}): PartScore => ({
  partId,
  title,
  hands: null,
  phones: tally(0, 0, 0),
  updatedAt: '2025-07-10T16:00:00+08:00',
  updatedBy: '工作人员',
  ...p,
});

describe('scoreParts', () => {
  it('takes each visible agenda card in order, naming an untitled one by its place', () => {
    expect(scoreParts(CARDS)).toEqual([
      { partId: 'p1', title: '一、2024 年工作回顾' },
      { partId: 'p2', title: '第2部分' },
      { partId: 'p3', title: '三、2025 年民生实事' },
    ]);
  });

  it('scores the whole report when it has no agenda divider', () => {
    const none = [CARDS[0]!, CARDS[2]!, CARDS[3]!];
    expect(scoreParts(none)).toEqual([{ partId: WHOLE_REPORT_PART, title: '整体工作' }]);
    expect(scoreParts([])).toEqual([{ partId: WHOLE_REPORT_PART, title: '整体工作' }]);
  });
});

describe('scoreSheet', () => {
  it('has every part, null totals and rates where nothing was counted', () => {
    const sheet = scoreSheet(CARDS, []);
    expect(
      sheet.parts.map((p) => [p.partId, p.hands, p.handsRate, p.handsVotes, p.phoneRate, p.phoneVotes]),
    ).toEqual([
      ['p1', null, null, 0, null, 0],
      ['p2', null, null, 0, null, 0],
      ['p3', null, null, 0, null, 0],
    ]);
  });

  it('keeps hands and phones apart (nobody counts twice), each rated 满意 + 基本满意 over its own votes', () => {
    const sheet = scoreSheet(CARDS, [
      stored('p1', '一、2024 年工作回顾', { hands: tally(30, 8, 2), phones: tally(5, 3, 2) }),
      stored('p3', '三、2025 年民生实事', { hands: tally(0, 0, 0) }),
      stored('p2', '第2部分', { phones: tally(1, 0, 1) }),
    ]);
    const [p1, p2, p3] = sheet.parts;
    expect(p1).toMatchObject({ handsVotes: 40, handsRate: 38 / 40, phoneVotes: 10, phoneRate: 8 / 10 });
    expect(p2).toMatchObject({ hands: null, handsVotes: 0, handsRate: null, phoneVotes: 2, phoneRate: 0.5 });
    // A show of hands typed as all zeros is a count of nobody: no rate.
    expect(p3).toMatchObject({ hands: tally(0, 0, 0), handsVotes: 0, handsRate: null, phoneRate: null });
  });

  it('keeps the title a part was scored under, and parts since removed from the report, last', () => {
    const sheet = scoreSheet(CARDS, [
      stored(WHOLE_REPORT_PART, '整体工作', { hands: tally(10, 0, 0) }),
      stored('p1', '一、工作回顾（旧标题）', { hands: tally(1, 1, 1) }),
      stored('gone', '二、已删除的部分', { hands: tally(3, 0, 1) }),
    ]);
    expect(sheet.parts.map((p) => [p.partId, p.title])).toEqual([
      ['p1', '一、工作回顾（旧标题）'],
      ['p2', '第2部分'],
      ['p3', '三、2025 年民生实事'],
      [WHOLE_REPORT_PART, '整体工作'],
      ['gone', '二、已删除的部分'],
    ]);
    expect(sheet.parts.at(-1)).toMatchObject({ handsVotes: 4, handsRate: 0.75 });
  });
});

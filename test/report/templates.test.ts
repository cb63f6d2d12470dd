import { describe, expect, it } from 'vitest';
import { Card } from '../../shared/domain';
import { buildReportView } from '../../shared/logic/report-view';
import { templateCards } from '../../shared/logic/report-templates';
import { counter, MEETING, OFFICE, viewInput } from './support';

const ctx = { meeting: MEETING, office: OFFICE, language: 'zh-CN' as const };

describe('built-in templates', () => {
  it('standard: the whole running order, three parts', () => {
    const cards = templateCards('standard', ctx, counter());
    expect(cards.map((c) => c.kind)).toEqual([
      'cover',
      'welcome',
      'agenda',
      'figure',
      'figure',
      'figure',
      'chart',
      'case',
      'agenda',
      'shortcoming',
      'list',
      'agenda',
      'closing',
    ]);
    expect(cards.filter((c) => c.kind === 'agenda').map((c) => c.title)).toEqual([
      '亮家底',
      '亮短板',
      '现场问答',
    ]);
    for (const card of cards) expect(Card.parse(card)).toEqual(card);
    expect(cards[1]).toMatchObject({ kind: 'welcome', timeText: '2025 年 7 月 10 日 14:30' });
  });

  it('short: one figure, one shortcoming', () => {
    const cards = templateCards('short', { ...ctx, language: 'en-US' }, counter());
    expect(cards.map((c) => c.kind)).toEqual([
      'cover',
      'agenda',
      'figure',
      'agenda',
      'shortcoming',
      'closing',
    ]);
    expect(cards[1]!.title).toBe('What we achieved');
  });

  it('placeholders show "—", are marked typed by hand, and the parts are numbered', () => {
    const view = buildReportView(viewInput(templateCards('standard', ctx, counter())));
    const figures = view.cards.filter((c) => c.kind === 'figure');
    expect(figures.every((f) => f.kind === 'figure' && f.manual && f.value.kind === 'missing')).toBe(true);
    expect(view.cards.map((c) => c.part)).toEqual([null, null, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2]);
    const chart = view.cards.find((c) => c.kind === 'chart');
    expect(chart).toMatchObject({ empty: true, total: null });
  });
});

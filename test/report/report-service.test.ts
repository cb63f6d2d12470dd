import { describe, expect, it } from 'vitest';
import { openAppServices } from '../../electron/services/app-services';
import { MemoryDocumentStore } from '../../electron/storage/memory-document-store';
import { figureText } from '../../shared/logic/figure-text';
import { value } from '../contract/result-helpers';

async function demo() {
  const app = await openAppServices({
    store: new MemoryDocumentStore(),
    dataDir: '/mem',
    version: 'test',
    now: () => new Date('2025-07-01T02:00:00Z'),
  });
  value(await app.call('sample.install', {}));
  const meeting = value(await app.call('meetings.list', {})).find(
    (m) => m.title === '方庄街道 2025 年向群众报告工作会',
  );
  if (!meeting) throw new Error('the demo meeting is missing');
  return { app, meetingId: meeting.id };
}

describe('the report card of the demo meeting, through the services', () => {
  it('drafts from its 1,250 work orders and resolves live figures with denominators', async () => {
    const { app, meetingId } = await demo();
    const { cards } = value(await app.call('report.draft', { meetingId }));
    expect(cards[0]).toMatchObject({ kind: 'cover' });
    expect(cards.filter((c) => c.kind === 'agenda').map((c) => c.title)).toEqual(['亮家底', '亮短板']);
    const report = value(await app.call('report.get', { meetingId }));
    value(
      await app.call('report.save', {
        meetingId,
        cards,
        settings: report.settings,
        expectedRevision: report.revision,
      }),
    );
    const view = value(await app.call('report.view', { meetingId }));
    const total = view.cards.find((c) => c.kind === 'figure');
    if (total?.kind !== 'figure') throw new Error('no figure card');
    expect(total.value).toEqual({ kind: 'count', value: 1250 });
    expect(figureText(total, 'zh-CN').detail).toMatch(/^共 1,250 件工单 · \d{4}-\d{2} 至 \d{4}-\d{2}$/);
    const rates = view.cards.filter((c) => c.kind === 'figure' && c.value.kind === 'rate');
    expect(rates.length).toBeGreaterThan(0);
    for (const rate of rates) {
      if (rate.kind !== 'figure') continue;
      expect(figureText(rate, 'zh-CN').detail).toMatch(/^[\d,]+ \/ [\d,]+ 件(已评价)?工单 · /);
    }
  });

  it('starts from a built-in template', async () => {
    const { app, meetingId } = await demo();
    const standard = value(
      await app.call('report.startFrom', { meetingId, from: { kind: 'template', template: 'standard' } }),
    );
    expect(standard.cards.map((c) => c.kind)).toContain('welcome');
    const short = value(
      await app.call('report.startFrom', { meetingId, from: { kind: 'template', template: 'short' } }),
    );
    expect(short.cards).toHaveLength(6);
  });
});

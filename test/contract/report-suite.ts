import { Jimp } from 'jimp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiClient, type ApiClient } from '../../shared/api';
import type { CardInput } from '../../shared/domain';
import { DEFAULT_BODY_LIMIT } from '../../electron/host/host-server';
import type { ContractHarness } from './harnesses';
import { CHINESE, nextEvent, refusal, value } from './result-helpers';

const draft = {
  title: '方庄街道 2025 年向群众报告工作会',
  level: 'street' as const,
  startsAt: '2025-03-05T14:30:00+08:00',
  venue: '方庄街道办事处三楼礼堂',
};

const settings = {
  layout: '16:9' as const,
  showHeader: true,
  showFooter: true,
  showClock: false,
  showLogo: true,
  footerText: '',
};

const cards: CardInput[] = [
  { id: 'ccover', kind: 'cover', title: '方庄街道 2025 年向群众报告工作会' },
  { id: 'cfig', kind: 'figure', title: '解决率', figure: { source: 'data', metric: 'resolutionRate' } },
  { id: 'chide', kind: 'list', title: '备用', hidden: true },
  { id: 'cclose', kind: 'closing', title: '谢谢大家' },
];

/** A small photo; `padding` APP segments make its body larger without changing a pixel. */
async function photo(padding = 0): Promise<Buffer> {
  const jpeg = await new Jimp({ width: 40, height: 30, color: 0x2060a0ff }).getBuffer('image/jpeg');
  const filler: Buffer[] = [];
  for (let i = 0; i < padding; i++) {
    const segment = Buffer.alloc(65_535 + 2, 0x20);
    segment[0] = 0xff;
    segment[1] = 0xe2;
    segment.writeUInt16BE(65_535, 2);
    filler.push(segment);
  }
  return Buffer.concat([jpeg.subarray(0, 2), ...filler, jpeg.subarray(2)]);
}

/** The report card, the presentation and case photos, over every transport like the main suite. */
export function runReportContractSuite(
  transportName: string,
  openHarness: () => Promise<ContractHarness>,
  { http = false }: { http?: boolean } = {},
): void {
  describe(`report card API over ${transportName}`, () => {
    let harness: ContractHarness;
    let api: ApiClient;
    let meetingId: string;

    beforeEach(async () => {
      harness = await openHarness();
      api = createApiClient(harness.connect());
      meetingId = value(await api.call('meetings.create', draft)).id;
    });
    afterEach(async () => {
      await harness.close();
    });

    it('saves the cards, refuses a stale revision with conflict and an invalid card, changing nothing', async () => {
      const empty = value(await api.call('report.get', { meetingId }));
      expect(empty.revision).toBe(0);
      const saved = value(await api.call('report.save', { meetingId, cards, settings, expectedRevision: 0 }));
      expect(saved.revision).toBe(1);
      const writes = harness.store.writes;

      const stale = refusal(
        await api.call('report.save', { meetingId, cards: cards.slice(0, 1), settings, expectedRevision: 0 }),
      );
      expect(stale.code).toBe('conflict');
      expect(stale.message).toMatch(CHINESE);
      const invalid = refusal(
        await api.call('report.save', {
          meetingId,
          // A chart with no data source is not a card.
          cards: [{ id: 'cbad', kind: 'chart', title: '图表' } as unknown as CardInput],
          settings,
          expectedRevision: 1,
        }),
      );
      expect(invalid.code).toBe('invalid_input');
      expect(invalid.message).toMatch(CHINESE);
      const duplicate = refusal(
        await api.call('report.save', {
          meetingId,
          cards: [cards[0]!, cards[0]!],
          settings,
          expectedRevision: 1,
        }),
      );
      expect(duplicate.code).toBe('invalid_input');
      expect(harness.store.writes).toBe(writes);
      expect(value(await api.call('report.get', { meetingId })).cards.map((c) => c.id)).toEqual(
        cards.map((c) => c.id),
      );
    });

    it('views, drafts and starts from another meeting; report.changed reaches another client', async () => {
      const other = createApiClient(harness.connect());
      const heard = nextEvent(other, 'report.changed', (p) => p.meetingId === meetingId);
      await harness.eventsReady(1);
      await api.call('report.save', { meetingId, cards, settings, expectedRevision: 0 });
      expect(await heard).toEqual({ meetingId });

      const view = value(await api.call('report.view', { meetingId }));
      expect(view.cards.map((c) => c.id)).toEqual(cards.map((c) => c.id));
      const figure = view.cards.find((c) => c.kind === 'figure');
      expect(figure?.kind === 'figure' && figure.value).toEqual({ kind: 'missing' });

      const drafted = value(await api.call('report.draft', { meetingId })).cards;
      expect(drafted[0]?.kind).toBe('cover');

      const next = value(
        await api.call('meetings.create', { ...draft, startsAt: '2026-03-05T14:30:00+08:00' }),
      );
      const started = value(
        await api.call('report.startFrom', { meetingId: next.id, from: { kind: 'meeting', meetingId } }),
      ).cards;
      expect(started.map((c) => c.kind)).toEqual(cards.map((c) => c.kind));
      expect(started.some((c) => cards.some((old) => old.id === c.id))).toBe(false);
      const self = refusal(
        await api.call('report.startFrom', { meetingId, from: { kind: 'meeting', meetingId } }),
      );
      expect(self.code).toBe('invalid_input');
    });

    it('drives the presentation and tells every client the new state', async () => {
      await api.call('report.save', { meetingId, cards, settings, expectedRevision: 0 });
      const projector = createApiClient(harness.connect());
      const followed = nextEvent(projector, 'presentation.changed', (p) => p.state?.cardId === 'cclose');
      await harness.eventsReady(1);
      const started = value(
        await api.call('presentation.act', { meetingId, action: { kind: 'start', fromCurrent: false } }),
      );
      expect(started).toMatchObject({ running: true, cardId: 'ccover' });
      await api.call('presentation.act', { meetingId, action: { kind: 'next' } });
      const last = value(await api.call('presentation.act', { meetingId, action: { kind: 'next' } }));
      // The hidden card is stepped over.
      expect(last.cardId).toBe('cclose');
      const event = await followed;
      expect(event.state).toEqual(last);
      expect(value(await projector.call('presentation.get', { meetingId }))).toEqual(last);
      const badAction = refusal(
        await api.call('presentation.act', { meetingId, action: { kind: 'jump' } as never }),
      );
      expect(badAction.code).toBe('invalid_input');
      // Host mode and tests place no windows.
      expect(value(await api.call('projector.displays', {}))).toEqual([]);
      expect(value(await api.call('projector.open', { meetingId, displayId: null }))).toEqual({
        opened: false,
      });
      expect(value(await api.call('report.exportPdf', { meetingId }))).toEqual({
        supported: false,
        saved: null,
      });
    });

    it('adds a case photo and reads it back; refuses what is not a picture', async () => {
      const bytes = await photo();
      const info = value(
        await api.call('media.add', {
          meetingId,
          fileName: '治理前.jpg',
          dataBase64: bytes.toString('base64'),
        }),
      );
      expect(info).toMatchObject({ mime: 'image/jpeg', width: 40, height: 30 });
      const got = value(await api.call('media.get', { meetingId, mediaId: info.mediaId }));
      expect(got).toMatchObject(info);
      expect(Buffer.from(got.dataBase64, 'base64').length).toBe(info.bytes);
      const notImage = refusal(
        await api.call('media.add', {
          meetingId,
          fileName: '照片.jpg',
          dataBase64: Buffer.from('<html>not a photo</html>').toString('base64'),
        }),
      );
      expect(notImage.code).toBe('invalid_input');
      expect(notImage.message).toMatch(CHINESE);
    });

    if (http) {
      it('accepts a photo larger than the default body limit: media.add has its own', async () => {
        const big = await photo(Math.ceil(DEFAULT_BODY_LIMIT / 65_537) + 2);
        expect(Buffer.from(big.toString('base64')).length).toBeGreaterThan(DEFAULT_BODY_LIMIT);
        const info = value(
          await api.call('media.add', {
            meetingId,
            fileName: '大图.jpg',
            dataBase64: big.toString('base64'),
          }),
        );
        // The padding was metadata: gone from the stored file.
        expect(info.bytes).toBeLessThan(big.length / 10);
        // Another method keeps the default limit.
        const tooBig = refusal(
          await api.call('report.save', {
            meetingId,
            cards: [{ ...cards[0]!, notes: 'x'.repeat(DEFAULT_BODY_LIMIT) } as CardInput],
            settings,
            expectedRevision: 0,
          }),
        );
        expect(tooBig.code).toBe('too_large');
      });
    }
  });
}

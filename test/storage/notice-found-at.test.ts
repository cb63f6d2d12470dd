import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppServices } from '../../electron/services/app-services';
import { FileDocumentStore } from '../../electron/storage/file-document-store';
import { tempDir } from './helpers';

describe('storage notices', () => {
  it('say when the damage was found, not when the notice was read', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'preferences.json'), '{"trunc');
    const foundAt = new Date('2025-03-01T02:00:00.000Z');
    let clock = new Date('2025-03-01T02:00:00.000Z');
    const store = new FileDocumentStore({ dir, now: () => foundAt });
    const app = await openAppServices({ store, dataDir: dir, version: 'test', now: () => clock });
    try {
      clock = new Date('2025-03-02T09:30:00.000Z');
      const first = await app.dispatch('app.info', {});
      clock = new Date('2025-03-05T18:00:00.000Z');
      const later = await app.dispatch('app.info', {});
      expect(first).toMatchObject({
        ok: true,
        value: { notices: [{ document: 'preferences', at: foundAt.toISOString() }] },
      });
      expect(later).toEqual(first);
    } finally {
      await app.close();
    }
  });
});

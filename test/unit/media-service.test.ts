import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { Jimp } from 'jimp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageSize, sniffImage } from '../../electron/media/image-sniff';
import { reencodeInWorker } from '../../electron/media/run-image-worker';
import { openAppServices, type AppServices } from '../../electron/services/app-services';
import { addMedia, MAX_MEDIA_PER_MEETING } from '../../electron/services/media-service';
import { writeMediaFile } from '../../electron/services/media-files';
import { MemoryDocumentStore } from '../../electron/storage/memory-document-store';
import { CHINESE, refusal, value } from '../contract/result-helpers';

let dataDir: string;
let app: AppServices;
let meetingId: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'media-service-'));
  app = await openAppServices({ store: new MemoryDocumentStore(), dataDir, version: 'test' });
  meetingId = value(
    await app.call('meetings.create', {
      title: '报告会',
      level: 'street',
      startsAt: '2025-03-05T14:30:00+08:00',
    }),
  ).id;
});
afterAll(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Left half red, right half blue: which side ends up where shows how the picture was turned. */
async function picture(width: number, height: number, mime: 'image/jpeg' | 'image/png'): Promise<Buffer> {
  const image = new Jimp({ width, height, color: 0xff0000ff });
  image.scan(Math.floor(width / 2), 0, width - Math.floor(width / 2), height, (_x, _y, idx) => {
    image.bitmap.data[idx] = 0;
    image.bitmap.data[idx + 2] = 0xff;
  });
  return mime === 'image/png' ? image.getBuffer('image/png') : image.getBuffer('image/jpeg', { quality: 90 });
}

/**
 * An EXIF block as a phone writes it: IFD0 with Orientation and a pointer to a GPS IFD holding a
 * latitude reference (a real phone adds the coordinates; the tag alone proves the GPS block is gone).
 */
function exifSegment(orientation: number): Buffer {
  const tiff = Buffer.alloc(56);
  tiff.write('II', 0, 'latin1');
  tiff.writeUInt16LE(0x2a, 2);
  tiff.writeUInt32LE(8, 4);
  tiff.writeUInt16LE(2, 8);
  // Orientation, SHORT, 1 value.
  tiff.writeUInt16LE(0x0112, 10);
  tiff.writeUInt16LE(3, 12);
  tiff.writeUInt32LE(1, 14);
  tiff.writeUInt16LE(orientation, 18);
  // GPS IFD pointer, LONG, 1 value: offset 38.
  tiff.writeUInt16LE(0x8825, 22);
  tiff.writeUInt16LE(4, 24);
  tiff.writeUInt32LE(1, 26);
  tiff.writeUInt32LE(38, 30);
  tiff.writeUInt32LE(0, 34);
  // GPS IFD: GPSLatitudeRef 'N'.
  tiff.writeUInt16LE(1, 38);
  tiff.writeUInt16LE(0x0001, 40);
  tiff.writeUInt16LE(2, 42);
  tiff.writeUInt32LE(2, 44);
  tiff.write('N\0', 48, 'latin1');
  tiff.writeUInt32LE(0, 52);
  const header = Buffer.from([0xff, 0xe1, 0, 0]);
  header.writeUInt16BE(2 + 6 + tiff.length, 2);
  return Buffer.concat([header, Buffer.from('Exif\0\0', 'latin1'), tiff]);
}

function withExif(jpeg: Buffer, orientation: number): Buffer {
  return Buffer.concat([jpeg.subarray(0, 2), exifSegment(orientation), jpeg.subarray(2)]);
}

/** Every marker segment before the image data: an APP1 "Exif" one must never be stored. */
function segments(jpeg: Buffer): Array<{ marker: number; head: string }> {
  const out: Array<{ marker: number; head: string }> = [];
  let at = 2;
  while (at + 4 <= jpeg.length && jpeg[at] === 0xff) {
    const marker = jpeg[at + 1]!;
    if (marker === 0xda) break;
    const length = jpeg.readUInt16BE(at + 2);
    out.push({ marker, head: jpeg.subarray(at + 4, at + 10).toString('latin1') });
    at += 2 + length;
  }
  return out;
}

const add = (name: string, bytes: Buffer, id = meetingId) =>
  app.call('media.add', { meetingId: id, fileName: name, dataBase64: bytes.toString('base64') });

describe('image sniffing', () => {
  it('knows a picture by its bytes and reads its size from the header', async () => {
    const jpeg = await picture(64, 48, 'image/jpeg');
    const png = await picture(30, 20, 'image/png');
    expect(sniffImage(jpeg)).toBe('jpeg');
    expect(imageSize(jpeg, 'jpeg')).toEqual({ width: 64, height: 48 });
    expect(sniffImage(png)).toBe('png');
    expect(imageSize(png, 'png')).toEqual({ width: 30, height: 20 });
    const heic = Buffer.concat([
      Buffer.from([0, 0, 0, 0x18]),
      Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'),
    ]);
    expect(sniffImage(heic)).toBe('heic');
    expect(sniffImage(Buffer.from('GIF89a......'))).toBe('gif');
    expect(sniffImage(Buffer.from('%PDF-1.7\n'))).toBeNull();
    expect(imageSize(jpeg.subarray(0, 20), 'jpeg')).toBeNull();
  });
});

describe('media.add and media.get', () => {
  it('stores a JPEG upright, without its EXIF (GPS), as a private file under media/<meeting>/', async () => {
    // 400 × 200, stored with orientation 6 ("turn 90° clockwise to view").
    const photo = withExif(await picture(400, 200, 'image/jpeg'), 6);
    expect(segments(photo).some((s) => s.marker === 0xe1 && s.head.startsWith('Exif'))).toBe(true);
    const info = value(await add('IMG_0001.JPG', photo));
    expect(info).toMatchObject({ mime: 'image/jpeg', width: 200, height: 400 });

    const files = readdirSync(join(dataDir, 'media', meetingId));
    expect(files).toContain(`${info.mediaId}.jpg`);
    const path = join(dataDir, 'media', meetingId, `${info.mediaId}.jpg`);
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
    const stored = readFileSync(path);
    expect(stored.length).toBe(info.bytes);
    expect(segments(stored).some((s) => s.marker === 0xe1)).toBe(false);
    expect(stored.includes(Buffer.from('Exif\0\0', 'latin1'))).toBe(false);

    // Turned clockwise: the left (red) half is now on top.
    const upright = await Jimp.fromBuffer(stored);
    const top = upright.getPixelColor(100, 20);
    const bottom = upright.getPixelColor(100, 380);
    expect(top >>> 24).toBeGreaterThan(200); // red
    expect((bottom >>> 8) & 0xff).toBeGreaterThan(200); // blue

    const got = value(await app.call('media.get', { meetingId, mediaId: info.mediaId }));
    expect(got).toMatchObject({ mediaId: info.mediaId, mime: 'image/jpeg', width: 200, height: 400 });
    expect(Buffer.from(got.dataBase64, 'base64').equals(stored)).toBe(true);
  });

  it('shrinks to 1920 px on the long side and keeps a PNG a PNG', async () => {
    const png = await picture(2000, 500, 'image/png');
    const info = value(await add('截图.png', png));
    expect(info).toMatchObject({ mime: 'image/png', width: 1920, height: 480 });
    const stored = readFileSync(join(dataDir, 'media', meetingId, `${info.mediaId}.png`));
    expect(sniffImage(stored)).toBe('png');
    const tall = value(await add('竖拍.jpg', await picture(700, 2100, 'image/jpeg')));
    expect(tall).toMatchObject({ width: 640, height: 1920 });
  });

  it('keeps the event loop turning while a large photo is decoded in the worker', async () => {
    const big = await picture(2400, 1600, 'image/jpeg');
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 5);
    const info = value(await add('大图.jpg', big));
    clearInterval(timer);
    expect(info).toMatchObject({ width: 1920, height: 1280 });
    // Decoding four million pixels in JavaScript takes many timer periods; on the main thread not one
    // tick would have run until it finished.
    expect(ticks).toBeGreaterThan(2);
  });

  it('refuses in Chinese, storing nothing: not an image, HEIC, corrupt, too many pixels, empty', async () => {
    const before = readdirSync(join(dataDir, 'media', meetingId)).length;
    const pdf = refusal(await add('照片.jpg', Buffer.from('%PDF-1.7\n1 0 obj\n')));
    expect(pdf.code).toBe('invalid_input');
    expect(pdf.message).toMatch(/不是图片/);
    const heic = refusal(
      await add(
        'IMG_0002.HEIC',
        Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic\0\0\0\0mif1heic')]),
      ),
    );
    expect(heic.message).toMatch(/HEIC/);
    expect(heic.message).toMatch(/JPG/);
    const jpeg = await picture(64, 48, 'image/jpeg');
    const truncated = refusal(await add('坏图.jpg', jpeg.subarray(0, Math.floor(jpeg.length / 3))));
    expect(truncated.code).toBe('invalid_input');
    expect(truncated.message).toMatch(/损坏/);
    // A header that claims 10,000 × 10,000: refused from the header, before any decoding.
    const huge = Buffer.from(await picture(16, 16, 'image/png'));
    huge.writeUInt32BE(10_000, 16);
    huge.writeUInt32BE(10_000, 20);
    const tooMany = refusal(await add('巨图.png', huge));
    expect(tooMany.code).toBe('too_large');
    expect(tooMany.message).toMatch(/百万像素/);
    const notBase64 = refusal(
      await app.call('media.add', { meetingId, fileName: 'x.jpg', dataBase64: '这不是base64' }),
    );
    expect(notBase64.code).toBe('invalid_input');
    for (const error of [pdf, heic, truncated, tooMany, notBase64]) expect(error.message).toMatch(CHINESE);
    expect(readdirSync(join(dataDir, 'media', meetingId))).toHaveLength(before);
  });

  it('refuses a file over 20 MB before looking at it, and other formats with what to do', async () => {
    const huge = Buffer.alloc(20 * 1024 * 1024 + 1);
    huge.set([0xff, 0xd8, 0xff, 0xe0]);
    const over = refusal(await add('大.jpg', huge));
    expect(over).toMatchObject({
      code: 'too_large',
      message: expect.stringMatching(/20\.1 MB，超过 20 MB 上限/),
    });
    // Far over: the contract's base64 limit refuses it before it is even decoded.
    const farOver = refusal(await add('更大.jpg', Buffer.concat([huge, Buffer.alloc(1024)])));
    expect(farOver.message).toMatch(/20 MB/);
    const gif = refusal(await add('动图.gif', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1')));
    expect(gif.code).toBe('invalid_input');
    expect(gif.message).toMatch(/GIF.*JPG 或 PNG/);
  });

  it('refuses a deleted meeting and an unknown picture', async () => {
    const other = value(
      await app.call('meetings.create', {
        title: '另一场',
        level: 'community',
        startsAt: '2025-04-01T19:00:00+08:00',
      }),
    );
    await app.call('meetings.delete', { id: other.id });
    expect(refusal(await add('a.jpg', await picture(8, 8, 'image/jpeg'), other.id)).code).toBe('not_found');
    const missing = refusal(await app.call('media.get', { meetingId, mediaId: 'pnothere' }));
    expect(missing.code).toBe('not_found');
    expect(missing.message).toMatch(CHINESE);
  });

  it(`refuses the ${MAX_MEDIA_PER_MEETING + 1}st picture of a meeting`, async () => {
    const full = value(
      await app.call('meetings.create', {
        title: '图片很多',
        level: 'community',
        startsAt: '2025-04-02T19:00:00+08:00',
      }),
    ).id;
    for (let i = 0; i < MAX_MEDIA_PER_MEETING; i++) {
      writeMediaFile(app.ctx, full, `p${i}`, 'jpg', new Uint8Array([0xff, 0xd8]));
    }
    const error = refusal(await add('one-more.jpg', await picture(8, 8, 'image/jpeg'), full));
    expect(error.code).toBe('limit_reached');
    expect(error.message).toMatch(/最多/);
    expect(readdirSync(join(dataDir, 'media', full))).toHaveLength(MAX_MEDIA_PER_MEETING);
    await expect(addMedia(app.ctx, { meetingId: full, fileName: 'x.jpg', dataBase64: '' })).rejects.toThrow();
  });
});

describe('the image worker as built', () => {
  it('runs from the esbuild bundle the app ships (dist/workers/image-worker.mjs)', async () => {
    // @ts-expect-error -- plain .mjs build script without type declarations
    const { entries, esbuildOptions } = (await import('../../scripts/build-node.mjs')) as {
      entries: Array<{ in: string; out: string }>;
      esbuildOptions: (entry: { in: string; out: string }) => Record<string, unknown>;
    };
    const entry = entries.find((e) => e.in === 'electron/media/image-worker.ts')!;
    expect(entry.out).toBe('dist/workers/image-worker.mjs');
    const outDir = mkdtempSync(join(tmpdir(), 'image-worker-build-'));
    try {
      const outfile = join(outDir, 'dist', 'workers', 'image-worker.mjs');
      await build({ ...esbuildOptions(entry), outfile, sourcemap: false, logLevel: 'silent' });
      const jpeg = withExif(await picture(300, 100, 'image/jpeg'), 8);
      const outcome = await reencodeInWorker(
        jpeg,
        { format: 'jpeg', maxSide: 1920, quality: 85 },
        { worker: { url: pathToFileURL(outfile), typescript: false } },
      );
      expect(outcome).toMatchObject({ ok: true, width: 100, height: 300 });
      if (outcome.ok) expect(segments(Buffer.from(outcome.bytes)).some((s) => s.marker === 0xe1)).toBe(false);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});

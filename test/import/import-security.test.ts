import { afterEach, describe, expect, it } from 'vitest';
import { importWorkOrders } from '../../electron/excel/import-work-orders';
import { importInWorker } from '../../electron/excel/run-import-worker';
import { protoCsv, protoXlsx } from '../fixtures/make-fixtures';
import { bombXlsx, smallHandWrittenXlsx } from './make-zip-bombs';

/** A snapshot of what prototype pollution would change. */
function prototypeState() {
  return {
    names: Object.getOwnPropertyNames(Object.prototype).sort(),
    proto: Object.getPrototypeOf({}) === Object.prototype,
    polluted: ({} as Record<string, unknown>).polluted,
    constructorOk: {}.constructor === Object,
  };
}

describe('crafted files leave Object.prototype unchanged (SheetJS prototype-pollution CVEs)', () => {
  const before = prototypeState();
  afterEach(() => {
    expect(prototypeState()).toEqual(before);
  });

  it('an xlsx with a __proto__ sheet name and __proto__ / constructor / prototype headers', () => {
    const outcome = importWorkOrders(protoXlsx());
    expect(outcome.ok).toBe(true);
    if (outcome.ok) {
      expect(outcome.result.sheet).toBe('__proto__');
      expect(outcome.result.records).toHaveLength(1);
      expect(outcome.result.mapping.filter((m) => m.field !== null).map((m) => m.header)).toEqual([
        '工单编号',
        '问题分类',
        '诉求内容',
      ]);
    }
  });

  it('a CSV with __proto__ headers', () => {
    const outcome = importWorkOrders(protoCsv());
    expect(outcome.ok).toBe(true);
    if (outcome.ok)
      expect(outcome.result.records[0]).toMatchObject({
        workOrderNo: '2025030512345678',
        content: '楼道杂物',
      });
  });

  it('a mapping preset naming __proto__', () => {
    const outcome = importWorkOrders(protoCsv(), { mapping: [{ header: '__proto__', field: 'category' }] });
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.result.records[0]?.category).toBe('{"polluted":"yes"}');
  });
});

describe('compressed files that unpack far past their size are refused before parsing', () => {
  // Through the worker as the app runs it, with a low heap and a short time-out: code that parses the
  // bomb instead of refusing it fails here quickly, by time-out or out-of-memory, instead of hurting the machine.
  const inWorker = (bytes: Uint8Array) => importInWorker(bytes, { maxHeapMb: 512, timeoutMs: 20_000 });

  it.each([
    ['the 301 MB sheet in a ~1 MB file', 301],
    ['a sheet of 1.2 GB, past the longest string V8 makes (it read as "工作表都是空的")', 1200],
    ['a sheet just past the 150 MB cap', 152],
  ])('%s: too_large_uncompressed, with both sizes and the cap named', async (_name, megabytes) => {
    const bytes = bombXlsx(megabytes);
    expect(bytes.length).toBeLessThan(6 * 1024 * 1024);
    const outcome = await inWorker(bytes);
    expect(outcome).toEqual({
      ok: false,
      refusal: {
        code: 'too_large_uncompressed',
        message: expect.stringMatching(
          /^文件本身 [\d.]+ [KM]B，解压后有 \d+ MB，超过了导入上限（解压后 150 MB），没有导入任何内容。请按时间段拆分/,
        ),
      },
    });
  });

  it('a small part with a bomb-like compression ratio: compression_ratio, naming the part', async () => {
    const outcome = await inWorker(bombXlsx(5));
    expect(outcome).toEqual({
      ok: false,
      refusal: {
        code: 'compression_ratio',
        message: expect.stringMatching(
          /^文件中的「xl\/worksheets\/sheet1\.xml」从 \d+ KB 解压成 [\d.]+ MB，压缩比 \d+ 倍/,
        ),
      },
    });
  });

  it('a part whose directory declares 100 KB but which unpacks to 20 MB: damaged, unpacked no further', async () => {
    const outcome = await inWorker(bombXlsx(20, 100));
    expect(outcome).toEqual({
      ok: false,
      refusal: {
        code: 'damaged',
        message: expect.stringMatching(
          /^文件已损坏或被篡改：其中的「xl\/worksheets\/sheet1\.xml」实际解压后的内容与文件里声明的大小（100 KB）不符/,
        ),
      },
    });
  });

  it('the same hand-made workbook at an ordinary size still imports', async () => {
    const outcome = await inWorker(smallHandWrittenXlsx(2000));
    expect(outcome.ok && outcome.result.records.length).toBe(2000);
  });
});

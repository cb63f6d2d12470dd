import { afterEach, describe, expect, it } from 'vitest';
import { importWorkOrders } from '../../electron/excel/import-work-orders';
import { protoCsv, protoXlsx } from '../fixtures/make-fixtures';

/** A snapshot of what prototype pollution would change. */
function prototypeState() {
  return {
    names: Object.getOwnPropertyNames(Object.prototype).sort(),
    proto: Object.getPrototypeOf({}) === Object.prototype,
    polluted: (({}) as Record<string, unknown>).polluted,
    constructorOk: ({}).constructor === Object,
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
      expect(outcome.result.mapping.filter((m) => m.field !== null).map((m) => m.header)).toEqual(['工单编号', '问题分类', '诉求内容']);
    }
  });

  it('a CSV with __proto__ headers', () => {
    const outcome = importWorkOrders(protoCsv());
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.result.records[0]).toMatchObject({ workOrderNo: '2025030512345678', content: '楼道杂物' });
  });

  it('a mapping preset naming __proto__', () => {
    const outcome = importWorkOrders(protoCsv(), { mapping: [{ header: '__proto__', field: 'category' }] });
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.result.records[0]?.category).toBe('{"polluted":"yes"}');
  });
});

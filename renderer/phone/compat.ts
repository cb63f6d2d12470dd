/**
 * What the target browsers (Chrome 58 in old Android WeChat, Safari 11) lack and the page's code uses.
 * Imported first by main.ts, so it runs before any other module's top level (the category keywords
 * are built with flatMap when their module loads).
 */
type FlatMap = <T, U>(this: T[], map: (value: T, index: number, array: T[]) => U | readonly U[]) => U[];

if (typeof Array.prototype.flatMap !== 'function') {
  const flatMap: FlatMap = function (this, map) {
    const out: never[] = [];
    for (let i = 0; i < this.length; i += 1) {
      const mapped = map(this[i] as never, i, this as never[]) as unknown;
      if (Array.isArray(mapped)) for (const item of mapped) out.push(item as never);
      else out.push(mapped as never);
    }
    return out;
  };
  Object.defineProperty(Array.prototype, 'flatMap', { value: flatMap, configurable: true, writable: true });
}

export {};

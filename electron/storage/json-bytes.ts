/**
 * Compact JSON as UTF-8 bytes, byte for byte what `JSON.stringify` would give, made cheap for big
 * documents. A meeting with thousands of questions is rewritten whole on every save, and stringifying
 * a megabyte of Chinese text and encoding it as UTF-8 costs as much as the fsync itself. Records are immutable (Repository's
 * contract), so the bytes of each record in a long list are encoded once and reused on later saves.
 *
 * A cached record is frozen: a service that mutated it in place would otherwise have its change
 * silently dropped from the file; frozen, the mutation throws and the save fails loudly instead.
 */

/** Lists shorter than this are encoded in one go: caching their items saves nothing worth freezing. */
const CACHED_LIST_LENGTH = 16;
/** Plain objects this deep or shallower are walked to reach the long lists inside them. */
const WALK_DEPTH = 3;

const recordBytes = new WeakMap<object, Buffer>();

const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const NULL = Buffer.from('null');

/**
 * Encodes into one buffer that it keeps and reuses. Each save of a big document would otherwise get
 * fresh megabytes whose first touch (page faults) costs more than the copying itself.
 */
export class JsonEncoder {
  private buffer = Buffer.allocUnsafeSlow(64 * 1024);
  private length = 0;

  /** The bytes of `value`: a view into the reused buffer, valid until the next call. */
  encode(value: unknown): Buffer {
    this.length = 0;
    this.value(value, 0);
    return this.buffer.subarray(0, this.length);
  }

  private value(value: unknown, depth: number): void {
    if (Array.isArray(value) && value.length >= CACHED_LIST_LENGTH) {
      this.list(value);
    } else if (depth < WALK_DEPTH && isPlainObject(value)) {
      this.object(value, depth);
    } else {
      this.bytes(Buffer.from(JSON.stringify(value) ?? 'null'));
    }
  }

  private list(list: readonly unknown[]): void {
    this.byte(OPEN_ARRAY);
    for (let i = 0; i < list.length; i++) {
      if (i > 0) this.byte(COMMA);
      const item = list[i];
      if (typeof item === 'object' && item !== null) {
        this.bytes(cachedRecord(item));
      } else {
        // JSON.stringify writes null for undefined, functions and symbols inside arrays.
        const text = JSON.stringify(item);
        this.bytes(text === undefined ? NULL : Buffer.from(text));
      }
    }
    this.byte(CLOSE_ARRAY);
  }

  private object(object: Record<string, unknown>, depth: number): void {
    this.byte(OPEN_OBJECT);
    let first = true;
    for (const key of Object.keys(object)) {
      const value = object[key];
      // JSON.stringify leaves out properties it cannot represent.
      if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
      if (!first) this.byte(COMMA);
      first = false;
      this.bytes(Buffer.from(JSON.stringify(key)));
      this.byte(COLON);
      this.value(value, depth + 1);
    }
    this.byte(CLOSE_OBJECT);
  }

  private byte(code: number): void {
    this.reserve(1);
    this.buffer[this.length++] = code;
  }

  private bytes(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  private reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.buffer.length) return;
    const grown = Buffer.allocUnsafeSlow(Math.max(needed, this.buffer.length * 2));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }
}

/** The bytes of `value` in a buffer of their own. */
export function encodeJson(value: unknown): Buffer {
  return Buffer.from(new JsonEncoder().encode(value));
}

function cachedRecord(item: object): Buffer {
  let bytes = recordBytes.get(item);
  if (bytes === undefined) {
    bytes = Buffer.from(JSON.stringify(item) ?? 'null');
    deepFreeze(item);
    recordBytes.set(item, bytes);
  }
  return bytes;
}

/** Only plain data objects are walked; anything with its own JSON form goes to JSON.stringify. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  return typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

function deepFreeze(value: object): void {
  Object.freeze(value);
  for (const key of Object.keys(value)) {
    const child: unknown = (value as Record<string, unknown>)[key];
    if (typeof child === 'object' && child !== null) deepFreeze(child);
  }
}

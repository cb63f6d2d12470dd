/**
 * Compact JSON as UTF-8 bytes, byte for byte what `JSON.stringify` would give, made cheap for big
 * documents. A meeting with thousands of questions is rewritten whole on every save, and turning a
 * megabyte of Chinese text into UTF-8 costs more than the fsync. Records are immutable (Repository's
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

const COMMA = Buffer.from(',');
const COLON = Buffer.from(':');
const OPEN_ARRAY = Buffer.from('[');
const CLOSE_ARRAY = Buffer.from(']');
const OPEN_OBJECT = Buffer.from('{');
const CLOSE_OBJECT = Buffer.from('}');
const NULL = Buffer.from('null');

export function encodeJson(value: unknown): Buffer {
  const parts: Buffer[] = [];
  encodeValue(value, 0, parts);
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
}

function encodeValue(value: unknown, depth: number, parts: Buffer[]): void {
  if (Array.isArray(value) && value.length >= CACHED_LIST_LENGTH) {
    encodeList(value, parts);
  } else if (depth < WALK_DEPTH && isPlainObject(value)) {
    encodeObject(value, depth, parts);
  } else {
    parts.push(Buffer.from(JSON.stringify(value) ?? 'null'));
  }
}

function encodeList(list: readonly unknown[], parts: Buffer[]): void {
  parts.push(OPEN_ARRAY);
  for (let i = 0; i < list.length; i++) {
    if (i > 0) parts.push(COMMA);
    const item = list[i];
    if (typeof item === 'object' && item !== null) {
      parts.push(cachedRecord(item));
    } else {
      // JSON.stringify writes null for undefined, functions and symbols inside arrays.
      const text = JSON.stringify(item);
      parts.push(text === undefined ? NULL : Buffer.from(text));
    }
  }
  parts.push(CLOSE_ARRAY);
}

function encodeObject(object: Record<string, unknown>, depth: number, parts: Buffer[]): void {
  parts.push(OPEN_OBJECT);
  let first = true;
  for (const key of Object.keys(object)) {
    const value = object[key];
    // JSON.stringify leaves out properties it cannot represent.
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    if (!first) parts.push(COMMA);
    first = false;
    parts.push(Buffer.from(JSON.stringify(key)), COLON);
    encodeValue(value, depth + 1, parts);
  }
  parts.push(CLOSE_OBJECT);
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

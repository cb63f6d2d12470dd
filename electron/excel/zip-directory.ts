/** One file inside a zip, as its central directory declares it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else SheetJS cannot read either. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Where the entry's local header starts. */
  localOffset: number;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_MARK_32 = 0xffffffff;
const ZIP64_MARK_16 = 0xffff;

/** Why the directory cannot be read; the caller words it for people. */
export class ZipDirectoryError extends Error {
  override name = 'ZipDirectoryError';
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The end-of-central-directory record sits in the last 22 bytes plus at most a 64 KB comment. */
function findEndRecord(bytes: Uint8Array, dv: DataView): number {
  const from = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= from; i--) if (dv.getUint32(i, true) === EOCD) return i;
  throw new ZipDirectoryError('no end of central directory');
}

function readUint64(dv: DataView, at: number): number {
  const value = dv.getBigUint64(at, true);
  // Past 2^53 no real file exists; the caller's caps refuse it.
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}

function zip64Directory(dv: DataView, eocd: number): { count: number; offset: number } | null {
  const locator = eocd - 20;
  if (locator < 0 || dv.getUint32(locator, true) !== EOCD64_LOCATOR) return null;
  const record = readUint64(dv, locator + 8);
  if (record + 56 > dv.byteLength || dv.getUint32(record, true) !== EOCD64)
    throw new ZipDirectoryError('bad zip64 end record');
  return { count: readUint64(dv, record + 32), offset: readUint64(dv, record + 48) };
}

/** The sizes a zip64 entry keeps in its extra field, in the order the format fixes. */
function zip64Sizes(
  dv: DataView,
  start: number,
  end: number,
  entry: { uncompressedSize: number; compressedSize: number; localOffset: number },
): void {
  for (let at = start; at + 4 <= end;) {
    const id = dv.getUint16(at, true);
    const size = dv.getUint16(at + 2, true);
    if (id === 0x0001) {
      let p = at + 4;
      const take = () => {
        if (p + 8 > at + 4 + size) throw new ZipDirectoryError('short zip64 extra field');
        const v = readUint64(dv, p);
        p += 8;
        return v;
      };
      if (entry.uncompressedSize === ZIP64_MARK_32) entry.uncompressedSize = take();
      if (entry.compressedSize === ZIP64_MARK_32) entry.compressedSize = take();
      if (entry.localOffset === ZIP64_MARK_32) entry.localOffset = take();
      return;
    }
    at += 4 + size;
  }
}

/**
 * The entries as the central directory lists them, read without inflating anything. Refuses a
 * directory that points outside the file: whatever it declares must be checkable against the bytes.
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries = 10_000): ZipEntry[] {
  const dv = view(bytes);
  if (bytes.length < 22) throw new ZipDirectoryError('too short');
  const eocd = findEndRecord(bytes, dv);
  let count = dv.getUint16(eocd + 10, true);
  let offset = dv.getUint32(eocd + 16, true);
  if (count === ZIP64_MARK_16 || offset === ZIP64_MARK_32) {
    const z64 = zip64Directory(dv, eocd);
    if (z64) ({ count, offset } = z64);
  }
  if (count > maxEntries) throw new ZipDirectoryError(`too many entries: ${count}`);
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || dv.getUint32(at, true) !== CENTRAL)
      throw new ZipDirectoryError('bad central directory entry');
    const nameLength = dv.getUint16(at + 28, true);
    const extraLength = dv.getUint16(at + 30, true);
    const commentLength = dv.getUint16(at + 32, true);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd + extraLength > bytes.length) throw new ZipDirectoryError('entry runs past the end');
    const entry: ZipEntry = {
      name: new TextDecoder().decode(bytes.subarray(at + 46, nameEnd)),
      method: dv.getUint16(at + 10, true),
      compressedSize: dv.getUint32(at + 20, true),
      uncompressedSize: dv.getUint32(at + 24, true),
      localOffset: dv.getUint32(at + 42, true),
    };
    zip64Sizes(dv, nameEnd, nameEnd + extraLength, entry);
    if (entry.localOffset + 30 > bytes.length || dv.getUint32(entry.localOffset, true) !== LOCAL) {
      throw new ZipDirectoryError('entry points outside the file');
    }
    entries.push(entry);
    at = nameEnd + extraLength + commentLength;
  }
  return entries;
}

/** The entry's compressed bytes, located through its local header (its name and extra field may differ in length). */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const dv = view(bytes);
  const start =
    entry.localOffset +
    30 +
    dv.getUint16(entry.localOffset + 26, true) +
    dv.getUint16(entry.localOffset + 28, true);
  if (start + entry.compressedSize > bytes.length)
    throw new ZipDirectoryError('entry data runs past the end');
  return bytes.subarray(start, start + entry.compressedSize);
}

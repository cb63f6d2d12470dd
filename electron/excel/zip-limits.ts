import { inflateRawSync } from 'node:zlib';
import { formatMegabytes, refuse } from './import-refusal';
import { entryData, readZipDirectory, ZipDirectoryError, type ZipEntry } from './zip-directory';

/**
 * What SheetJS may be asked to unpack. Parsing costs about ten times the sheet XML in memory, so this
 * keeps the parse worker under ~1.5 GB; a 100,000-row export unpacks to about 50 MB.
 */
export const MAX_UNCOMPRESSED_BYTES = 150 * 1024 * 1024;
/**
 * Exports compress 3–20×; repetitive XML built to exhaust memory compresses 300× and more. Parts
 * under a megabyte are too small to matter whatever their ratio.
 */
export const MAX_COMPRESSION_RATIO = 100;
const RATIO_FLOOR_BYTES = 1024 * 1024;

export interface ZipLimits {
  maxUncompressedBytes: number;
  maxRatio: number;
}

const DEFAULT_LIMITS: ZipLimits = {
  maxUncompressedBytes: MAX_UNCOMPRESSED_BYTES,
  maxRatio: MAX_COMPRESSION_RATIO,
};

function directory(bytes: Uint8Array): ZipEntry[] {
  try {
    return readZipDirectory(bytes);
  } catch (error) {
    if (!(error instanceof ZipDirectoryError)) throw error;
    return refuse(
      'damaged',
      '文件已损坏或不完整：Excel 文件的压缩目录无法读取。请用 Excel 打开检查，或重新导出后再导入',
    );
  }
}

function lied(entry: ZipEntry): never {
  return refuse(
    'damaged',
    `文件已损坏或被篡改：其中的「${entry.name}」实际解压后的内容与文件里声明的大小（${formatMegabytes(entry.uncompressedSize)}）不符，没有导入任何内容。请用 Excel 打开检查，或重新导出后再导入`,
  );
}

/**
 * Inflates one part with zlib, never past the size its directory entry declares, and throws the output
 * away: SheetJS inflates without a bound, so a declared size is only worth checking if it is true.
 */
function checkDeclaredSize(bytes: Uint8Array, entry: ZipEntry): void {
  let data: Uint8Array;
  try {
    data = entryData(bytes, entry);
  } catch {
    return lied(entry);
  }
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize) lied(entry);
    return;
  }
  // SheetJS refuses other methods itself, with its own error.
  if (entry.method !== 8) return;
  let length: number;
  try {
    // One byte of room past the declared size tells "as declared" from "more than declared".
    length = inflateRawSync(data, { maxOutputLength: entry.uncompressedSize + 1 }).length;
  } catch {
    return lied(entry);
  }
  if (length !== entry.uncompressedSize) lied(entry);
}

/**
 * Refuses an xlsx before SheetJS unpacks it when the sizes its zip directory declares pass the caps,
 * or when a part unpacks to more than its entry says. Costs one bounded inflate of the file.
 */
export function checkZipLimits(bytes: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS): void {
  const entries = directory(bytes);
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > limits.maxUncompressedBytes) {
    refuse(
      'too_large_uncompressed',
      `文件本身 ${formatMegabytes(bytes.length)}，解压后有 ${formatMegabytes(total)}，超过了导入上限（解压后 ${formatMegabytes(limits.maxUncompressedBytes)}），没有导入任何内容。请按时间段拆分成几个文件后分别导入；如果文件来历不明，它可能是特意构造来拖垮程序的文件`,
    );
  }
  for (const entry of entries) {
    if (entry.uncompressedSize < RATIO_FLOOR_BYTES) continue;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (ratio > limits.maxRatio) {
      refuse(
        'compression_ratio',
        `文件中的「${entry.name}」从 ${formatMegabytes(entry.compressedSize)} 解压成 ${formatMegabytes(entry.uncompressedSize)}，压缩比 ${Math.round(ratio)} 倍，远超正常导出的表格（通常不到 ${limits.maxRatio} 倍），没有导入任何内容。这类文件多是特意构造来拖垮程序的；请回到原系统重新导出后再导入`,
      );
    }
  }
  for (const entry of entries) checkDeclaredSize(bytes, entry);
}

import { open } from 'node:fs/promises';
import { formatMegabytes } from '../excel/import-refusal';
import type { CliIo } from './cli-io';

/** Reads at most `limit` bytes: the size is checked before a byte is read, so a huge file costs nothing. */
async function readBounded(path: string, limit: number): Promise<{ bytes: Uint8Array; size: number }> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > limit) return { bytes: new Uint8Array(0), size };
    const bytes = new Uint8Array(size);
    let read = 0;
    while (read < size) {
      const { bytesRead } = await handle.read(bytes, read, size - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return { bytes: bytes.subarray(0, read), size };
  } finally {
    await handle.close();
  }
}

/** The spreadsheet a command was given, or null after telling the user in Chinese why it cannot be read. */
export async function readSpreadsheetFile(
  file: string,
  limit: number,
  io: CliIo,
): Promise<Uint8Array | null> {
  try {
    const read = await readBounded(file, limit);
    if (read.size > limit) {
      io.stderr(
        `无法导入：文件大小为 ${formatMegabytes(read.size)}，超过了导入上限 ${formatMegabytes(limit)}；请按时间段拆分成几个文件后分别导入\n`,
      );
      return null;
    }
    return read.bytes;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const why =
      code === 'ENOENT'
        ? '找不到这个文件'
        : code === 'EISDIR'
          ? '这是一个文件夹，不是文件'
          : code === 'EACCES'
            ? '没有读取权限'
            : String(error);
    io.stderr(`无法读取「${file}」：${why}\n`);
    return null;
  }
}

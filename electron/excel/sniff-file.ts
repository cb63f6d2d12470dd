import type { SpreadsheetFormat } from '../../shared/domain/import';
import { decodeText } from './decode-text';
import { formatMegabytes, refuse } from './import-refusal';

/** What the bytes turned out to be, decoded where the format is text. */
export type SniffedFile =
  | { format: 'xlsx' | 'xls'; bytes: Uint8Array }
  | { format: Exclude<SpreadsheetFormat, 'xlsx' | 'xls'>; text: string; encoding: string };

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const OTHER_BINARIES: ReadonlyArray<readonly [readonly number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'PDF 文档'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG 图片'],
  [[0xff, 0xd8, 0xff], 'JPEG 图片'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF 图片'],
  [[0x52, 0x61, 0x72, 0x21], 'RAR 压缩包'],
  [[0x37, 0x7a, 0xbc, 0xaf], '7z 压缩包'],
  [[0x1f, 0x8b], 'gzip 压缩包'],
];

/** A zip ends with its central directory; a download cut short loses it first. */
function hasZipEnd(bytes: Uint8Array): boolean {
  const from = Math.max(0, bytes.length - 65_557);
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06)
      return true;
  }
  return false;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

function htmlTitle(text: string): string {
  const m = /<title[^>]{0,200}>([^<]{0,200})</i.exec(text.slice(0, 20_000));
  return m?.[1]?.trim() ?? '';
}

function firstWords(text: string): string {
  const line = text.trim().split(/\r?\n/, 1)[0] ?? '';
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}

/** Decides how to read the bytes, or refuses with the reason a person can act on. */
export function sniffFile(bytes: Uint8Array, maxBytes: number): SniffedFile {
  if (bytes.length === 0) refuse('empty_file', '文件是空的（0 字节），没有可导入的数据');
  if (bytes.length > maxBytes) {
    refuse(
      'too_large',
      `文件大小为 ${formatMegabytes(bytes.length)}，超过了导入上限 ${formatMegabytes(maxBytes)}；请按时间段拆分成几个文件后分别导入`,
    );
  }
  if (startsWith(bytes, ZIP)) {
    if (!hasZipEnd(bytes)) {
      refuse(
        'damaged',
        '文件已损坏或不完整（可能没有下载完）：Excel 文件的压缩结构缺少结尾部分。请重新导出或重新下载后再导入',
      );
    }
    return { format: 'xlsx', bytes };
  }
  if (startsWith(bytes, ZIP_EMPTY)) refuse('damaged', '文件已损坏：这是一个空的压缩包，里面没有工作表');
  if (startsWith(bytes, CFB)) {
    if (bytes.length < 1536)
      refuse('damaged', '文件已损坏或不完整：xls 文件的长度不足，可能没有下载完。请重新导出后再导入');
    return { format: 'xls', bytes };
  }
  for (const [magic, what] of OTHER_BINARIES) {
    if (startsWith(bytes, magic))
      refuse('not_spreadsheet', `这是${what}，不是表格文件。请选择 xlsx、xls 或 csv 文件`);
  }
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && looksBinary(bytes))
    refuse('not_spreadsheet', '文件不是可识别的表格格式。请选择 xlsx、xls 或 csv 文件');

  const { text, encoding } = decodeText(bytes);
  const head = text.slice(0, 4096).trimStart();
  if (/^<\?xml/i.test(head) || /^<Workbook/i.test(head)) {
    if (/urn:schemas-microsoft-com:office:spreadsheet/i.test(head)) return { format: 'xml', text, encoding };
    refuse(
      'not_spreadsheet',
      '这是一个 XML 文件，不是表格。请在原系统导出为 Excel（xlsx/xls）或 csv 后再导入',
    );
  }
  if (/^<(!doctype\s+html|html|head|body|meta|table|div|script)\b/i.test(head)) {
    // Some systems export "xls" files that are really an HTML table; those are real data.
    if (/<table\b/i.test(text)) return { format: 'html', text, encoding };
    const title = htmlTitle(text);
    refuse(
      'html_page',
      `这是一个网页（HTML）文件，不是表格${title ? `（网页标题：「${title}」）` : ''}；常见于导出或下载失败时保存下来的错误页面。请回到原系统重新导出`,
    );
  }
  const lines = text
    .slice(0, 65_536)
    .split(/\r?\n/, 20)
    .filter((l) => l.trim() !== '');
  if (lines.length === 0) refuse('empty_sheet', '没有可导入的数据：文件里只有空白');
  if (!lines.some((l) => /[,\t;]/.test(l))) {
    refuse(
      'not_spreadsheet',
      `文件内容是一段文字，不是表格：「${firstWords(text)}」。请选择 xlsx、xls 或 csv 文件`,
    );
  }
  return { format: 'csv', text, encoding };
}

// Hostile xlsx files, built in memory and small on disk: a sheet of one repeated row, deflated once and
// repeated, unpacks to hundreds of megabytes without the test ever holding that much.
import * as XLSX from '@e965/xlsx';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { entryData, readZipDirectory } from '../../electron/excel/zip-directory';

interface Part {
  name: string;
  method: 0 | 8;
  data: Uint8Array;
  /** What the directory (and local header) declares; a lying file declares less than the data holds. */
  declaredSize: number;
  crc: number;
}

const SHEET_PATH = 'xl/worksheets/sheet1.xml';
const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
  '<row><c t="inlineStr"><is><t>问题分类</t></is></c><c t="inlineStr"><is><t>诉求内容</t></is></c><c t="inlineStr"><is><t>所属社区</t></is></c></row>';
const SHEET_TAIL = '</sheetData></worksheet>';
const ROW =
  '<row><c t="inlineStr"><is><t>物业管理</t></is></c><c t="inlineStr"><is><t>楼道堆放杂物</t></is></c><c t="inlineStr"><is><t>芳群园第一社区</t></is></c></row>';

/** Raw deflate that can be followed by more: ends on a byte boundary without the final-block bit. */
const open = (text: string) =>
  deflateRawSync(Buffer.from(text, 'utf8'), { finishFlush: constants.Z_SYNC_FLUSH, level: 9 });
/** An empty final block (fixed Huffman, end-of-block only). */
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);

/** A sheet whose XML is about `megabytes` MB of identical work-order rows, deflated. */
export function bombSheet(megabytes: number): { data: Buffer; size: number } {
  const rowsPerChunk = 4096;
  const chunk = Buffer.from(ROW.repeat(rowsPerChunk), 'utf8');
  const times = Math.max(1, Math.round((megabytes * 1024 * 1024) / chunk.length));
  const head = open(SHEET_HEAD);
  const body = open(chunk.toString('utf8'));
  const tail = open(SHEET_TAIL);
  const data = Buffer.concat([head, ...Array.from({ length: times }, () => body), tail, FINAL_BLOCK]);
  const size = Buffer.byteLength(SHEET_HEAD) + times * chunk.length + Buffer.byteLength(SHEET_TAIL);
  return { data, size };
}

/** The parts of a one-sheet workbook SheetJS wrote, the sheet itself left out. */
function workbookParts(): Part[] {
  const sheet = XLSX.utils.aoa_to_sheet([['问题分类', '诉求内容', '所属社区']]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '工单');
  const bytes = new Uint8Array(
    XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer,
  );
  return readZipDirectory(bytes)
    .filter((e) => e.name !== SHEET_PATH)
    .map((e) => ({
      name: e.name,
      method: e.method === 8 ? 8 : 0,
      data: entryData(bytes, e),
      declaredSize: e.uncompressedSize,
      crc: 0,
    }));
}

/** A zip of these parts. Nothing in the importer checks CRCs, so a bomb's part carries 0. */
function writeZip(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(part.method, 8);
    local.writeUInt32LE(part.crc, 14);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(part.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(part.method, 10);
    central.writeUInt32LE(part.crc, 16);
    central.writeUInt32LE(part.data.length, 20);
    central.writeUInt32LE(part.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(part.data));
    centrals.push(central, name);
    offset += local.length + name.length + part.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A workbook whose only sheet is `megabytes` MB of XML; `declaredKb` makes its directory lie about that. */
export function bombXlsx(megabytes: number, declaredKb?: number): Buffer {
  const { data, size } = bombSheet(megabytes);
  const declaredSize = declaredKb === undefined ? size : declaredKb * 1024;
  return writeZip([...workbookParts(), { name: SHEET_PATH, method: 8, data, declaredSize, crc: 0 }]);
}

/** A workbook that names a sheet whose part is not in the file. */
export function missingSheetXlsx(): Buffer {
  return writeZip(workbookParts());
}

/** A normal small workbook of `rows` rows, written by hand like the bombs (a control for them). */
export function smallHandWrittenXlsx(rows: number): Buffer {
  const xml = Buffer.from(SHEET_HEAD + ROW.repeat(rows) + SHEET_TAIL, 'utf8');
  return writeZip([
    ...workbookParts(),
    { name: SHEET_PATH, method: 8, data: deflateRawSync(xml), declaredSize: xml.length, crc: crc32(xml) },
  ]);
}

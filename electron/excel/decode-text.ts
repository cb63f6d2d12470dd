import iconv from 'iconv-lite';
import { refuse } from './import-refusal';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

/**
 * CSV from Chinese systems comes as UTF-8 (with or without BOM), Excel's "Unicode text" (UTF-16) or
 * GBK/GB18030. A BOM decides; otherwise strict UTF-8 either succeeds or the bytes are GB18030, a
 * superset of GBK and GB2312.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
    if (replacementShare(text) > 0.01) {
      refuse(
        'not_spreadsheet',
        '无法识别文件的文字编码：它既不是 UTF-8，也不是 GBK/GB18030。请在原系统导出为 Excel 文件，或另存为 UTF-8 编码的 CSV 后再导入',
      );
    }
    return { text, encoding: 'gb18030' };
  }
}

function replacementShare(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) bad += 1;
  return bad / text.length;
}

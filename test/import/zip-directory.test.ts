import { describe, expect, it } from 'vitest';
import { ImportRefused } from '../../electron/excel/import-refusal';
import { readZipDirectory } from '../../electron/excel/zip-directory';
import { checkZipLimits } from '../../electron/excel/zip-limits';

/** One stored entry whose 32-bit sizes say "see the zip64 extra field", which declares `declared`. */
function zip64Stored(data: Buffer, declared: bigint): Buffer {
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(45, 4);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  const extra = Buffer.alloc(20);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(16, 2);
  extra.writeBigUInt64LE(declared, 4);
  extra.writeBigUInt64LE(BigInt(data.length), 12);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(45, 4);
  central.writeUInt16LE(45, 6);
  central.writeUInt32LE(0xffffffff, 20);
  central.writeUInt32LE(0xffffffff, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt16LE(extra.length, 30);
  const directory = Buffer.concat([central, name, extra]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(local.length + name.length + data.length, 16);
  return Buffer.concat([local, name, data, directory, end]);
}

function refusalOf(run: () => void) {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportRefused) return error.refusal;
    throw error;
  }
  throw new Error('not refused');
}

describe('the zip directory, read before anything is unpacked', () => {
  it('takes sizes from the zip64 extra field when the 32-bit fields defer to it', () => {
    const data = Buffer.from('<worksheet/>');
    expect(readZipDirectory(zip64Stored(data, BigInt(data.length)))).toEqual([
      {
        name: 'xl/worksheets/sheet1.xml',
        method: 0,
        compressedSize: data.length,
        uncompressedSize: data.length,
        localOffset: 0,
      },
    ]);
  });

  it('refuses a part declared at 5 GB by its size, and a stored part whose sizes disagree as tampered', () => {
    const five = refusalOf(() => checkZipLimits(zip64Stored(Buffer.from('x'), 5n * 1024n ** 3n)));
    expect(five).toMatchObject({
      code: 'too_large_uncompressed',
      message: expect.stringMatching(/解压后有 5120 MB/),
    });
    const lying = refusalOf(() => checkZipLimits(zip64Stored(Buffer.from('x'), 1000n)));
    expect(lying).toMatchObject({ code: 'damaged', message: expect.stringMatching(/被篡改/) });
  });

  it('refuses a directory that points outside the file as damaged, not as a crash', () => {
    const bytes = zip64Stored(Buffer.from('x'), 1n);
    bytes.writeUInt32LE(bytes.length + 10, bytes.length - 6);
    expect(refusalOf(() => checkZipLimits(bytes))).toMatchObject({
      code: 'damaged',
      message: expect.stringMatching(/压缩目录无法读取/),
    });
  });
});

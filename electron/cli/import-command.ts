import { basename } from 'node:path';
import { DEFAULT_IMPORT_MAX_BYTES } from '../../shared/domain/import';
import { formatRate } from '../../shared/logic/fraction';
import { tryCall } from './call';
import { EXIT, parseCommandArgs, type CliIo } from './cli-io';
import { connectDataFolder } from './open-services';
import { readSpreadsheetFile } from './read-spreadsheet-file';

const USAGE = '用法：npm run cli -- import 文件 --data 数据目录 --meeting 会议编号 [--sheet 工作表名]';

/**
 * `import FILE --data DIR --meeting ID [--sheet NAME]`: the same preview and confirm the desktop app
 * runs, through the dispatcher, so a refused file changes nothing here either.
 */
export async function runImport(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(
    {
      args: argv,
      options: { data: { type: 'string' }, meeting: { type: 'string' }, sheet: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    },
    USAGE,
    io,
  );
  if (!parsed) return EXIT.refused;
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || !values.meeting) {
    const what =
      positionals.length === 0
        ? '缺少要导入的文件'
        : positionals.length > 1
          ? '一次只能导入一个文件'
          : '缺少 --meeting 会议编号（可用 meetings 命令查看）';
    io.stderr(`${what}。\n${USAGE}\n`);
    return EXIT.refused;
  }
  const file = positionals[0]!;
  const bytes = await readSpreadsheetFile(file, DEFAULT_IMPORT_MAX_BYTES, io);
  if (!bytes) return EXIT.refused;

  const app = await connectDataFolder(values.data, io);
  try {
    const meetingId = values.meeting;
    const preview = await tryCall(app, 'imports.preview', {
      meetingId,
      jobId: 'cli-import',
      fileName: basename(file).slice(0, 255),
      dataBase64: Buffer.from(bytes).toString('base64'),
      ...(values.sheet !== undefined ? { options: { sheet: values.sheet } } : {}),
    });
    if (!preview.ok) {
      io.stderr(`无法导入「${file}」：${preview.error.message}\n`);
      return preview.error.code === 'internal' ? EXIT.failed : EXIT.refused;
    }
    const { previewId, preview: p } = preview.value;
    const confirmed = await tryCall(app, 'imports.confirm', { meetingId, previewId });
    if (!confirmed.ok) {
      io.stderr(`未能导入「${file}」：${confirmed.error.message}\n`);
      return confirmed.error.code === 'internal' || confirmed.error.code === 'storage_failed'
        ? EXIT.failed
        : EXIT.refused;
    }
    const record = confirmed.value;
    const analysis = await tryCall(app, 'opinions.analysis', { meetingId });
    const rate = analysis.ok ? analysis.value.summary : null;
    io.stdout(
      `已导入「${file}」（工作表「${p.sheet}」，表头在第 ${p.headerRow} 行）：新增 ${record.count} 条诉求；` +
        `跳过 ${record.skipped} 行，文件内重复 ${record.duplicates} 条，此前已导入 ${record.alreadyImported} 条。\n` +
        (rate ? `会议现有诉求 ${rate.total} 条，解决率 ${formatRate(rate.resolutionRate)}。\n` : '') +
        `导入批次：${record.id}（可在“准备”页整批撤销）\n`,
    );
    return EXIT.ok;
  } finally {
    await app.close();
  }
}

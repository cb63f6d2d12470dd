import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Exit codes: 0 done, 1 the command failed, 2 the input was refused (bad file, bad arguments). */
export const EXIT = { ok: 0, failed: 1, refused: 2 } as const;

/** Parses a command's arguments; on a mistake, says what is wrong and how to call it, and returns null. */
export function parseCommandArgs<T extends ParseArgsConfig>(
  config: T,
  usage: string,
  io: CliIo,
): ReturnType<typeof parseArgs<T>> | null {
  try {
    return parseArgs(config);
  } catch (error) {
    io.stderr(`参数有误：${error instanceof Error ? error.message : String(error)}\n${usage}\n`);
    return null;
  }
}

/** `COMMAND FILE [--sheet NAME] [--json]`: the one file and the two flags, or null after saying what is wrong. */
export function parseSheetFileArgs(
  argv: string[],
  usage: string,
  io: CliIo,
  missing: string,
): { file: string; sheet: string | undefined; json: boolean } | null {
  const parsed = parseCommandArgs(
    {
      args: argv,
      options: { sheet: { type: 'string' }, json: { type: 'boolean', default: false } },
      allowPositionals: true,
      strict: true,
    },
    usage,
    io,
  );
  if (!parsed) return null;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    io.stderr(`${positionals.length === 0 ? missing : '一次只能汇总一个文件'}。\n${usage}\n`);
    return null;
  }
  return { file: positionals[0]!, sheet: values.sheet, json: values.json };
}

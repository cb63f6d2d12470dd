import { parseArgs } from 'node:util';

export interface ServeArgs {
  dataDir: string | null;
  port: number;
  rendererDir: string | null;
}

export const SERVE_USAGE = '用法：npm run serve -- [--data 数据目录] [--port 端口，0 为自动选择]';

/** Parses `--data DIR --port N`; throws an Error with a Chinese message the entry prints as is. */
export function parseServeArgs(argv: readonly string[]): ServeArgs {
  let values: { data?: string; port?: string; renderer?: string };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        data: { type: 'string' },
        port: { type: 'string' },
        // For tests and packaging: where the built renderer is, when not next to this file.
        renderer: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new Error(
      `无法识别的参数（${error instanceof Error ? error.message : String(error)}）。${SERVE_USAGE}`,
    );
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!/^\d{1,5}$/.test(values.port ?? '0') || !Number.isInteger(port) || port > 65535) {
    throw new Error(`端口必须是 0 到 65535 之间的整数，收到“${values.port}”。${SERVE_USAGE}`);
  }
  if (values.data !== undefined && values.data.trim() === '')
    throw new Error(`--data 需要一个目录。${SERVE_USAGE}`);
  return { dataDir: values.data ?? null, port, rendererDir: values.renderer ?? null };
}

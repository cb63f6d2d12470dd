// Bundles the Node-side entries (Electron main and preload, host mode, CLI, workers) with esbuild.
// The renderer is built by Vite (vite.config.ts).
import { build } from 'esbuild';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Entry paths are relative to the project, not to wherever the command was started. */
const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** One place that lists every Node-side entry point; each one must exist, or the build fails. */
export const entries = [
  // Electron main is ESM; the preload must be CommonJS because sandboxed preloads cannot load ESM.
  { in: 'electron/main.ts', out: 'dist/electron/main.mjs', format: 'esm' },
  { in: 'electron/preload.ts', out: 'dist/electron/preload.cjs', format: 'cjs' },
  // Host mode bundles its dependencies too: loading zod, conf and ajv as hundreds of separate files
  // cost about a third of its start-up time (test/bench/host-start.bench.ts).
  { in: 'electron/host/serve.ts', out: 'dist/host/serve.mjs', format: 'esm', bundleDependencies: true },
  { in: 'electron/cli.ts', out: 'dist/cli.mjs', format: 'esm' },
  // Spreadsheet parsing runs here, off the main event loop (electron/excel/run-import-worker.ts finds it).
  // Self-contained, because the packaged app runs it from outside the asar archive (asarUnpack).
  {
    in: 'electron/excel/parse-worker.ts',
    out: 'dist/workers/parse-worker.mjs',
    format: 'esm',
    bundleDependencies: true,
  },
  // Case photos are decoded and re-encoded here, so a 12-megapixel photo never blocks the projector
  // (electron/media/run-image-worker.ts finds it); self-contained for the same reason as the parser.
  {
    in: 'electron/media/image-worker.ts',
    out: 'dist/workers/image-worker.mjs',
    format: 'esm',
    bundleDependencies: true,
  },
  // The question box's gateway: a child process of the folder's owner serving phones on the hall's
  // network (electron/gateway/gateway-child.ts finds it). Self-contained, and unpacked from the asar,
  // because it runs as its own process from its own file.
  {
    in: 'electron/gateway/gateway-main.ts',
    out: 'dist/gateway/gateway.mjs',
    format: 'esm',
    bundleDependencies: true,
  },
];

/** esbuild options for one entry; scripts/dev.mjs watches with the same ones. */
export function esbuildOptions(entry) {
  return {
    absWorkingDir: projectRoot,
    entryPoints: [entry.in],
    outfile: entry.out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: entry.format,
    // Dependencies stay in node_modules (electron-builder packs them); only our code is bundled.
    ...(entry.bundleDependencies ? {} : { packages: 'external' }),
    external: ['electron'],
    // Bundled CommonJS dependencies call require(), which ESM output lacks.
    ...(entry.bundleDependencies && entry.format === 'esm'
      ? {
          banner: {
            js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
          },
        }
      : {}),
    sourcemap: 'linked',
    logLevel: 'warning',
    // import.meta.url is undefined in CommonJS output; the preload never needs it.
    define: entry.format === 'cjs' ? { 'import.meta.url': 'undefined' } : {},
  };
}

export async function buildNode({ only } = {}) {
  const unknown = (only ?? []).filter((name) => !entries.some((entry) => entry.in === name));
  if (unknown.length > 0) throw new Error(`不是 Node 端入口：${unknown.join('、')}`);
  const chosen = entries.filter((entry) => !only || only.includes(entry.in));
  // Checked before building any, so a missing entry never leaves a half-built dist/ behind it.
  const missing = chosen.filter((entry) => !existsSync(join(projectRoot, entry.in)));
  if (missing.length > 0)
    throw new Error(`找不到 Node 端入口文件：${missing.map((entry) => entry.in).join('、')}`);
  for (const entry of chosen) await build(esbuildOptions(entry));
}

/**
 * Whether this file is the script node was started with. Compared as file URLs built by Node itself:
 * a hand-made `file://` + path differs from import.meta.url as soon as the path holds a space, a
 * non-ASCII letter or a Windows drive, and then nothing at all would be built.
 */
export function isEntryScript(moduleUrl, argvPath) {
  if (!argvPath) return false;
  let real;
  try {
    real = realpathSync(resolve(argvPath));
  } catch {
    return false;
  }
  return pathToFileURL(real).href === moduleUrl;
}

if (isEntryScript(import.meta.url, process.argv[1])) {
  try {
    await buildNode();
  } catch (error) {
    console.error(`构建失败：${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

// Bundles the Node-side entries (Electron main and preload, host mode, CLI, workers) with esbuild.
// The renderer is built by Vite (vite.config.ts).
import { build } from 'esbuild';

/** One place that lists every Node-side entry point. */
export const entries = [
  // Electron main is ESM; the preload must be CommonJS because sandboxed preloads cannot load ESM.
  { in: 'electron/main.ts', out: 'dist/electron/main.mjs', format: 'esm', optional: true },
  { in: 'electron/preload.ts', out: 'dist/electron/preload.cjs', format: 'cjs', optional: true },
  // Host mode bundles its dependencies too: loading zod, conf and ajv as hundreds of separate files
  // cost about a third of its start-up time (test/bench/host-start.bench.ts).
  { in: 'electron/host/serve.ts', out: 'dist/host/serve.mjs', format: 'esm', optional: true, bundleDependencies: true },
  { in: 'electron/cli.ts', out: 'dist/cli.mjs', format: 'esm', optional: true },
  // Spreadsheet parsing runs here, off the main event loop (electron/excel/run-import-worker.ts finds it).
  // Self-contained, because the packaged app runs it from outside the asar archive (asarUnpack).
  { in: 'electron/excel/parse-worker.ts', out: 'dist/workers/parse-worker.mjs', format: 'esm', optional: true, bundleDependencies: true },
];

/** esbuild options for one entry; scripts/dev.mjs watches with the same ones. */
export function esbuildOptions(entry) {
  return {
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
      ? { banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" } }
      : {}),
    sourcemap: 'linked',
    logLevel: 'warning',
    // import.meta.url is undefined in CommonJS output; the preload never needs it.
    define: entry.format === 'cjs' ? { 'import.meta.url': 'undefined' } : {},
  };
}

export async function buildNode({ only } = {}) {
  const { existsSync } = await import('node:fs');
  for (const entry of entries) {
    if (only && !only.includes(entry.in)) continue;
    if (!existsSync(entry.in)) {
      if (entry.optional) continue;
      throw new Error(`missing entry ${entry.in}`);
    }
    await build(esbuildOptions(entry));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildNode();
}

// Electron entry, bundled to dist/electron/main.mjs. Everything happens inside runDesktopApp.
import { app } from 'electron';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runDesktopApp } from './desktop-app';

runDesktopApp({
  argv: process.argv,
  env: process.env,
  mainDir: dirname(fileURLToPath(import.meta.url)),
}).catch((error: unknown) => {
  console.error('[shell] 启动失败', error);
  app.exit(1);
});

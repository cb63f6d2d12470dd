// `npm test`: every test. Unit, storage, contract and CLI tests with Vitest, then the end-to-end tests
// with Playwright against host mode in Chromium. Ends with one plain line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, INSTALL_HINT } from './find-chromium.mjs';
import { ensureDependencies, npmCommand } from './install-deps.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Not test-results/: Playwright empties that folder when it starts.
const reports = join(root, 'artifacts', 'test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

// A fresh clone has nothing installed yet: install as `npm start` does, rather than fail on `vite: not found`.
if (!(await ensureDependencies(root))) process.exit(1);

const chromium = await findChromium();
if (!chromium) {
  console.error(`未找到 Chromium，浏览器测试无法运行。请先安装：${INSTALL_HINT}`);
  process.exit(1);
}

const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const env = {
  ...process.env,
  CHROMIUM_PATH: chromium,
  PLAYWRIGHT_JSON_OUTPUT_NAME: join(reports, 'playwright.json'),
};
const step = (label, command, args) => {
  console.log(`\n== ${label} ==`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env,
    shell: process.platform === 'win32',
  });
  return result.status === 0;
};

const unitOk = step('unit, storage, contract, CLI (vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${join(reports, 'vitest.json')}`,
]);
const buildOk = step('build', npmCommand(), ['run', 'build', '--silent']);
const e2eOk =
  buildOk &&
  step('end to end (playwright, host mode in Chromium)', bin('playwright'), ['test', '--reporter=list,json']);

function counts(file, pick) {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  try {
    return pick(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return { passed: 0, failed: 1, skipped: 0 };
  }
}
const vitest = counts(join(reports, 'vitest.json'), (r) => ({
  passed: r.numPassedTests ?? 0,
  failed: r.numFailedTests ?? 0,
  skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
}));
const e2e = counts(join(reports, 'playwright.json'), (r) => ({
  passed: r.stats?.expected ?? 0,
  failed: (r.stats?.unexpected ?? 0) + (r.stats?.flaky ?? 0),
  skipped: r.stats?.skipped ?? 0,
}));

const ok = unitOk && buildOk && e2eOk;
const passed = vitest.passed + e2e.passed;
// A step that failed without a report (a crash, a failed build) still counts as a failure.
const failed = vitest.failed + e2e.failed + (ok || vitest.failed + e2e.failed > 0 ? 0 : 1);
console.log(`\n${passed} passed, ${failed} failed, ${vitest.skipped + e2e.skipped} skipped`);
process.exit(ok && passed > 0 ? 0 : 1);

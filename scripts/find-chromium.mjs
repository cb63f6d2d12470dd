// Finds a Chromium for the browser tests: $CHROMIUM_PATH, the system package, or Playwright's own.
import { existsSync } from 'node:fs';

export const INSTALL_HINT = 'apt-get install -y chromium fonts-noto-cjk';

export async function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  try {
    const { chromium } = await import('playwright-core');
    candidates.push(chromium.executablePath());
  } catch {
    // playwright-core not installed yet: only the system paths count.
  }
  return candidates.find((path) => path && existsSync(path)) ?? null;
}

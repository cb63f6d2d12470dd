// Presenting in host mode with two Chromium pages, the console and the projector, as the e2e tests
// start them. `projector.follow`: a key press in the console to the projector showing the new card,
// one press at a time (the console records the epoch clock at keydown, the projector when its shown
// card id changes; both pages run on this machine, so the clocks agree). `report.open40`: opening a
// 40-card report in the console until its cards are drawn, against a 1-card report in the same run.
import { chromium, type Browser, type Page } from 'playwright-core';
import type { CardInput } from '../../shared/domain';
import { chromiumArgs, chromiumPath } from '../e2e/support/chromium';
import { ensureBuilt, startHostMode, type HostMode } from '../e2e/support/host-mode';
import {
  openConsole,
  PRESENTER_CARDS,
  projectorUrl,
  seedReport,
  VISIBLE_IDS,
} from '../e2e/support/presenter';
import { percentile, round } from './percentiles';
import type { BenchLine } from './run';

const PRESSES = 100;
const OPEN_RUNS = 3;
const GOAL_FOLLOW_P95_MS = 100;
const GOAL_OPEN_MS = 1_000;

declare global {
  interface Window {
    /** Set by the bench in the projector page: each shown card id with the epoch time it appeared. */
    benchShown?: Array<{ id: string | null; at: number }>;
    /** Set by the bench in the console page: the epoch time of each keydown. */
    benchPressed?: number[];
  }
}

/**
 * tsx names the functions it compiles through a `__name` helper that exists only in Node; functions
 * handed to the page need it there too.
 */
async function newPage(browser: Browser, viewport: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.addInitScript('window.__name = (f) => f;');
  return page;
}

/**
 * Watches what the follower page shows: the projector's card (`data-current-card-id` while its
 * `data-screen` is "card") or, where there is no projector page, the console's own live preview.
 */
function watchShown(follower: 'projector' | 'consolePreview'): void {
  const shown: Array<{ id: string | null; at: number }> = [];
  window.benchShown = shown;
  const read = (): string | null => {
    if (follower === 'consolePreview')
      return document.querySelector('[data-testid="projector-preview"]')?.getAttribute('data-shown') ?? null;
    const projector = document.querySelector('[data-testid="projector"]');
    const screen = projector?.getAttribute('data-screen') ?? null;
    return screen === 'card' ? (projector?.getAttribute('data-current-card-id') ?? null) : screen;
  };
  let last: string | null | undefined;
  const check = () => {
    const id = read();
    if (id === last) return;
    last = id;
    shown.push({ id, at: performance.timeOrigin + performance.now() });
  };
  check();
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-screen', 'data-current-card-id', 'data-shown'],
  });
}

function recordPresses(): void {
  const pressed: number[] = [];
  window.benchPressed = pressed;
  window.addEventListener('keydown', () => pressed.push(performance.timeOrigin + performance.now()), {
    capture: true,
  });
}

/** Left to right and back: every press changes the card. */
function pressPlan(count: number): Array<{ key: 'ArrowRight' | 'ArrowLeft'; expected: string }> {
  const plan: Array<{ key: 'ArrowRight' | 'ArrowLeft'; expected: string }> = [];
  let index = 0;
  let step = 1;
  for (let i = 0; i < count; i += 1) {
    if (index + step < 0 || index + step >= VISIBLE_IDS.length) step = -step;
    index += step;
    plan.push({ key: step > 0 ? 'ArrowRight' : 'ArrowLeft', expected: VISIBLE_IDS[index]! });
  }
  return plan;
}

async function follower(browser: Browser, host: HostMode, meetingId: string) {
  const page = await newPage(browser, { width: 1920, height: 1080 });
  await page.goto(projectorUrl(host, meetingId));
  const hasProjector = await page
    .waitForSelector('[data-testid="projector"][data-screen="card"]', { timeout: 15_000 })
    .then(() => true)
    .catch(() => false);
  if (hasProjector) {
    await page.evaluate(watchShown, 'projector' as const);
    return { page, kind: 'projector' as const };
  }
  // No projector page in this build: a second console's preview follows the same pushed state.
  await page.close();
  const second = await newPage(browser, { width: 1366, height: 768 });
  await second.goto(host.url);
  await openConsole(second, meetingId);
  await second.evaluate(watchShown, 'consolePreview' as const);
  return { page: second, kind: 'consolePreview' as const };
}

async function follow(browser: Browser, report: (line: BenchLine) => void): Promise<void> {
  const host = await startHostMode();
  try {
    const meetingId = await seedReport(host);
    const consolePage = await newPage(browser, { width: 1366, height: 768 });
    await consolePage.goto(host.url);
    await openConsole(consolePage, meetingId);
    await consolePage
      .getByTestId('projector-preview')
      .and(consolePage.locator(`[data-shown="${VISIBLE_IDS[0]}"]`))
      .waitFor();
    const watched = await follower(browser, host, meetingId);
    await consolePage.evaluate(recordPresses);

    const delays: number[] = [];
    for (const [i, { key, expected }] of pressPlan(PRESSES).entries()) {
      const seen = await watched.page.evaluate(() => window.benchShown?.length ?? 0);
      await consolePage.keyboard.press(key);
      const handle = await watched.page.waitForFunction(
        ({ from, id }) => window.benchShown?.slice(from).find((s) => s.id === id)?.at ?? null,
        { from: seen, id: expected },
        { timeout: 10_000, polling: 10 },
      );
      const shownAt = (await handle.jsonValue()) as number;
      const pressedAt = await consolePage.evaluate((n) => window.benchPressed?.[n] ?? Number.NaN, i);
      delays.push(shownAt - pressedAt);
    }
    report({
      bench: 'projector.follow',
      p50_ms: round(percentile(delays, 50), 1),
      p95_ms: round(percentile(delays, 95), 1),
      max_ms: round(Math.max(...delays), 1),
      changes: delays.length,
      goal_p95_ms: GOAL_FOLLOW_P95_MS,
      follower: watched.kind,
    });
  } finally {
    await host.stop();
  }
}

/** Forty cards of every kind that draws from typed data, charts included, with dividers between parts. */
function fortyCards(): CardInput[] {
  return Array.from({ length: 40 }, (_, i): CardInput => {
    const id = `c40-${String(i).padStart(2, '0')}`;
    switch (i % 5) {
      case 0:
        return { id, kind: 'agenda', title: `第 ${i / 5 + 1} 部分`, plannedMinutes: 8 };
      case 1:
        return {
          id,
          kind: 'figure',
          title: `指标 ${i}`,
          label: '解决率',
          figure: {
            source: 'manual',
            value: 90 + (i % 10),
            unit: '%',
            denominator: '109 件工单',
            period: '2025 年上半年',
          },
        };
      case 2:
        return {
          id,
          kind: 'chart',
          title: `分类统计 ${i}`,
          chartType: 'bar',
          data: {
            source: 'table',
            columns: ['件数'],
            rows: ['物业管理', '停车', '环境卫生', '市政设施', '噪音'].map((label, r) => ({
              label,
              values: [40 - r * 6 + (i % 3)],
            })),
            unit: '件',
            denominator: '1,250 件工单',
            period: '2025 年上半年',
          },
        };
      case 3:
        return {
          id,
          kind: 'list',
          title: `整改事项 ${i}`,
          items: [{ text: '电梯维修' }, { text: '积水治理' }],
        };
      default:
        return {
          id,
          kind: 'shortcoming',
          title: `短板 ${i}`,
          problem: '停车位不足',
          measure: '错峰共享',
          deadline: '2025-12-31',
        };
    }
  });
}

interface OpenTimes {
  /** From the report.view request to the console drawn. */
  fromView: number;
  /** From the start of the page load (the app's own start included) to the console drawn. */
  fromLoad: number;
}

/**
 * Opens the console of a meeting and times it until its current and next cards are drawn (charts on
 * their canvases) and the whole card list is there.
 */
async function openTime(page: Page, meetingId: string, cards: number): Promise<OpenTimes> {
  await page.evaluate(
    (id) => window.sessionStorage.setItem('rbd.place', JSON.stringify({ screen: 'console', meetingId: id })),
    meetingId,
  );
  await page.reload({ waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    (count) => {
      const listed = document.querySelectorAll('nav ol > li button[data-card-id]').length;
      const current = document.querySelector('[data-testid="console-current"] [data-card-id]');
      const chartPending = document.querySelector('canvas[data-chart-ready="0"]');
      if (listed !== count || current === null || chartPending !== null) return null;
      const now = performance.now();
      const view = performance
        .getEntriesByType('resource')
        .find((entry) => entry.name.endsWith('/api/report.view'));
      return { fromView: view ? now - view.startTime : Number.NaN, fromLoad: now };
    },
    cards,
    { timeout: 30_000, polling: 'raf' },
  );
  return (await handle.jsonValue()) as OpenTimes;
}

async function open40(browser: Browser, report: (line: BenchLine) => void): Promise<void> {
  const host = await startHostMode();
  try {
    const big = await seedReport(host, fortyCards());
    const small = await seedReport(host, PRESENTER_CARDS.slice(0, 1));
    const page = await newPage(browser, { width: 1366, height: 768 });
    await page.goto(host.url);
    const bigRuns: OpenTimes[] = [];
    const smallRuns: OpenTimes[] = [];
    // One unmeasured load of each first, so both are timed with a warm browser cache.
    await openTime(page, big, 40);
    await openTime(page, small, 1);
    for (let i = 0; i < OPEN_RUNS; i += 1) {
      bigRuns.push(await openTime(page, big, 40));
      smallRuns.push(await openTime(page, small, 1));
    }
    const median = (runs: OpenTimes[], key: keyof OpenTimes) =>
      round(
        percentile(
          runs.map((r) => r[key]),
          50,
        ),
        1,
      );
    report({
      bench: 'report.open40',
      ms: median(bigRuns, 'fromView'),
      baseline_1card_ms: median(smallRuns, 'fromView'),
      load_ms: median(bigRuns, 'fromLoad'),
      baseline_1card_load_ms: median(smallRuns, 'fromLoad'),
      runs: OPEN_RUNS,
      goal_ms: GOAL_OPEN_MS,
    });
  } finally {
    await host.stop();
  }
}

export async function run(report: (line: BenchLine) => void): Promise<void> {
  ensureBuilt();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: chromiumArgs,
    headless: true,
  });
  try {
    await follow(browser, report);
    await open40(browser, report);
  } finally {
    await browser.close();
  }
}

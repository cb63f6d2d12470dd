import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { buildSync } from 'esbuild';
import type { CardInput, CardKind } from '../../shared/domain';
import { expect, test } from './support/fixtures';
import { repoRoot, type HostMode } from './support/host-mode';
import { pngSize } from './support/page-checks';

const SHOTS = join(repoRoot, 'artifacts', 'screenshots');
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
] as const;

const LONG_TITLE =
  '方庄街道二〇二五年上半年接诉即办工作情况暨重点民生实事项目推进落实情况和下半年工作安排向辖区全体居民群众专题报告';

/** One card of every kind, with the kind of text an office really types. */
const CARDS: CardInput[] = [
  {
    id: 'c-cover',
    kind: 'cover',
    title: '方庄街道 2025 年上半年向群众报告工作',
    subtitle: '接诉即办 · 民生实事',
    dateText: '2025 年 7 月 8 日',
  },
  {
    id: 'c-welcome',
    kind: 'welcome',
    title: '欢迎参加报告会',
    timeText: '7 月 8 日 14:30—16:30',
    agenda: ['街道工作报告', '群众代表提问', '现场测评'],
    wifi: 'FangZhuang-Guest',
  },
  { id: 'c-agenda', kind: 'agenda', title: '第一部分：亮家底', plannedMinutes: 20 },
  {
    id: 'c-figure',
    kind: 'figure',
    title: '群众诉求解决情况',
    label: '解决率',
    figure: {
      source: 'manual',
      value: 93.6,
      unit: '%',
      denominator: '102 / 109 件工单',
      period: '2025 年 1—6 月',
    },
    comparison: { kind: 'target', value: 95, label: '年度目标' },
    sourceNote: '12345 热线工单',
  },
  {
    id: 'c-chart',
    kind: 'chart',
    title: '诉求最多的五类问题',
    chartType: 'bar',
    data: {
      source: 'table',
      columns: ['工单数'],
      rows: [
        { label: '市容环境', values: [261] },
        { label: '物业管理', values: [138] },
        { label: '停车管理', values: [97] },
        { label: '噪声扰民', values: [64] },
        { label: '供暖', values: [41] },
      ],
      unit: '件',
      denominator: '1,250 件工单',
      period: '2025 年 1—6 月',
    },
  },
  {
    id: 'c-case',
    kind: 'case',
    title: '芳城园一区楼道堆物清理',
    body: '居民反映楼道堆物多年，街道联合物业一周内清理完毕，并建立每月巡查制度。',
    before: { mediaId: null, caption: '楼道堆满杂物' },
    after: { mediaId: null, caption: '清理后通道畅通' },
  },
  {
    id: 'c-shortcoming',
    kind: 'shortcoming',
    title: '老旧小区停车难仍未解决',
    problem: '芳古园、芳城园等老旧小区夜间停车位缺口约 300 个。',
    cause: '小区建成早，没有规划停车设施，周边可用空地少。',
    measure: '协调周边单位错时共享车位，年底前新增立体停车位 120 个。',
    deadline: '2025-12-31',
  },
  { id: 'c-promises', kind: 'promises', title: '上次我们承诺的' },
  {
    id: 'c-list',
    kind: 'list',
    title: LONG_TITLE,
    items: [
      { text: '芳星园二区楼道照明维修', listType: 'immediate' },
      { text: '方庄路沿线违规停车整治', listType: 'deadline' },
      { text: '老旧小区加装电梯', listType: 'ongoing' },
      { text: '蒲黄榆路口早高峰拥堵疏导', listType: 'deadline' },
      { text: '社区养老驿站增加助餐点', listType: 'ongoing' },
      { text: '芳群园三区雨污管道改造', listType: 'deadline' },
      { text: '背街小巷环境整治', listType: 'immediate' },
    ],
  },
  {
    id: 'c-stacked',
    kind: 'chart',
    title: '重大事项与民生任务',
    chartType: 'stacked',
    data: {
      source: 'table',
      columns: ['重大事项', '民生任务'],
      rows: [
        { label: '立即整改', values: [6, 14] },
        { label: '限期办理', values: [4, 9] },
        { label: '持续推进', values: [2, 5] },
      ],
      unit: '项',
      denominator: '40 项',
      period: '2025 年上半年',
    },
  },
  {
    id: 'c-pie',
    kind: 'chart',
    title: '诉求来源',
    chartType: 'pie',
    data: {
      source: 'table',
      columns: ['工单数'],
      rows: [
        { label: '12345 热线', values: [812] },
        { label: '网格员上报', values: [276] },
        { label: '接待窗口', values: [162] },
      ],
      unit: '件',
      denominator: '1,250 件工单',
      period: '2025 年 1—6 月',
    },
  },
  {
    id: 'c-line',
    kind: 'chart',
    title: '每月工单数',
    chartType: 'line',
    data: {
      source: 'table',
      columns: ['2025 年'],
      rows: [
        { label: '1 月', values: [240] },
        { label: '2 月', values: [180] },
        { label: '3 月', values: [215] },
        { label: '4 月', values: [205] },
        { label: '5 月', values: [220] },
        { label: '6 月', values: [190] },
      ],
      unit: '件',
      denominator: '1,250 件工单',
      period: '2025 年 1—6 月',
    },
  },
  {
    id: 'c-closing',
    kind: 'closing',
    title: '谢谢大家',
    contact: '街道接诉即办中心 010-12345678',
    nextMeeting: '2026 年 1 月',
    qrText: 'https://example.org/fangzhuang',
  },
];
const KINDS = [...new Set(CARDS.map((c) => c.kind))] as CardKind[];

const SETTINGS = {
  layout: '16:9',
  showHeader: true,
  showFooter: true,
  showClock: false,
  showLogo: true,
  footerText: '',
} as const;

async function seedReport(host: HostMode, layout: '16:9' | '4:3' = '16:9'): Promise<string> {
  const meeting = await host.call('meetings.create', {
    title: '方庄街道 2025 年上半年向群众报告工作会',
    level: 'street',
    startsAt: '2025-07-08T14:30:00+08:00',
    status: 'scheduled',
    venue: '方庄街道市民活动中心报告厅',
  });
  await host.call('report.save', {
    meetingId: meeting.id,
    cards: CARDS,
    settings: { ...SETTINGS, layout },
    expectedRevision: 0,
  });
  return meeting.id;
}

function viewUrl(host: HostMode, view: 'projector' | 'print', meetingId: string): string {
  const url = new URL(host.url);
  return `${url.origin}/?view=${view}&meeting=${encodeURIComponent(meetingId)}${url.hash}`;
}

const projector = (page: Page) => page.getByTestId('projector');

async function showCard(page: Page, host: HostMode, meetingId: string, index: number): Promise<void> {
  await host.call('presentation.act', { meetingId, action: { kind: 'goTo', index } });
  await expect(projector(page)).toHaveAttribute('data-current-card-id', CARDS[index]?.id ?? '');
}

interface Measured {
  cardBox: { width: number; height: number };
  problems: string[];
  smallestPrimaryPx: number;
}

/**
 * Measures the shown card as the hall sees it, independently of the app's own check: every box
 * inside the card box, no box scrolling over, primary text at least 1/20 of the projected card
 * height, and every text's colour against what is really behind it at 4.5:1 or more.
 */
function measureShownCard(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    const slot = document.querySelector('[data-projector-slot="current"]');
    const card = slot?.querySelector<HTMLElement>('[data-card-native]');
    if (!card) throw new Error('no card shown');
    const box = card.getBoundingClientRect();
    const problems: string[] = [];
    const parse = (text: string) => {
      const m = /rgba?\(([^)]+)\)/.exec(text);
      if (!m) return null;
      const [r, g, b, a] = (m[1] ?? '')
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return { r: r ?? 0, g: g ?? 0, b: b ?? 0, a: a ?? 1 };
    };
    const lum = (c: { r: number; g: number; b: number }) =>
      [c.r, c.g, c.b]
        .map((v) => v / 255)
        .map((s) => (s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4))
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
    const over = (
      top: { r: number; g: number; b: number; a: number },
      bottom: { r: number; g: number; b: number },
    ) => ({
      r: top.r * top.a + bottom.r * (1 - top.a),
      g: top.g * top.a + bottom.g * (1 - top.a),
      b: top.b * top.a + bottom.b * (1 - top.a),
    });
    const background = (el: Element) => {
      const layers = [];
      for (let n: Element | null = el; n; n = n.parentElement) {
        const c = parse(getComputedStyle(n).backgroundColor);
        if (c && c.a > 0) {
          layers.push(c);
          if (c.a >= 1) break;
        }
      }
      return layers.reduceRight((below, layer) => over(layer, below), { r: 255, g: 255, b: 255 });
    };
    let smallestPrimaryPx = Infinity;
    for (const el of Array.from(card.querySelectorAll<HTMLElement>('*'))) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) {
        const beyond = Math.max(
          box.left - r.left,
          r.right - box.right,
          box.top - r.top,
          r.bottom - box.bottom,
        );
        if (beyond > 1)
          problems.push(
            `outside the card by ${beyond.toFixed(1)}px: ${el.tagName} ${el.textContent?.slice(0, 20)}`,
          );
      }
      const blockLike = getComputedStyle(el).display !== 'inline' && el.clientHeight > 0;
      if (blockLike && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1))
        problems.push(
          `scroll overflow ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}: ${el.textContent?.slice(0, 20)}`,
        );
      const text = Array.from(el.childNodes)
        .filter((n) => n.nodeType === 3)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      if (!text) continue;
      // What the eye gets: the rendered glyph size on the screen, the card's scale included.
      const scale = box.height / card.offsetHeight;
      const px = parseFloat(getComputedStyle(el).fontSize) * scale;
      if (el.closest('[data-legibility]')?.getAttribute('data-legibility') === 'primary') {
        smallestPrimaryPx = Math.min(smallestPrimaryPx, px);
        if (px + 0.05 < box.height / 20)
          problems.push(
            `primary text ${px.toFixed(1)}px < ${(box.height / 20).toFixed(1)}px: ${text.slice(0, 20)}`,
          );
      }
      const fg = parse(getComputedStyle(el).color);
      if (fg) {
        const bg = background(el);
        const seen = over(fg, bg);
        const [hi, lo] = [lum(seen), lum(bg)].sort((a, b) => b - a);
        const ratio = (hi! + 0.05) / (lo! + 0.05);
        if (ratio < 4.5) problems.push(`contrast ${ratio.toFixed(2)}:1: ${text.slice(0, 20)}`);
      }
    }
    return { cardBox: { width: box.width, height: box.height }, problems, smallestPrimaryPx };
  });
}

test('every card kind on the projector is legible at 1920×1080 and 1024×768: in the box, 1/20 text, 4.5:1', async ({
  page,
  host,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  const meetingId = await seedReport(host);
  await host.call('presentation.act', { meetingId, action: { kind: 'start', fromCurrent: false } });
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.goto(viewUrl(host, 'projector', meetingId));
    await expect(page).toHaveTitle('方庄街道 2025 年上半年向群众报告工作会 · 投影');
    for (const [index, card] of CARDS.entries()) {
      await showCard(page, host, meetingId, index);
      const measured = await measureShownCard(page);
      // Letterboxed 16:9: the whole width at 1920×1080, and at 1024×768 too (the height is the spare side).
      expect(measured.cardBox.width).toBeCloseTo(size.width, 0);
      expect(measured.cardBox.height).toBeCloseTo((size.width * 9) / 16, 0);
      expect(measured.problems, `${card.kind} at ${size.width}×${size.height}`).toEqual([]);
      expect(measured.smallestPrimaryPx).toBeGreaterThanOrEqual(measured.cardBox.height / 20 - 0.05);
      const name = card.kind === 'chart' && card.chartType !== 'bar' ? `chart-${card.chartType}` : card.kind;
      await page.screenshot({ path: join(SHOTS, `projector-${name}-${size.width}x${size.height}.png`) });
    }
  }
  expect(KINDS).toHaveLength(10);
});

test('a long Chinese title wraps and shrinks but is never cut', async ({ page, host }) => {
  const meetingId = await seedReport(host);
  await host.call('presentation.act', { meetingId, action: { kind: 'start', fromCurrent: false } });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(viewUrl(host, 'projector', meetingId));
  await showCard(
    page,
    host,
    meetingId,
    CARDS.findIndex((c) => c.title === LONG_TITLE),
  );
  const title = page.locator('[data-projector-slot="current"] [data-testid="card-title"]');
  await expect(title).toHaveText(LONG_TITLE);
  const fit = await title.evaluate((el) => {
    const style = getComputedStyle(el);
    return {
      fontPx: parseFloat(style.fontSize),
      lines: Math.round(el.scrollHeight / parseFloat(style.lineHeight)),
      cut: el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1,
      ellipsis: style.textOverflow === 'ellipsis',
    };
  });
  expect(LONG_TITLE.length).toBeGreaterThanOrEqual(55);
  expect(fit.cut).toBe(false);
  expect(fit.ellipsis).toBe(false);
  expect(fit.lines).toBeGreaterThan(1);
  expect(fit.fontPx).toBeLessThan(96);
  expect(fit.fontPx).toBeGreaterThanOrEqual(54);
});

test('the projector follows the presentation, blanks, and shows the current card at once after a reload', async ({
  page,
  host,
}) => {
  const meetingId = await seedReport(host);
  await page.goto(viewUrl(host, 'projector', meetingId));
  await expect(projector(page)).toHaveAttribute('data-screen', 'neutral');
  await expect(page.getByTestId('projector-neutral')).toContainText('方庄街道 2025 年上半年向群众报告工作会');
  await host.call('presentation.act', { meetingId, action: { kind: 'start', fromCurrent: false } });
  await expect(projector(page)).toHaveAttribute('data-current-card-id', 'c-cover');
  await host.call('presentation.act', { meetingId, action: { kind: 'next' } });
  await expect(projector(page)).toHaveAttribute('data-current-card-id', 'c-welcome');
  // The next card is already laid out and drawn, so a step only swaps which one is visible.
  await expect(page.locator('[data-projector-slot]')).toHaveCount(3);
  await host.call('presentation.act', { meetingId, action: { kind: 'blank', blank: 'black' } });
  await expect(projector(page)).toHaveAttribute('data-screen', 'black');
  await host.call('presentation.act', { meetingId, action: { kind: 'blank', blank: 'black' } });
  await host.call('presentation.act', { meetingId, action: { kind: 'goTo', index: 6 } });
  await expect(projector(page)).toHaveAttribute('data-current-card-id', 'c-shortcoming');

  await page.reload();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="projector"]')?.getAttribute('data-screen') !== 'loading',
  );
  // The first thing drawn after the reconnect is the current card, not the neutral screen.
  await expect(projector(page)).toHaveAttribute('data-screen', 'card');
  await expect(projector(page)).toHaveAttribute('data-current-card-id', 'c-shortcoming');

  // Zoom is this projector's own, kept over a reload.
  await page.keyboard.press('Control+Equal');
  await expect(page.getByTestId('projector-zoom')).toHaveText('缩放 105%');
  const zoomedWidth = await page
    .locator('[data-projector-slot="current"] [data-card-frame]')
    .evaluate((el) => el.getBoundingClientRect().width);
  await page.reload();
  await expect(projector(page)).toHaveAttribute('data-current-card-id', 'c-shortcoming');
  const afterReload = await page
    .locator('[data-projector-slot="current"] [data-card-frame]')
    .evaluate((el) => el.getBoundingClientRect().width);
  expect(afterReload).toBeCloseTo(zoomedWidth, 0);
  await page.keyboard.press('Control+Digit0');
  await expect(page.getByTestId('projector-zoom')).toHaveText('缩放 100%');
});

test('a projector window without the token explains how to get in instead of staying black', async ({
  page,
  host,
}) => {
  const meetingId = await seedReport(host);
  const url = new URL(host.url);
  await page.goto(`${url.origin}/?view=projector&meeting=${meetingId}`);
  await expect(page.getByTestId('projector')).toHaveCount(0);
  await expect(page.getByText('此地址缺少访问令牌')).toBeVisible();
});

test('a card exports as a 1920×1080 PNG, and the print view as a PDF with one page per visible card', async ({
  page,
  host,
}) => {
  const meetingId = await seedReport(host);
  // A hidden card is not printed.
  const doc = await host.call('report.get', { meetingId });
  await host.call('report.save', {
    meetingId,
    cards: doc.cards.map((c) => (c.id === 'c-welcome' ? { ...c, hidden: true } : c)),
    settings: doc.settings,
    expectedRevision: doc.revision,
  });
  await page.goto(viewUrl(host, 'print', meetingId));
  await expect(page.locator('body')).toHaveAttribute('data-print-ready', '1');
  await expect(page.locator('[data-print-page]')).toHaveCount(CARDS.length - 1);

  const chartIndex = CARDS.filter((c) => c.id !== 'c-welcome').findIndex((c) => c.kind === 'chart');
  const download = page.waitForEvent('download');
  await page.getByTestId('png-button').nth(chartIndex).click();
  const file = await (await download).path();
  const png = readFileSync(file);
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(join(SHOTS, 'card-export-chart-1920x1080.png'), png);
  expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });
  // A drawn chart, not a blank canvas: the PNG of a chart card is far from an empty white picture.
  expect(png.length).toBeGreaterThan(20_000);

  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? [];
  expect(pages).toHaveLength(CARDS.length - 1);
});

test('a 4:3 report card is laid out at 1440×1080 and letterboxed on a 16:9 screen', async ({
  page,
  host,
}) => {
  const meetingId = await seedReport(host, '4:3');
  await host.call('presentation.act', { meetingId, action: { kind: 'start', fromCurrent: false } });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(viewUrl(host, 'projector', meetingId));
  await showCard(page, host, meetingId, 3);
  const measured = await measureShownCard(page);
  expect(measured.cardBox).toEqual({ width: 1440, height: 1080 });
  expect(measured.problems).toEqual([]);
  await page.screenshot({ path: join(SHOTS, 'projector-figure-4x3-1920x1080.png') });
});

/** The app's own legibility check, bundled for the page, so it is tested where it runs: in Chromium. */
function legibilityScript(): string {
  const built = buildSync({
    entryPoints: [join(repoRoot, 'renderer', 'report', 'legibility.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'rbdLegibility',
    platform: 'browser',
    write: false,
  });
  return built.outputFiles[0]?.text ?? '';
}

const BAD_CARDS: CardInput[] = [
  {
    id: 'b-list',
    kind: 'list',
    title: '九条整改事项',
    items: Array.from({ length: 9 }, (_, i) => ({
      text: `整改事项 ${i + 1}`,
      listType: 'deadline' as const,
    })),
  },
  {
    id: 'b-case',
    kind: 'case',
    title: '说明过长的案例',
    body: '居民反映楼道堆物多年，街道联合物业一周内清理完毕，并建立每月巡查制度。'.repeat(12),
  },
];

test.describe('the legibility check the builder runs', () => {
  // The check is injected as a script of the test's own; the page's CSP admits only the app's scripts.
  test.use({ bypassCSP: true });

  test('passes every card of the report and flags too many rows and text shrunk below 1/20', async ({
    page,
    host,
  }) => {
    const meetingId = await seedReport(host);
    const doc = await host.call('report.get', { meetingId });
    await host.call('report.save', {
      meetingId,
      cards: [...doc.cards, ...BAD_CARDS],
      settings: doc.settings,
      expectedRevision: doc.revision,
    });
    await host.call('presentation.act', { meetingId, action: { kind: 'start', fromCurrent: false } });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(viewUrl(host, 'projector', meetingId));
    await page.addScriptTag({ content: legibilityScript() });
    const check = () =>
      page.evaluate(() => {
        const card = document.querySelector<HTMLElement>(
          '[data-projector-slot="current"] [data-card-native]',
        );
        const api = (
          window as unknown as {
            rbdLegibility: { checkCardLegibility: (el: HTMLElement) => { rule: string; measured: number }[] };
          }
        ).rbdLegibility;
        return card ? api.checkCardLegibility(card) : null;
      });
    const all = [...CARDS, ...BAD_CARDS];
    for (const [index, card] of all.entries()) {
      await host.call('presentation.act', { meetingId, action: { kind: 'goTo', index } });
      await expect(projector(page)).toHaveAttribute('data-current-card-id', card.id);
      const issues = await check();
      if (card.id === 'b-list') expect(issues?.map((i) => i.rule)).toContain('tooManyRows');
      else if (card.id === 'b-case') {
        expect(issues?.map((i) => i.rule)).toContain('textHeight');
        expect(issues?.find((i) => i.rule === 'textHeight')?.measured).toBeLessThan(54);
      } else expect(issues, card.kind).toEqual([]);
    }
  });
});

test('header, footer, clock and logo follow the report settings', async ({ page, host }) => {
  const meetingId = await seedReport(host);
  const doc = await host.call('report.get', { meetingId });
  await host.call('report.save', {
    meetingId,
    cards: doc.cards,
    settings: {
      ...doc.settings,
      showHeader: false,
      showClock: true,
      footerText: '方庄街道接诉即办中心',
    },
    expectedRevision: doc.revision,
  });
  await host.call('presentation.act', { meetingId, action: { kind: 'start', fromCurrent: false } });
  await page.goto(viewUrl(host, 'projector', meetingId));
  await showCard(page, host, meetingId, 3);
  const shown = page.locator('[data-projector-slot="current"]');
  await expect(shown.getByTestId('card-header')).toHaveCount(0);
  await expect(shown.getByTestId('card-footer')).toContainText('方庄街道接诉即办中心');
  await expect(shown.getByTestId('card-page')).toHaveText(`4 / ${CARDS.length}`);
  await expect(shown.getByTestId('card-clock')).toHaveText(/^\d{2}:\d{2}$/);

  const again = await host.call('report.get', { meetingId });
  await host.call('report.save', {
    meetingId,
    cards: again.cards,
    settings: { ...again.settings, showHeader: true, showFooter: false, showClock: false, showLogo: false },
    expectedRevision: again.revision,
  });
  await expect(shown.getByTestId('card-header')).toBeVisible();
  await expect(shown.getByTestId('card-logo')).toHaveCount(0);
  await expect(shown.getByTestId('card-footer')).toHaveCount(0);
  await expect(shown.getByTestId('card-clock')).toHaveCount(0);
});

test('the one-click draft of the demo meeting, from its 1,250 work orders, is legible on the projector', async ({
  page,
  host,
}) => {
  await host.call('sample.install', {});
  const meetings = await host.call('meetings.list', {});
  const demo = meetings.find((m) => m.title === '方庄街道 2025 年向群众报告工作会');
  if (!demo) throw new Error('the demo meeting is missing');
  const { cards } = await host.call('report.draft', { meetingId: demo.id });
  const doc = await host.call('report.get', { meetingId: demo.id });
  await host.call('report.save', {
    meetingId: demo.id,
    cards,
    settings: doc.settings,
    expectedRevision: doc.revision,
  });
  const visible = cards.filter((c) => !c.hidden);
  expect(visible.length).toBeGreaterThan(5);
  await host.call('presentation.act', { meetingId: demo.id, action: { kind: 'start', fromCurrent: false } });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(viewUrl(host, 'projector', demo.id));
  for (const [index, card] of visible.entries()) {
    await host.call('presentation.act', { meetingId: demo.id, action: { kind: 'goTo', index } });
    await expect(projector(page)).toHaveAttribute('data-current-card-id', card.id);
    const measured = await measureShownCard(page);
    expect(measured.problems, `${index} ${card.kind} ${card.title}`).toEqual([]);
    await page.screenshot({
      path: join(SHOTS, `projector-demo-${String(index + 1).padStart(2, '0')}-${card.kind}.png`),
    });
  }
});

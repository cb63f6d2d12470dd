import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { opened } from './support/antd';
import { expect, test } from './support/fixtures';
import type { HostMode } from './support/host-mode';
import { repoRoot } from './support/host-mode';
import { horizontalOverflow } from './support/page-checks';
import { openConsole, projectorUrl, seedReport, VISIBLE_IDS } from './support/presenter';

const SHOTS = join(repoRoot, 'artifacts', 'screenshots');

const preview = (page: Page) => page.getByTestId('projector-preview');

/** The hall's screen as the services keep it and as the console's live preview draws it. */
async function expectShown(page: Page, host: HostMode, meetingId: string, shown: string) {
  await expect(preview(page)).toHaveAttribute('data-shown', shown);
  const state = await host.call('presentation.get', { meetingId });
  const fromState = !state.running ? 'neutral' : state.blank !== 'none' ? state.blank : state.cardId;
  expect(fromState).toBe(shown);
}

const card = (n: number) => VISIBLE_IDS[n - 1]!;

test('the console starts the show and follows the PowerPoint keys; hidden cards are skipped; Esc leaves', async ({
  app: page,
  host,
}) => {
  const meetingId = await seedReport(host);
  await openConsole(page, meetingId);

  // Opening the console starts presenting from the first card.
  await expectShown(page, host, meetingId, card(1));
  await expect(page.getByTestId('console-current')).toHaveAttribute('data-card-id', card(1));
  await expect(page.getByTestId('console-next')).toHaveAttribute('data-card-id', card(2));
  await expect(page.getByTestId('console-position')).toHaveText('第 1 / 7 张');
  await expect(page.getByTestId('console-pacing')).toHaveAttribute('data-status', 'noPart');

  // The card list has the seven visible cards, not the hidden one.
  const list = page.getByRole('navigation', { name: '卡片列表' });
  await expect(list.getByRole('button')).toHaveCount(7);
  await expect(list.getByText('备用：不放映的卡片')).toHaveCount(0);
  await expect(page.getByText('另有 1 张隐藏，不放映')).toBeVisible();

  await page.keyboard.press('ArrowRight');
  await expectShown(page, host, meetingId, card(2));
  // The first agenda part has 10 planned minutes and has just begun.
  await expect(page.getByTestId('console-pacing')).toHaveAttribute('data-status', 'onTime');
  await expect(page.getByTestId('console-pacing')).toContainText('第一部分 亮家底');
  await expect(page.getByTestId('console-pacing')).toContainText('计划 10:00');
  await expect(page.getByTestId('speaker-notes')).toHaveText('先讲成绩，再讲短板。');

  await page.keyboard.press('ArrowLeft');
  await expectShown(page, host, meetingId, card(1));
  await page.keyboard.press('Space');
  await expectShown(page, host, meetingId, card(2));
  await page.keyboard.press('PageDown');
  await expectShown(page, host, meetingId, card(3));
  await page.keyboard.press('PageUp');
  await expectShown(page, host, meetingId, card(2));
  await page.keyboard.press('End');
  await expectShown(page, host, meetingId, 'c-close');
  await expect(page.getByTestId('console-next')).toHaveAttribute('data-card-id', '');
  await page.keyboard.press('Home');
  await expectShown(page, host, meetingId, card(1));

  // 3 + Enter: the third visible card; the typed number is shown until Enter.
  await page.keyboard.press('3');
  await expect(page.getByTestId('console-typed')).toContainText('跳到第 3 张');
  await expectShown(page, host, meetingId, card(1));
  await page.keyboard.press('Enter');
  await expectShown(page, host, meetingId, card(3));
  await expect(page.getByTestId('console-typed')).toHaveCount(0);
  // The hidden card is not counted: 5 + Enter is the second agenda divider.
  await page.keyboard.press('5');
  await page.keyboard.press('Enter');
  await expectShown(page, host, meetingId, 'c-part2');
  await expect(page.getByTestId('console-pacing')).toContainText('计划 5:00');
  // Esc over a typed number only clears it.
  await page.keyboard.press('2');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('console-typed')).toHaveCount(0);
  await expectShown(page, host, meetingId, 'c-part2');

  await page.keyboard.press('b');
  await expectShown(page, host, meetingId, 'black');
  await expect(page.getByTestId('preview-status')).toContainText('黑屏中');
  await page.keyboard.press('b');
  await expectShown(page, host, meetingId, 'c-part2');
  await page.keyboard.press('w');
  await expectShown(page, host, meetingId, 'white');
  await page.keyboard.press('w');
  await expectShown(page, host, meetingId, 'c-part2');
  await page.keyboard.press('.');
  await expectShown(page, host, meetingId, 'black');
  await page.keyboard.press('ArrowRight');
  // Moving on uncovers the screen, as in PowerPoint.
  await expectShown(page, host, meetingId, 'c-short');

  // Shift+F5 starts again from the current card, F5 from the first.
  await page.keyboard.press('Shift+F5');
  await expectShown(page, host, meetingId, 'c-short');
  await page.keyboard.press('F5');
  await expectShown(page, host, meetingId, card(1));

  // A click in the card list jumps there.
  await list.getByRole('button', { name: /跳到第 4 张/ }).click();
  await expectShown(page, host, meetingId, card(4));

  // With Ctrl held the keys are the browser's (zoom and the like), not the deck's.
  await page.keyboard.press('Control+ArrowRight');
  await expect(page.getByTestId('console-position')).toHaveText('第 4 / 7 张');
  expect((await host.call('presentation.get', { meetingId })).cardId).toBe(card(4));

  await page.keyboard.press('Escape');
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  await expect(page.getByRole('tab', { name: '报告', selected: true })).toBeVisible();
  expect((await host.call('presentation.get', { meetingId })).running).toBe(false);
});

test('the console buttons drive the deck and notes keep their size', async ({ app: page, host }) => {
  const meetingId = await seedReport(host);
  await openConsole(page, meetingId);
  await expectShown(page, host, meetingId, card(1));
  await page.getByRole('button', { name: '下一张' }).click();
  await expectShown(page, host, meetingId, card(2));
  // The clicked button does not keep the focus: Space goes to the deck, not to the button again.
  await page.keyboard.press('Space');
  await expectShown(page, host, meetingId, card(3));
  await page.getByRole('button', { name: '上一张' }).click();
  await expectShown(page, host, meetingId, card(2));
  await page.getByRole('button', { name: '黑屏 (B)' }).click();
  await expectShown(page, host, meetingId, 'black');
  await page.getByRole('button', { name: '白屏 (W)' }).click();
  await expectShown(page, host, meetingId, 'white');
  await page.getByRole('button', { name: '白屏 (W)' }).click();
  await expectShown(page, host, meetingId, card(2));

  const notes = page.getByTestId('speaker-notes');
  const sizeOf = () => notes.evaluate((el) => getComputedStyle(el).fontSize);
  const before = await sizeOf();
  await page.getByRole('button', { name: '放大备注字号' }).click();
  await page.getByRole('button', { name: '放大备注字号' }).click();
  await expect.poll(sizeOf).not.toBe(before);
  const larger = await sizeOf();
  expect(parseFloat(larger)).toBeGreaterThan(parseFloat(before));
  await page.reload();
  await expect(page.getByTestId('speaker-notes')).toBeVisible();
  expect(await sizeOf()).toBe(larger);
  // A reload keeps the running show where it was.
  await expectShown(page, host, meetingId, card(2));

  await page.getByRole('button', { name: '结束放映 (Esc)' }).click();
  await expect(page.getByRole('tab', { name: '报告', selected: true })).toBeVisible();
  expect((await host.call('presentation.get', { meetingId })).running).toBe(false);
});

test('a show the builder started from a card is left there when the console opens', async ({
  app: page,
  host,
}) => {
  const meetingId = await seedReport(host);
  // A show presented and ended earlier, then started again from one card (the builder's 从当前开始).
  await openConsole(page, meetingId);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tab', { name: '报告', selected: true })).toBeVisible();
  await host.call('presentation.act', { meetingId, action: { kind: 'goToCard', cardId: 'c-short' } });
  await host.call('presentation.act', { meetingId, action: { kind: 'start', fromCurrent: true } });
  await openConsole(page, meetingId);
  await expectShown(page, host, meetingId, 'c-short');
  await expect(page.getByTestId('console-position')).toHaveText('第 6 / 7 张');
});

test('the console fits the laptop and a full-HD screen (screenshots)', async ({ app: page, host }) => {
  const meetingId = await seedReport(host);
  await openConsole(page, meetingId);
  await page.keyboard.press('ArrowRight');
  await expectShown(page, host, meetingId, card(2));
  mkdirSync(SHOTS, { recursive: true });
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    await expect(preview(page)).toBeVisible();
    expect(await horizontalOverflow(page)).toBe(0);
    // Everything the speaker needs is on screen without scrolling the page.
    for (const id of [
      'console-current',
      'console-next',
      'projector-preview',
      'speaker-notes',
      'console-pacing',
    ]) {
      const box = await page.getByTestId(id).boundingBox();
      expect(box, id).not.toBeNull();
      expect(box!.y + box!.height, id).toBeLessThanOrEqual(size.height + 0.5);
      expect(box!.x + box!.width, id).toBeLessThanOrEqual(size.width + 0.5);
    }
    await page.screenshot({ path: join(SHOTS, `console-${size.width}x${size.height}.png`) });
  }
});

/** What the projector page shows: the card id, or its neutral / black / white screen. */
function projectorShown(projector: Page): Promise<string | null> {
  return projector.getByTestId('projector').evaluate((el) => {
    const screen = el.getAttribute('data-screen');
    return screen === 'card' ? el.getAttribute('data-current-card-id') : screen;
  });
}

test('打开投影 gives the projector address with the token and a QR; the projector follows the console, drives it and reconnects', async ({
  app: page,
  host,
}) => {
  const meetingId = await seedReport(host);
  await openConsole(page, meetingId);
  await expectShown(page, host, meetingId, card(1));

  await page.getByRole('button', { name: '打开投影' }).click();
  const dialog = await opened(page.getByRole('dialog'));
  await expect(dialog.getByTestId('projector-address')).toHaveText(projectorUrl(host, meetingId));
  await expect(dialog.getByRole('img', { name: '投影画面地址的二维码' })).toHaveAttribute(
    'src',
    /^data:image\/png;base64,/,
  );
  await expect(dialog.getByText('此地址和二维码含访问令牌')).toBeVisible();
  // While the dialog is open the deck keys are the dialog's.
  await page.keyboard.press('ArrowRight');
  expect((await host.call('presentation.get', { meetingId })).cardId).toBe(card(1));
  await page.evaluate(() => {
    const calls: string[][] = [];
    Object.assign(window, { openCalls: calls });
    window.open = (url?: string | URL, target?: string, features?: string) => {
      calls.push([String(url), target ?? '', features ?? '']);
      return null;
    };
  });
  await dialog.getByRole('button', { name: '在新窗口打开' }).click();
  await expect(dialog).toBeHidden();
  const [[address, target, features]] = (await page.evaluate(
    () => (window as unknown as { openCalls: string[][] }).openCalls,
  )) as [[string, string, string]];
  expect(address).toBe(projectorUrl(host, meetingId));
  expect(target).toBe('_blank');
  expect(features).toContain('noopener');

  const projector = await page.context().newPage();
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await projector.goto(address);
  await expect.poll(() => projectorShown(projector)).toBe(card(1));
  // The token left the projector's address bar too; the view and the meeting stay.
  expect(projector.url()).not.toContain('token=');
  expect(projector.url()).toContain('view=projector');

  const both = async (shown: string) => {
    await expectShown(page, host, meetingId, shown);
    await expect.poll(() => projectorShown(projector)).toBe(shown);
  };
  const steps: Array<[string, string]> = [
    ['ArrowRight', card(2)],
    ['ArrowLeft', card(1)],
    ['Space', card(2)],
    ['PageDown', card(3)],
    ['PageUp', card(2)],
    ['End', 'c-close'],
    ['Home', card(1)],
  ];
  for (const [key, shown] of steps) {
    await page.keyboard.press(key);
    await both(shown);
  }
  await page.keyboard.press('3');
  await page.keyboard.press('Enter');
  await both(card(3));
  await page.keyboard.press('b');
  await both('black');
  await page.keyboard.press('b');
  await both(card(3));
  await page.keyboard.press('w');
  await both('white');
  await page.keyboard.press('w');
  await both(card(3));

  // A remote plugged into the projector machine: its keys move the console too.
  await projector.keyboard.press('PageDown');
  await both(card(4));
  await projector.keyboard.press('PageUp');
  await both(card(3));
  await projector.keyboard.press('b');
  await both('black');
  await projector.keyboard.press('b');
  await both(card(3));
  await expect(page.getByTestId('console-current')).toHaveAttribute('data-card-id', card(3));

  // A projector that reconnects shows the current card at once, with no key pressed.
  await page.keyboard.press('ArrowRight');
  await both(card(4));
  await projector.reload();
  await expect.poll(() => projectorShown(projector)).toBe(card(4));

  // Esc in the console ends the show: the projector goes to its neutral screen.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tab', { name: '报告', selected: true })).toBeVisible();
  await expect.poll(() => projectorShown(projector)).toBe('neutral');
});

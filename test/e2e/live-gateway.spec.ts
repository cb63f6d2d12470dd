import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PHONE_HTTP } from '../../shared/api/phone-contract';
import { settled } from './support/antd';
import { expect, test } from './support/fixtures';
import { repoRoot } from './support/host-mode';
import { measureLiveLayer } from './support/live-layer-checks';
import { projectorUrl, seedReport } from './support/presenter';
import { freePort } from './support/free-port';
import { openGatewayTab } from './support/live-stage';

const SHOTS = join(repoRoot, 'artifacts', 'screenshots');
const WIFI = '方庄街道会议室';
const PHONE_ID = 'e2e-phone-0000000000000001';
const FLAGGED_TEXT = '小区门口的垃圾三天没人清，物业真是废物，街道能不能管一管？';

const shot = (file: string) => join(SHOTS, file);

/** A console shot with the stage brought up under the tab bar, as the operator sees it. */
async function consoleShot(page: Page, file: string) {
  await page.getByTestId('live-stage').evaluate((stage) => stage.scrollIntoView({ block: 'start' }));
  await settled(page);
  await page.screenshot({ path: shot(file) });
}

async function expectLegible(projector: Page, what: string) {
  const measured = await measureLiveLayer(projector);
  expect(measured.texts, what).toBeGreaterThan(0);
  expect(measured.problems, what).toEqual([]);
  expect(measured.smallestPrimaryPx, what).toBeGreaterThanOrEqual(measured.box.height / 20 - 0.05);
}

async function pageAnswers(url: string): Promise<{ status: number; type: string } | null> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(3_000) });
    return { status: response.status, type: response.headers.get('content-type') ?? '' };
  } catch {
    return null;
  }
}

test('the console opens the question box on loopback, the projector shows its QR, a phone question is approved by Y, and the box closes', async ({
  app,
  host,
  context,
}) => {
  test.setTimeout(180_000);
  mkdirSync(SHOTS, { recursive: true });
  const meetingId = await seedReport(host);
  await host.call('presentation.act', { meetingId, action: { kind: 'start', fromCurrent: false } });
  const port = await freePort();
  await app.setViewportSize({ width: 1366, height: 768 });
  await openGatewayTab(app, meetingId);
  const panel = app.getByTestId('gateway-panel');
  const state = panel.getByTestId('gateway-state');
  await expect(state).toHaveText('未打开');
  await expect(panel.getByTestId('card-qr')).toHaveCount(0);

  // Loopback, a port of our own and the hall's Wi-Fi name.
  await panel.getByTestId('gateway-interface').click();
  await app.locator('.ant-select-item-option').filter({ hasText: '127.0.0.1' }).click();
  await expect(panel.getByTestId('gateway-interface')).toContainText('127.0.0.1');
  await expect(panel.getByTestId('gateway-interface')).toContainText('仅本机测试');
  await panel.getByTestId('gateway-wifi').fill(WIFI);
  await panel.getByText('高级设置').click();
  const portInput = panel.getByRole('spinbutton', { name: '端口' });
  await portInput.fill(String(new URL(host.url).port));
  await settled(app);
  await app.mouse.move(0, 0);
  await consoleShot(app, 'live-gateway-closed-1366x768.png');

  // The host-mode server's own port is taken: the refusal says so in place, and nothing opens.
  await panel.getByTestId('gateway-open').click();
  await expect(panel.getByTestId('gateway-refusal')).toBeVisible({ timeout: 20_000 });
  await expect(panel.getByTestId('gateway-refusal')).toContainText(/端口|占用/);
  await expect(state).toHaveText(/未打开|出错/);
  await consoleShot(app, 'live-gateway-error-1366x768.png');
  await app.setViewportSize({ width: 1024, height: 768 });
  await consoleShot(app, 'live-gateway-error-1024x768.png');
  await app.setViewportSize({ width: 1366, height: 768 });

  await portInput.fill(String(port));
  await panel.getByTestId('gateway-open').click();
  await expect(state).toHaveText('已打开', { timeout: 20_000 });
  await expect(panel.getByTestId('gateway-refusal')).toHaveCount(0);
  await expect(panel.getByTestId('gateway-host')).toHaveText(`127.0.0.1:${port}`);
  await expect(panel.getByTestId('gateway-join').getByTestId('card-qr')).toBeVisible();
  const joinUrl = (await panel.getByTestId('gateway-url').textContent())?.trim() ?? '';
  const joinAt = new URL(joinUrl);
  expect(joinAt.origin).toBe(`http://127.0.0.1:${port}`);
  const token = new URLSearchParams(joinAt.hash.slice(1)).get(PHONE_HTTP.fragmentKey) ?? '';
  expect(token.length).toBeGreaterThanOrEqual(22);
  await settled(app);
  await consoleShot(app, 'live-gateway-open-1366x768.png');
  await app.setViewportSize({ width: 1024, height: 768 });
  await consoleShot(app, 'live-gateway-open-1024x768.png');
  await app.setViewportSize({ width: 1366, height: 768 });

  // The phone page answers on that address.
  const page = await pageAnswers(`${joinAt.origin}/`);
  expect(page?.status).toBe(200);
  expect(page?.type).toContain('text/html');

  // J: the projector's join overlay shows the QR, the Wi-Fi and the address written out.
  const projector = await context.newPage();
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await projector.goto(projectorUrl(host, meetingId));
  await projector.getByTestId('projector').waitFor();
  await app.locator('body').click({ position: { x: 5, y: 5 } });
  await app.keyboard.press('j');
  const overlay = projector.getByTestId('live-join');
  await expect(overlay).toHaveAttribute('data-has-qr', 'true');
  await expect(overlay.getByTestId('card-qr')).toBeVisible();
  await expect(overlay.getByTestId('live-join-host')).toHaveText(`127.0.0.1:${port}`);
  await expect(overlay.getByTestId('live-join-url')).toHaveText(joinUrl);
  await expect(overlay.getByTestId('live-join-wifi')).toHaveText(WIFI);
  await expectLegible(projector, 'join overlay at 1920×1080');
  await projector.screenshot({ path: shot('projector-join-qr-1920x1080.png') });
  await projector.setViewportSize({ width: 1024, height: 768 });
  await expectLegible(projector, 'join overlay at 1024×768');
  await projector.screenshot({ path: shot('projector-join-qr-1024x768.png') });

  // A phone asks through the real gateway: it waits for the moderator, flagged, marked 手机.
  const submitted = await fetch(`${joinAt.origin}${PHONE_HTTP.apiPrefix}submit`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [PHONE_HTTP.tokenHeader]: token, Origin: joinAt.origin },
    body: JSON.stringify({
      phoneId: PHONE_ID,
      question: { clientId: 'e2e-client-00000000000001', text: FLAGGED_TEXT },
    }),
  });
  expect(submitted.status).toBe(200);
  const row = app.getByTestId('question-row').filter({ hasText: '小区门口的垃圾' });
  await expect(row).toHaveAttribute('data-approved', 'false', { timeout: 15_000 });
  await expect(row.getByTestId('source-phone')).toHaveText('手机');
  await expect(row.getByTestId('awaiting-approval')).toHaveText('待审核');
  await expect(row.getByTestId('flags')).toContainText('含敏感词：废物');
  await expect(row.getByTestId('flagged-word')).toHaveText('废物');
  await expect(app.getByTestId('gateway-awaiting-badge')).toContainText('1');
  await expect(panel.getByTestId('gateway-received')).toContainText('1');
  await app.getByTestId('filter-awaiting').click();
  await expect(app.getByTestId('question-row')).toHaveCount(1);
  // Unselected, as the moderator first sees it: set apart, flagged.
  await app.mouse.move(0, 0);
  await consoleShot(app, 'live-gateway-flagged-1366x768.png');
  await app.setViewportSize({ width: 1024, height: 768 });
  await consoleShot(app, 'live-gateway-flagged-1024x768.png');
  await app.setViewportSize({ width: 1366, height: 768 });
  await row.click();

  // Y approves it; the 待审核 filter then shows nothing, and Y again would withdraw it.
  await app.keyboard.press('y');
  await app.getByTestId('filter-awaiting').click();
  await expect(row).toHaveAttribute('data-approved', 'true');
  await expect(row.getByTestId('awaiting-approval')).toHaveCount(0);
  await expect(row.getByTestId('flags')).toBeVisible();
  await expect(app.getByTestId('gateway-awaiting-badge')).toHaveCount(0);
  await expect(app.getByTestId('action-approve')).toContainText('撤审');
  const stored = (await host.call('questions.list', { meetingId })).questions.find((q) =>
    q.text.startsWith('小区门口的垃圾'),
  );
  expect(stored).toMatchObject({ source: 'phone', approved: true, flags: ['废物'] });

  // A phone scores the first part: the console and the projector show it beside the show of hands,
  // each over its own votes, never summed.
  const [firstPart] = (await host.call('scores.get', { meetingId })).parts;
  expect(firstPart).toBeDefined();
  await host.call('scores.set', {
    meetingId,
    partId: firstPart!.partId,
    hands: { satisfied: 30, basicallySatisfied: 8, dissatisfied: 2 },
    by: '测试员',
  });
  const scored = await fetch(`${joinAt.origin}${PHONE_HTTP.apiPrefix}score`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [PHONE_HTTP.tokenHeader]: token, Origin: joinAt.origin },
    body: JSON.stringify({ phoneId: PHONE_ID, partId: firstPart!.partId, choice: 'basicallySatisfied' }),
  });
  expect(scored.status).toBe(200);
  await app.locator('[role="tab"][id$="-tab-scores"]').click();
  const scoreRow = app.getByTestId('score-row').first();
  await expect(scoreRow.getByTestId('score-total')).toContainText('38 / 40 票');
  await expect(scoreRow.getByTestId('score-total-phones')).toContainText('1 / 1 票');
  await expect(scoreRow.getByTestId('score-phones')).toContainText(/0\s*1\s*0/);
  // The second part has no phone vote: dashes, never 0.
  await expect(app.getByTestId('score-row').nth(1).getByTestId('score-phones')).toContainText('—');
  await expect(app.getByTestId('score-row').nth(1).getByTestId('score-total-phones')).toContainText('—');
  await consoleShot(app, 'live-scores-channels-1366x768.png');
  await app.setViewportSize({ width: 1024, height: 768 });
  await consoleShot(app, 'live-scores-channels-1024x768.png');
  await app.setViewportSize({ width: 1366, height: 768 });
  await app.locator('body').click({ position: { x: 5, y: 5 } });
  await app.keyboard.press('g');
  const first = projector.getByTestId('live-score-row').first();
  await expect(first.getByTestId('live-score-share-hands')).toHaveText('38 / 40 票');
  await expect(first.getByTestId('live-score-share-phones')).toHaveText('1 / 1 票');
  const second = projector.getByTestId('live-score-row').nth(1);
  await expect(second.getByTestId('live-score-share-hands')).toHaveText('—');
  await expect(second.getByTestId('live-score-share-phones')).toHaveText('—');
  await expectLegible(projector, 'scores by channel at 1024×768');
  await projector.screenshot({ path: shot('projector-scores-channels-1024x768.png') });
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await expectLegible(projector, 'scores by channel at 1920×1080');
  await projector.screenshot({ path: shot('projector-scores-channels-1920x1080.png') });
  await app.keyboard.press('g');
  await app.locator('[role="tab"][id$="-tab-gateway"]').click();

  // 更换二维码 asks first, then the old link stops working and the new one works.
  const view = (key: string) =>
    fetch(`${joinAt.origin}${PHONE_HTTP.apiPrefix}view`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [PHONE_HTTP.tokenHeader]: key, Origin: joinAt.origin },
      body: JSON.stringify({ phoneId: PHONE_ID }),
    }).then((r) => r.status);
  expect(await view(token)).toBe(200);
  await panel.getByTestId('gateway-renew').click();
  await expect(app.locator('.ant-popover')).toContainText('之前投屏、拍照或转发出去的二维码和链接全部失效');
  await app.getByTestId('gateway-renew-ok').click();
  await expect(panel.getByTestId('gateway-url')).not.toHaveText(joinUrl);
  const renewed = new URL((await panel.getByTestId('gateway-url').textContent())?.trim() ?? '');
  const newToken = new URLSearchParams(renewed.hash.slice(1)).get(PHONE_HTTP.fragmentKey) ?? '';
  await expect.poll(() => view(token)).not.toBe(200);
  expect(await view(newToken)).toBe(200);
  await expect(overlay.getByTestId('live-join-url')).toHaveText(renewed.href);

  // 敏感词: a word too long is refused in place and nothing is saved; a valid list is saved.
  await panel.getByTestId('flagged-words-open').click();
  const words = app.getByTestId('flagged-words-text');
  await expect(words).toHaveValue(/废物/);
  await words.fill('废物\n这是一个超过二十个字的敏感词条目用来测试提示是否出现');
  await app.getByTestId('flagged-words-save').click();
  await expect(app.getByTestId('flagged-words-refusal')).toContainText('每个词不能超过 20 个字');
  expect(await host.call('moderation.words.get', {})).toContain('人渣');
  await words.fill('废物\n垃圾');
  await app.getByTestId('flagged-words-save').click();
  await expect(app.getByTestId('flagged-words-text')).toHaveCount(0);
  expect(await host.call('moderation.words.get', {})).toEqual(['废物', '垃圾']);

  // Closing: 未打开, and nothing answers on that address any more.
  await panel.getByTestId('gateway-close').click();
  await app.getByTestId('gateway-close-ok').click();
  await expect(state).toHaveText('未打开', { timeout: 20_000 });
  await expect(panel.getByTestId('card-qr')).toHaveCount(0);
  await expect.poll(() => pageAnswers(`${joinAt.origin}/`), { timeout: 10_000 }).toBeNull();
  // The projector's overlay loses its QR with the box.
  await expect(overlay).toHaveAttribute('data-has-qr', 'false');
});

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { opened, settled } from './support/antd';
import { expect, test } from './support/fixtures';
import { repoRoot, type HostMode } from './support/host-mode';
import { measureLiveLayer } from './support/live-layer-checks';
import { projectorUrl, seedReport } from './support/presenter';

const SHOTS = join(repoRoot, 'artifacts', 'screenshots');
const BY = '测试员';

/** Four candidates of the open batch, with the counts the hall will read out for them. */
const CANDIDATES = [
  { name: '老旧小区加装电梯', category: 'living', town: '方庄街道', votes: 30 },
  { name: '背街小巷路灯改造', category: 'safety', town: '方庄街道', votes: 25 },
  { name: '芳城园口袋公园', category: 'environment', town: '方庄街道', votes: 12 },
  { name: '错时共享停车位', category: 'travel', town: '方庄街道', votes: 8 },
] as const;

async function seedPool(host: HostMode): Promise<string> {
  const meetingId = await seedReport(host);
  const batch = await host.call('projects.createBatch', { name: '第二批', by: BY });
  for (const c of CANDIDATES) {
    await host.call('projects.create', {
      draft: { batchId: batch.id, name: c.name, category: c.category, town: c.town },
      by: BY,
    });
  }
  return meetingId;
}

async function openVotes(app: Page) {
  await app.getByRole('menuitem', { name: '项目池' }).click();
  await app.getByRole('tab', { name: '票决' }).click();
  await app.getByTestId('votes-tab').waitFor();
}

async function pickCandidates(app: Page, places: number, names: readonly string[]) {
  await app.getByTestId('vote-create').click();
  const dialog = await opened(app.getByRole('dialog'));
  await dialog.getByRole('spinbutton', { name: '名额' }).fill(String(places));
  for (const name of names) await dialog.getByRole('listitem', { name, exact: true }).click();
  await dialog.getByRole('button', { name: 'right' }).click();
  return dialog;
}

async function expectLegible(projector: Page, what: string) {
  const measured = await measureLiveLayer(projector);
  expect(measured.texts, what).toBeGreaterThan(0);
  expect(measured.problems, what).toEqual([]);
  expect(measured.smallestPrimaryPx, what).toBeGreaterThanOrEqual(measured.box.height / 20 - 0.05);
}

test('a 差额票决: as many candidates as places is refused, tallies give the ranking and margin, the projector shows it', async ({
  app,
  host,
  context,
}) => {
  test.setTimeout(180_000);
  mkdirSync(SHOTS, { recursive: true });
  const meetingId = await seedPool(host);
  await app.reload();
  await openVotes(app);

  // Two candidates for two places: the service refuses, in the dialog.
  let dialog = await pickCandidates(app, 2, [CANDIDATES[0].name, CANDIDATES[1].name]);
  await expect(dialog.getByTestId('new-vote-hint')).toContainText('候选 2 个');
  await dialog.getByRole('button', { name: /创\s*建/ }).click();
  await expect(dialog.getByTestId('new-vote-refusal')).toBeVisible();
  await dialog.getByRole('button', { name: /取\s*消/ }).click();
  await expect(dialog).toBeHidden();

  // Four for two: created, and its count opens.
  dialog = await pickCandidates(
    app,
    2,
    CANDIDATES.map((c) => c.name),
  );
  await expect(dialog.getByTestId('new-vote-hint')).toHaveText('差额：候选 4 个 > 名额 2 个');
  await dialog.getByRole('button', { name: /创\s*建/ }).click();
  await expect(dialog).toBeHidden();
  const detail = app.getByTestId('vote-detail');
  await expect(detail.getByTestId('vote-tally')).toBeVisible();

  for (const c of CANDIDATES) {
    await detail.getByRole('spinbutton', { name: `得票 ${c.name}` }).fill(String(c.votes));
  }
  await detail.getByRole('spinbutton', { name: '参加投票人数' }).fill('40');
  const counters = detail.getByLabel('计票人 / 监票人');
  await counters.fill('张建华');
  await counters.press('Enter');
  await counters.fill('李秀兰');
  await counters.press('Enter');
  await detail.getByRole('button', { name: '保存计票' }).click();
  await expect(app.getByText('计票已保存')).toBeVisible();
  await detail.getByRole('button', { name: '结束票决' }).click();
  const confirm = await opened(app.locator('.ant-modal-confirm'));
  await confirm.getByRole('button', { name: '结束票决' }).click();
  await expect(confirm).toBeHidden();

  const result = detail.getByTestId('vote-result');
  await expect(result).toBeVisible();
  const rows = result.locator('tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toContainText(CANDIDATES[0].name);
  await expect(rows.nth(0)).toContainText('当选');
  await expect(rows.nth(1)).toContainText('当选');
  await expect(rows.nth(2)).not.toContainText('当选');
  await expect(detail.getByTestId('vote-margin')).toHaveText('末位当选与首位未当选相差 13 票');
  await expect(result).toContainText('张建华、李秀兰');
  await app.setViewportSize({ width: 1366, height: 768 });
  await settled(app);
  await app.screenshot({ path: join(SHOTS, 'project-votes-1366x768.png'), fullPage: true });

  // 投屏 onto the meeting's projector.
  await detail.getByTestId('vote-present').click();
  const present = await opened(app.getByRole('dialog'));
  await present.getByTestId('vote-present-send').click();
  await expect(app.getByText(/已投屏到/)).toBeVisible();

  const projector = await context.newPage();
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await projector.goto(projectorUrl(host, meetingId));
  const panel = projector.getByTestId('live-panel-vote');
  await expect(panel).toBeVisible();
  for (const c of CANDIDATES) await expect(panel).toContainText(c.name);
  await expect(panel.locator('[data-chosen="true"]')).toHaveCount(2);
  await expect(panel.getByTestId('live-vote-margin')).toHaveText('末位当选与首位未当选相差 13 票');
  await expect(panel).toContainText('计票人：张建华、李秀兰');
  await expect(panel).toContainText('参加投票 40 人');
  await settled(projector);
  await expectLegible(projector, 'vote panel at 1920×1080');
  await projector.screenshot({ path: join(SHOTS, 'live-vote-1920x1080.png') });
  await projector.setViewportSize({ width: 1024, height: 768 });
  await settled(projector);
  await expectLegible(projector, 'vote panel at 1024×768');
  await projector.screenshot({ path: join(SHOTS, 'live-vote-1024x768.png') });

  // 撤下: the card again.
  await present
    .locator('.ant-modal-footer')
    .getByRole('button', { name: /关\s*闭/ })
    .click();
  await expect(present).toBeHidden();
  await app.getByTestId('vote-take-down').click();
  await expect(panel).toHaveCount(0);
});

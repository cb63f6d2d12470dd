import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { repoRoot, type HostMode } from './support/host-mode';
import { measureLiveLayer } from './support/live-layer-checks';
import { openConsole, projectorUrl, seedReport, VISIBLE_IDS } from './support/presenter';

const SHOTS = join(repoRoot, 'artifacts', 'screenshots');
const ASKER = '王秀英';
const ASKER_PHONE = '13912345678';
/** A phone number typed into the question itself: masked on every public surface. */
const PHONE_IN_TEXT = '13698765432';
const BY = '测试员';

const QUESTION_TEXT = `芳城园一区晚上停车太难了，车位缺口大，很多车只能停在消防通道上，街道能不能协调周边单位错时共享车位？有消息请打 ${PHONE_IN_TEXT}`;

/** A meeting with the presenter cards and a live record in every outcome; the parking question on screen. */
async function seedLive(host: HostMode) {
  const meetingId = await seedReport(host);
  const community = await host.call('communities.create', { name: '芳城园一区社区' });
  const lead = await host.call('departments.create', { name: '城管执法队' });
  const co = await host.call('departments.create', { name: '交通科' });
  const ask = (text: string, extra: Record<string, string> = {}) =>
    host.call('questions.create', {
      meetingId,
      question: { text, communityId: community.id, category: '停车管理', departmentId: lead.id, ...extra },
      by: BY,
    });
  const parking = await ask(QUESTION_TEXT, { askerName: ASKER, askerPhone: ASKER_PHONE });
  const same = await ask('芳城园一区停车位不够，晚上回家找不到车位', {
    askerName: '李建国',
    askerPhone: '13511112222',
  });
  await host.call('questions.merge', { meetingId, sourceId: same.id, targetId: parking.id, by: BY });
  await host.call('questions.vote', { meetingId, id: parking.id, delta: 1 });
  await host.call('questions.vote', { meetingId, id: parking.id, delta: 1 });
  const referred = await ask('小区楼道灯坏了三个月没人修');
  await host.call('questions.move', {
    meetingId,
    id: referred.id,
    expectedRevision: referred.revision,
    move: { to: 'referred', departmentId: co.id, dueDate: '2099-07-25' },
    by: BY,
  });
  const declined = await ask('希望街道出钱给每户装空调');
  await host.call('questions.move', {
    meetingId,
    id: declined.id,
    expectedRevision: declined.revision,
    move: { to: 'declined', reason: '属于个人消费，不在公共财政支出范围' },
    by: BY,
  });
  const answered = await ask('垃圾分类桶什么时候换新的？');
  await host.call('questions.move', {
    meetingId,
    id: answered.id,
    expectedRevision: answered.revision,
    move: { to: 'answered' },
    by: BY,
  });
  const committed = await ask('方庄路早高峰拥堵，能不能增加交通协管员？');
  await host.call('commitments.create', {
    meetingId,
    commitment: {
      questionId: committed.id,
      text: '早高峰在方庄路口增派两名交通协管员，一个月内完成信号灯配时优化',
      listType: 'deadline',
      leadDepartmentId: co.id,
      coDepartmentIds: [lead.id],
      owner: '交通科 张科长',
      deadline: { kind: 'date', date: '2099-08-10' },
    },
    by: BY,
  });
  await ask('社区活动室周末能否开放');
  const current = (await host.call('questions.list', { meetingId })).questions.find(
    (q) => q.id === parking.id,
  );
  await host.call('questions.move', {
    meetingId,
    id: parking.id,
    expectedRevision: current?.revision ?? parking.revision,
    move: { to: 'onScreen' },
    by: BY,
  });
  await host.call('presentation.act', { meetingId, action: { kind: 'start', fromCurrent: false } });
  await host.call('presentation.act', { meetingId, action: { kind: 'goTo', index: 2 } });
  return meetingId;
}

/** The workbench's 现场 tab of the meeting (the place and tab survive the reload). */
async function openLiveTab(page: Page, meetingId: string) {
  await page.evaluate((id) => {
    window.sessionStorage.setItem('rbd.place', JSON.stringify({ screen: 'workbench', meetingId: id }));
    window.sessionStorage.setItem('rbd.stage', 'live');
  }, meetingId);
  await page.reload();
  await page.getByTestId('projector-controls').waitFor();
  // Keys go to the window, not to a field.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
}

/** The projector never holds the asker's name or phone, nor the phone typed into the question. */
async function expectNothingPersonal(projector: Page) {
  const { text, html } = await projector.evaluate(() => ({
    text: document.body.innerText,
    html: document.documentElement.outerHTML,
  }));
  for (const secret of [ASKER, ASKER_PHONE, PHONE_IN_TEXT, '李建国', '13511112222']) {
    expect(text, `projector text holds ${secret}`).not.toContain(secret);
    expect(html, `projector HTML holds ${secret}`).not.toContain(secret);
  }
}

async function expectLegible(projector: Page, what: string) {
  const measured = await measureLiveLayer(projector);
  expect(measured.texts, what).toBeGreaterThan(0);
  expect(measured.problems, what).toEqual([]);
  expect(measured.smallestPrimaryPx, what).toBeGreaterThanOrEqual(measured.box.height / 20 - 0.05);
}

const pressed = (page: Page, testId: string) =>
  expect(page.getByTestId(testId)).toHaveAttribute('aria-pressed', 'true');
const unpressed = (page: Page, testId: string) =>
  expect(page.getByTestId(testId)).toHaveAttribute('aria-pressed', 'false');

test('the 现场 tab switches the projector overlays and panels by key; the hall never sees a name or phone', async ({
  app,
  host,
  context,
}) => {
  test.setTimeout(180_000);
  mkdirSync(SHOTS, { recursive: true });
  const meetingId = await seedLive(host);
  const projector = await context.newPage();
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await projector.goto(projectorUrl(host, meetingId));
  await expect(projector.getByTestId('projector')).toHaveAttribute('data-current-card-id', VISIBLE_IDS[2]!);
  await openLiveTab(app, meetingId);

  // Putting a question on screen shows it, and making a commitment shows that: both already on.
  await pressed(app, 'switch-overlay-question');
  await pressed(app, 'switch-overlay-commitment');
  // Q and K switch them off and on again, each on its own.
  await app.keyboard.press('k');
  await unpressed(app, 'switch-overlay-commitment');
  await expect(projector.getByTestId('live-commitment')).toHaveCount(0);
  await app.keyboard.press('q');
  await unpressed(app, 'switch-overlay-question');
  await expect(projector.getByTestId('live-question')).toHaveCount(0);
  await app.keyboard.press('Q');
  await pressed(app, 'switch-overlay-question');
  const question = projector.getByTestId('live-question');
  await expect(question).toBeVisible();
  await expect(question).toContainText('芳城园一区晚上停车太难了');
  await expect(question).toContainText('停车管理');
  await expect(question).toContainText('芳城园一区社区');
  await expect(question).toContainText('同类问题 2 人提出');
  await expect(question).toContainText('2 票');
  await expectNothingPersonal(projector);
  await expectLegible(projector, 'question overlay');
  await projector.screenshot({ path: join(SHOTS, 'live-question-1920x1080.png') });

  // T, K, J together: none covers another.
  await app.keyboard.press('t');
  await app.keyboard.press('k');
  await app.keyboard.press('j');
  for (const id of ['switch-overlay-countdown', 'switch-overlay-commitment', 'switch-overlay-join'])
    await pressed(app, id);
  await expect(projector.getByTestId('live-countdown')).toBeVisible();
  await expect(projector.getByTestId('live-countdown-time')).toHaveText('03:00');
  const commitment = projector.getByTestId('live-commitment');
  await expect(commitment).toContainText('早高峰在方庄路口增派两名交通协管员');
  await expect(commitment).toContainText('限期办理');
  await expect(commitment).toContainText('交通科');
  await expect(commitment).toContainText('城管执法队');
  await expect(commitment).toContainText('交通科 张科长');
  await expect(commitment).toContainText('2099 年 8 月 10 日');
  // No join address yet (phones come later): the Wi-Fi name only, and nothing that looks like a QR.
  await expect(projector.getByTestId('live-join')).toHaveAttribute('data-has-qr', 'false');
  await expect(projector.getByTestId('live-join').locator('svg')).toHaveCount(0);
  const boxes = await Promise.all(
    ['live-question', 'live-countdown', 'live-commitment', 'live-join'].map((id) =>
      projector.getByTestId(id).boundingBox(),
    ),
  );
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const overlap =
        Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
        Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
      expect(overlap, `overlays ${i} and ${j} overlap`).toBe(0);
    }
  await expectNothingPersonal(projector);
  await expectLegible(projector, 'four overlays at 1920×1080');
  await projector.setViewportSize({ width: 1024, height: 768 });
  await expectLegible(projector, 'four overlays at 1024×768');
  await projector.setViewportSize({ width: 1920, height: 1080 });

  // O starts the countdown, O again pauses it; the time stands while paused, in both windows.
  await app.keyboard.press('o');
  await expect(projector.getByTestId('live-countdown')).toHaveAttribute('data-running', 'true');
  await pressed(app, 'switch-countdown-toggle');
  await expect(projector.getByTestId('live-countdown-time')).not.toHaveText('03:00', { timeout: 5_000 });
  await app.keyboard.press('o');
  await expect(projector.getByTestId('live-countdown')).toHaveAttribute('data-running', 'false');
  await unpressed(app, 'switch-countdown-toggle');
  const paused = await projector.getByTestId('live-countdown-time').textContent();
  await expect(app.getByTestId('countdown-readout')).toContainText(paused ?? '');
  await projector.waitForTimeout(1_200);
  await expect(projector.getByTestId('live-countdown-time')).toHaveText(paused ?? '');
  // The card stayed where it was: the countdown keys never move the deck.
  await expect(projector.getByTestId('projector')).toHaveAttribute('data-current-card-id', VISIBLE_IDS[2]!);
  await app.keyboard.press('Shift+O');
  await expect(projector.getByTestId('live-countdown-time')).toHaveText('03:00');

  // Keys typed into a field stay in the field.
  await app.getByRole('spinbutton', { name: '每次答复' }).focus();
  await app.keyboard.press('q');
  await pressed(app, 'switch-overlay-question');
  await app.locator('body').click({ position: { x: 5, y: 5 } });

  // Panels, one at a time, in place of the card.
  await app.keyboard.press('l');
  await pressed(app, 'switch-panel-moderation');
  const moderation = projector.getByTestId('live-panel-moderation');
  await expect(moderation).toBeVisible();
  await expect(projector.getByTestId('live-question')).toHaveCount(0);
  await expect(projector.getByTestId('live-count-received')).toContainText('7');
  await expect(projector.getByTestId('live-count-merged')).toContainText('1');
  await expect(projector.getByTestId('live-count-referred')).toContainText('1');
  await expect(projector.getByTestId('live-count-declined')).toContainText('1');
  await expect(projector.getByTestId('live-list-referred')).toContainText('2099 年 7 月 25 日前书面答复');
  await expect(projector.getByTestId('live-list-declined')).toContainText(
    '理由：属于个人消费，不在公共财政支出范围',
  );
  await expect(projector.getByTestId('live-panel-period')).toContainText('共收到 7 个问题');
  await expectNothingPersonal(projector);
  await expectLegible(projector, 'moderation panel');
  await projector.screenshot({ path: join(SHOTS, 'live-panel-moderation-1920x1080.png') });

  await app.keyboard.press('g');
  await unpressed(app, 'switch-panel-moderation');
  await pressed(app, 'switch-panel-scores');
  const scores = projector.getByTestId('live-panel-scores');
  await expect(scores).toBeVisible();
  // Nobody has scored yet: dashes, never 0.
  await expect(projector.getByTestId('live-score-row').first()).toContainText('—');
  await expectLegible(projector, 'scores panel');

  await app.keyboard.press('z');
  await expect(projector.getByTestId('live-panel-summary')).toBeVisible();
  await expect(projector.getByTestId('live-summary-list-deadline')).toContainText('1 项');
  await expect(projector.getByTestId('live-summary-departments')).toContainText('交通科');
  await expectNothingPersonal(projector);
  await expectLegible(projector, 'summary panel');

  // A clicker's PageDown moves the card from the 现场 tab, and the hall sees the card again.
  await app.keyboard.press('PageDown');
  await expect(projector.getByTestId('projector')).toHaveAttribute('data-current-card-id', VISIBLE_IDS[3]!);
  await expect(projector.getByTestId('live-layer')).toHaveAttribute('data-panel', 'none');
  await unpressed(app, 'switch-panel-summary');
  await app.keyboard.press('PageUp');
  await expect(projector.getByTestId('projector')).toHaveAttribute('data-current-card-id', VISIBLE_IDS[2]!);
  await expect(projector.getByTestId('live-question')).toBeVisible();

  // A blank screen hides everything; the overlays come back with the card.
  await host.call('presentation.act', { meetingId, action: { kind: 'blank', blank: 'black' } });
  await expect(projector.getByTestId('live-layer')).toHaveCount(0);
  await host.call('presentation.act', { meetingId, action: { kind: 'blank', blank: 'black' } });
  await expect(projector.getByTestId('live-question')).toBeVisible();

  // Q again takes the question off the wall.
  await app.keyboard.press('q');
  await unpressed(app, 'switch-overlay-question');
  await expect(projector.getByTestId('live-question')).toHaveCount(0);
  await expectNothingPersonal(projector);
});

test('the countdown turns amber in the last 30 s and red at zero, counting the time over', async ({
  host,
  context,
}) => {
  const meetingId = await seedReport(host);
  await host.call('presentation.act', { meetingId, action: { kind: 'start', fromCurrent: false } });
  await host.call('presentation.act', {
    meetingId,
    action: { kind: 'countdownSet', seconds: 31, sound: true },
  });
  const projector = await context.newPage();
  await projector.setViewportSize({ width: 1024, height: 768 });
  await projector.goto(projectorUrl(host, meetingId));
  await host.call('presentation.act', { meetingId, action: { kind: 'countdownStart' } });
  const countdown = projector.getByTestId('live-countdown');
  await expect(countdown).toHaveAttribute('data-phase', 'normal');
  await expect(countdown).toHaveAttribute('data-phase', 'warning', { timeout: 5_000 });
  await expectLegible(projector, 'amber countdown');
  // Run it past zero without waiting half a minute: pause, then the stored time is what counts.
  await host.call('presentation.act', { meetingId, action: { kind: 'countdownSet', seconds: 10 } });
  await host.call('presentation.act', { meetingId, action: { kind: 'countdownStart' } });
  await expect(countdown).toHaveAttribute('data-phase', 'over', { timeout: 15_000 });
  await expect(countdown).toContainText('超时');
  await expect(projector.getByTestId('live-countdown-time')).toHaveText(/^\+0:\d\d$/);
  await expectLegible(projector, 'red countdown');
});

test('the presenter console switches the same overlays and countdown by key, without moving the deck', async ({
  app,
  host,
  context,
}) => {
  const meetingId = await seedReport(host);
  await host.call('presentation.act', { meetingId, action: { kind: 'start', fromCurrent: false } });
  await host.call('presentation.act', { meetingId, action: { kind: 'goTo', index: 2 } });
  const projector = await context.newPage();
  await projector.goto(projectorUrl(host, meetingId));
  await openConsole(app, meetingId);
  const switches = app.getByTestId('console-live-switches');
  await expect(switches).toBeVisible();
  await app.keyboard.press('t');
  await expect(switches.getByTestId('switch-overlay-countdown')).toHaveAttribute('aria-pressed', 'true');
  await expect(projector.getByTestId('live-countdown')).toBeVisible();
  await app.keyboard.press('o');
  await expect(projector.getByTestId('live-countdown')).toHaveAttribute('data-running', 'true');
  await app.keyboard.press('o');
  await expect(projector.getByTestId('live-countdown')).toHaveAttribute('data-running', 'false');
  await app.keyboard.press('l');
  await expect(projector.getByTestId('live-panel-moderation')).toBeVisible();
  await app.keyboard.press('l');
  await expect(projector.getByTestId('live-panel-moderation')).toHaveCount(0);
  // None of these keys moved the card; the deck's own keys still do.
  await expect(projector.getByTestId('projector')).toHaveAttribute('data-current-card-id', VISIBLE_IDS[2]!);
  await app.keyboard.press('ArrowRight');
  await expect(projector.getByTestId('projector')).toHaveAttribute('data-current-card-id', VISIBLE_IDS[3]!);
  await expect(projector.getByTestId('live-countdown')).toBeVisible();
});

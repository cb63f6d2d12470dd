// The projector's live layer for `npm run screenshots`: overlays over a card of the demo's street
// meeting (a question put on screen, the answer countdown, a commitment just made, the join box) and
// the full-screen panels of the demo's held parking meeting (its ≥ 30 questions, commitments and show
// of hands), at the hall's two sizes. Each shot is also measured for the 1/20 text, 4.5:1 contrast
// and anything scrolling over or outside the screen.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { LivePanel, PresentationAction } from '../shared/domain';
import type { HostMode } from '../test/e2e/support/host-mode';
import { measureLiveLayer } from '../test/e2e/support/live-layer-checks';
import { SIZES } from '../test/e2e/support/page-checks';
import { projectorUrl } from '../test/e2e/support/presenter';
import { freePort } from '../test/e2e/support/free-port';

const BY = '截图脚本';

/** A few questions in the street meeting, the parking one on screen and a commitment made from another. */
async function seedStreetLive(host: HostMode, meetingId: string): Promise<void> {
  const office = await host.call('office.get', {});
  const community = office.communities[0]?.id ?? null;
  const [lead, co] = office.departments;
  if (!lead) return;
  const ask = (text: string, category: string) =>
    host.call('questions.create', {
      meetingId,
      question: {
        text,
        communityId: community,
        category,
        departmentId: lead.id,
        askerName: '王秀英',
        askerPhone: '13912345678',
      },
      by: BY,
    });
  const parking = await ask(
    '芳城园一区晚上停车太难了，很多车只能停在消防通道上，街道能不能协调周边单位错时共享车位？',
    '停车管理',
  );
  const same = await ask('小区停车位不够，晚上回家找不到车位', '停车管理');
  await host.call('questions.merge', { meetingId, sourceId: same.id, targetId: parking.id, by: BY });
  for (let i = 0; i < 5; i++) await host.call('questions.vote', { meetingId, id: parking.id, delta: 1 });
  const traffic = await ask('方庄路早高峰拥堵，能不能增加交通协管员？', '交通出行');
  await host.call('commitments.create', {
    meetingId,
    commitment: {
      questionId: traffic.id,
      text: '早高峰在方庄路口增派两名交通协管员，一个月内完成信号灯配时优化',
      listType: 'deadline',
      leadDepartmentId: lead.id,
      coDepartmentIds: co ? [co.id] : [],
      owner: '城市管理办公室 张主任',
      deadline: { kind: 'preset', preset: 'days30' },
    },
    by: BY,
  });
  const current = (await host.call('questions.list', { meetingId })).questions.find(
    (q) => q.id === parking.id,
  );
  if (current)
    await host.call('questions.move', {
      meetingId,
      id: current.id,
      expectedRevision: current.revision,
      move: { to: 'onScreen' },
      by: BY,
    });
}

async function act(host: HostMode, meetingId: string, actions: PresentationAction[]): Promise<void> {
  for (const action of actions) await host.call('presentation.act', { meetingId, action });
}

async function shoot(page: Page, file: string, problems: string[]): Promise<void> {
  // The live layer follows the push events; give FitText its fitting pass after the fonts.
  await page.locator('[data-live-native]').waitFor({ timeout: 15_000 });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
  await page.screenshot({ path: file });
  const measured = await measureLiveLayer(page);
  for (const problem of measured.problems) problems.push(`${file}: ${problem}`);
  process.stdout.write(
    `${file}${measured.problems.length ? `  (${measured.problems.length} legibility problems)` : ''}\n`,
  );
}

export async function liveProjectorShots(
  host: HostMode,
  page: Page,
  outDir: string,
  problems: string[],
): Promise<void> {
  const meetings = await host.call('meetings.list', {});
  const street = meetings.find((m) => m.title.includes('向群众报告工作会'));
  const held = meetings.find((m) => m.title.includes('停车管理专题'));
  if (street) {
    await seedStreetLive(host, street.id);
    const cards = (await host.call('report.view', { meetingId: street.id })).cards.filter((c) => !c.hidden);
    const chart = Math.max(
      0,
      cards.findIndex((c) => c.kind === 'chart'),
    );
    await act(host, street.id, [
      { kind: 'start', fromCurrent: false },
      { kind: 'goTo', index: chart },
      { kind: 'overlay', overlay: 'question', on: true },
      { kind: 'overlay', overlay: 'commitment', on: true },
      { kind: 'countdownSet', seconds: 180 },
      { kind: 'countdownStart' },
    ]);
    for (const size of [SIZES[0], SIZES[2]]) {
      await page.setViewportSize(size);
      await page.goto(projectorUrl(host, street.id));
      await shoot(page, join(outDir, `projector-live-overlays-${size.width}x${size.height}.png`), problems);
    }
    // The join box with its QR: the question box open on loopback (a shot, not a hall).
    const opened = await host
      .call('gateway.open', {
        meetingId: street.id,
        address: '127.0.0.1',
        port: await freePort(),
        wifi: '方庄街道会议室',
        by: BY,
      })
      .then(() => true)
      .catch((error: unknown) => {
        problems.push(`the question box did not open for the join shots: ${String(error)}`);
        return false;
      });
    await act(host, street.id, [
      { kind: 'overlay', overlay: 'commitment', on: false },
      { kind: 'overlay', overlay: 'join', on: true },
      { kind: 'countdownPause' },
    ]);
    for (const size of [SIZES[0], SIZES[2]]) {
      await page.setViewportSize(size);
      await page.goto(projectorUrl(host, street.id));
      if (opened) await page.locator('[data-testid="live-join"] svg').waitFor({ timeout: 15_000 });
      await shoot(page, join(outDir, `projector-live-join-${size.width}x${size.height}.png`), problems);
    }
    if (opened) await host.call('gateway.close', { meetingId: street.id, by: BY });
    await act(host, street.id, [{ kind: 'stop' }]);
  }
  const panelMeeting = held ?? street;
  if (!panelMeeting) return;
  for (const panel of ['moderation', 'scores', 'summary'] satisfies LivePanel[]) {
    await act(host, panelMeeting.id, [{ kind: 'panel', panel }]);
    for (const size of [SIZES[0], SIZES[2]]) {
      await page.setViewportSize(size);
      await page.goto(projectorUrl(host, panelMeeting.id));
      await shoot(page, join(outDir, `projector-live-${panel}-${size.width}x${size.height}.png`), problems);
    }
  }
  await act(host, panelMeeting.id, [{ kind: 'panel', panel: 'none' }]);
}

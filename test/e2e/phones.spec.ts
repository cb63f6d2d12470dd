import type { Page } from '@playwright/test';
import { PHONE_HTTP } from '../../shared/api/phone-contract';
import { expect, test } from './support/fixtures';
import type { HostMode } from './support/host-mode';
import { revealPanel } from './support/live-panels';
import { hallCard, mineItem, openBoxFromConsole, openPhone, scorePart } from './support/phone-box';
import { projectorUrl, seedReport } from './support/presenter';
import { freePort } from './support/free-port';
import { openLiveStage } from './support/live-stage';

/**
 * Residents' phones end to end, in host mode with the real question-box gateway: the console opens the box on
 * 127.0.0.1, a phone at 360×740 asks, the console approves and puts it on screen, the projector and
 * the phone follow, a second phone upvotes once, both score the report, and the console shows the
 * phones' votes apart from the show of hands. Every page reloaded: nothing lost.
 */

const QUESTION = '小区门口的路灯坏了两个月，晚上回家看不清路，什么时候能修好？';
/** The first agenda part of the seeded report (support/presenter.ts): one row to score. */
const PART = '第一部分 亮家底';
const BY = '工作人员';

const row = (page: Page, text: string) =>
  page
    .getByTestId('question-row')
    .filter({ has: page.getByTestId('question-text').getByText(text, { exact: true }) });

async function phoneQuestions(host: HostMode, meetingId: string) {
  return (await host.call('questions.list', { meetingId })).questions.filter((q) => q.source === 'phone');
}

test('two phones ask, upvote once and score; the console approves and shows it; a reload loses nothing', async ({
  app,
  host,
  browser,
}) => {
  test.setTimeout(300_000);
  const meetingId = await seedReport(host);
  await openLiveStage(app, meetingId);

  const projector = await app.context().newPage();
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await projector.goto(projectorUrl(host, meetingId));
  await projector.getByTestId('projector').waitFor();

  // The operator opens the box from the console's 手机提问 panel.
  const port = await freePort();
  const joinUrl = await openBoxFromConsole(app, port, '方庄街道会议室');
  expect((await host.call('gateway.status', { meetingId })).joinUrl).toBe(joinUrl);

  // Phone A asks: 已收到 and 待审核 once the owner stored it, not shown to the hall yet.
  const a = await openPhone(browser, joinUrl);
  await a.page.getByLabel('问题内容').fill(QUESTION);
  await a.page.getByRole('button', { name: '提交问题' }).click();
  const mine = mineItem(a.page, QUESTION);
  await expect(mine.getByText('已收到')).toBeVisible();
  await expect(mine.getByText('待审核')).toBeVisible();
  const [stored, ...others] = await phoneQuestions(host, meetingId);
  expect(others).toEqual([]);
  expect(stored).toMatchObject({ text: QUESTION, approved: false, state: 'waiting', askerName: '' });

  // The console: the row is marked 手机 / 待审核; Y approves it, S puts it on screen.
  const question = row(app, QUESTION);
  await expect(question).toHaveAttribute('data-approved', 'false');
  await question.click();
  await expect(question).toHaveAttribute('aria-selected', 'true');
  await app.locator('body').focus();
  await app.keyboard.press('y');
  await expect(question).toHaveAttribute('data-approved', 'true');
  await expect(mine.getByText('待回答')).toBeVisible();
  await app.keyboard.press('s');
  await expect(projector.getByTestId('live-question')).toContainText(QUESTION);
  await expect(mine.getByText('正在大屏上')).toBeVisible();

  // Phone B sees it and upvotes it, once: the button is done, and a repeat changes nothing.
  const b = await openPhone(browser, joinUrl);
  const card = hallCard(b.page, QUESTION);
  await expect(card.getByText('0 人赞同')).toBeVisible();
  await card.getByRole('button', { name: /赞同这条提问/ }).click();
  await expect(card.getByRole('button', { name: '已赞' })).toBeDisabled();
  await expect(card.getByText('1 人赞同')).toBeVisible();
  const again = await b.page.evaluate(
    async ({ questionId, tokenHeader }) => {
      const token = new URLSearchParams(location.hash.slice(1)).get('k') ?? '';
      const phoneId = localStorage.getItem('rbd.phone.id');
      const response = await fetch('/p/vote', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [tokenHeader]: token },
        body: JSON.stringify({ phoneId, questionId }),
      });
      return (await response.json()) as unknown;
    },
    { questionId: stored!.id, tokenHeader: PHONE_HTTP.tokenHeader },
  );
  expect(again).toEqual({ ok: true, value: { questionId: stored!.id, votes: 1, votedByMe: true } });
  await expect(hallCard(a.page, QUESTION).getByText('1 人赞同')).toBeVisible();
  expect((await phoneQuestions(host, meetingId))[0]?.votes).toBe(1);

  // Both phones score the first part; the show of hands is counted in the hall.
  await scorePart(a.page, PART).getByRole('button', { name: '满意', exact: true }).click();
  await expect(scorePart(a.page, PART).getByText('你的选择：满意')).toBeVisible();
  await scorePart(b.page, PART).getByRole('button', { name: '基本满意' }).click();
  await expect(scorePart(b.page, PART).getByText('你的选择：基本满意')).toBeVisible();
  const partId = (await host.call('scores.get', { meetingId })).parts.find((p) => p.title === PART)!.partId;
  await host.call('scores.set', {
    meetingId,
    partId,
    hands: { satisfied: 12, basicallySatisfied: 4, dissatisfied: 3 },
    by: BY,
  });

  const expectScores = async () => {
    await revealPanel(app, 'scores');
    const scores = app.getByTestId('scores-panel').getByTestId('score-row').filter({ hasText: PART }).first();
    await expect(scores.getByTestId('score-total')).toContainText('满意 + 基本满意 16 / 19 票');
    await expect(scores.getByTestId('score-total-phones')).toContainText('满意 + 基本满意 2 / 2 票');
    await expect(scores.getByLabel(`${PART}：满意（手机票数）`)).toHaveText('1');
    await expect(scores.getByLabel(`${PART}：基本满意（手机票数）`)).toHaveText('1');
    await expect(scores.getByLabel(`${PART}：不满意（手机票数）`)).toHaveText('0');
    // Kept apart: the hands are not counted again with the phones.
    await expect(scores.getByLabel(`${PART}：满意（举手人数）`)).toHaveValue('12');
  };
  await expectScores();

  // Reload every page: nothing lost, on any of them.
  await Promise.all([app.reload(), projector.reload(), a.page.reload(), b.page.reload()]);
  await app.getByTestId('live-stage').waitFor();
  await expect(row(app, QUESTION)).toHaveAttribute('data-approved', 'true');
  await expect(projector.getByTestId('live-question')).toContainText(QUESTION);
  await expect(mineItem(a.page, QUESTION).getByText('正在大屏上')).toBeVisible();
  await expect(hallCard(b.page, QUESTION).getByRole('button', { name: '已赞' })).toBeDisabled();
  await expect(hallCard(b.page, QUESTION).getByText('1 人赞同')).toBeVisible();
  await expect(scorePart(a.page, PART).getByText('你的选择：满意')).toBeVisible();
  await expect(scorePart(b.page, PART).getByText('你的选择：基本满意')).toBeVisible();
  await expectScores();
  await app.getByTestId('tab-gateway').click();
  await expect(app.getByTestId('gateway-panel').getByTestId('gateway-state')).toHaveText('已打开');

  const [kept, ...extra] = await phoneQuestions(host, meetingId);
  expect(extra).toEqual([]);
  expect(kept).toMatchObject({ id: stored!.id, approved: true, state: 'onScreen', votes: 1 });

  await a.context.close();
  await b.context.close();
});

// `npx tsx scripts/phone-shots.ts`: the residents' phone page at 360×740 in each of its states, against
// the e2e gateway stand-in (test/e2e/support/phone-stub.ts), saved as artifacts/screenshots/phone-*.png.
// Prints one line per shot and fails if a page scrolls sideways.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import type { PhoneQuestionStatus } from '../shared/domain/phone';
import { chromiumArgs, chromiumPath } from '../test/e2e/support/chromium';
import { ensureBuilt, repoRoot } from '../test/e2e/support/host-mode';
import { horizontalOverflow } from '../test/e2e/support/page-checks';
import { startPhoneStub, type PhoneStub } from '../test/e2e/support/phone-stub';

const outDir = join(repoRoot, 'artifacts', 'screenshots');
const QUESTION = '小区门口乱停车，晚上救护车都进不来，能不能在路边施划停车位？';

interface Shot {
  name: string;
  show: (page: Page, stub: PhoneStub) => Promise<void>;
}

/** Brings a section's heading to the top, as a resident scrolling down to it sees it. */
async function scrollTo(page: Page, selector: string): Promise<void> {
  await page.locator(selector).evaluate((element) => {
    element.scrollIntoView(true);
    window.scrollBy(0, -8);
  });
}

async function ask(page: Page, text = QUESTION): Promise<void> {
  await page.getByLabel('问题内容').fill(text);
  await page.getByRole('button', { name: '提交问题' }).click();
  await page.locator('.mine li .received').first().waitFor();
}

/** Asks, then moves the stored question to a state and shows its card in "我的提问". */
function statusShot(name: string, change: Partial<PhoneQuestionStatus>, expected: string): Shot {
  return {
    name,
    show: async (page, stub) => {
      await ask(page);
      const [stored] = [...stub.questions.values()];
      if (!stored) throw new Error('nothing stored');
      stub.update(stored.status.clientId, { pending: false, ...change });
      const item = page.locator('.mine li').first();
      await item.getByText(expected, { exact: false }).first().waitFor();
      await scrollTo(page, '.mine h2');
    },
  };
}

const publicQuestions = (stub: PhoneStub) => {
  stub.addPublic({
    id: 'q-a',
    text: '垃圾桶站点太少，夏天异味很大，能不能每天多清运一次？',
    category: '环境卫生',
    communityName: '和平里社区',
    askers: 3,
    votes: 12,
    state: 'onScreen',
    votable: true,
  });
  stub.addPublic({
    id: 'q-b',
    text: '老楼加装电梯的补贴什么时候发放？',
    category: '加装电梯',
    communityName: null,
    askers: 1,
    votes: 5,
    state: 'waiting',
    votable: true,
  });
};

const SHOTS: Shot[] = [
  { name: 'empty', show: async () => {} },
  {
    name: 'typed-suggestion',
    show: async (page) => {
      await page.getByLabel('问题内容').fill(QUESTION);
      await page.getByText('已按内容推荐').waitFor();
    },
  },
  {
    name: 'received-pending',
    show: async (page) => {
      await ask(page);
      await scrollTo(page, '.mine h2');
    },
  },
  statusShot('status-waiting', {}, '待回答'),
  statusShot('status-on-screen', { state: 'onScreen' }, '正在大屏上'),
  statusShot(
    'status-answered',
    { state: 'answered', answerNote: '本周内在东侧路边施划 12 个临时车位。' },
    '已当场答复',
  ),
  statusShot(
    'status-committed',
    {
      state: 'committed',
      commitment: {
        text: '年底前施划停车位并安装地锁管理',
        listType: 'deadline',
        leadDepartmentName: '城市管理办公室',
        deadline: '2026-12-31',
      },
    },
    '已形成承诺',
  ),
  statusShot(
    'status-referred',
    { state: 'referred', referral: { departmentName: '交通支队', dueDate: '2026-12-20' } },
    '转交书面答复',
  ),
  statusShot(
    'status-declined',
    { state: 'declined', declineReason: '该路段属市政道路，不属于本街道职责' },
    '不予采纳',
  ),
  statusShot(
    'status-merged',
    { state: 'answered', merged: true, askers: 5, answerNote: '已与交通支队会商，下月起夜间巡查。' },
    '同类问题 5 人',
  ),
  {
    name: 'voted',
    show: async (page, stub) => {
      publicQuestions(stub);
      const card = page.locator('.questions li').filter({ hasText: '垃圾桶站点' });
      await card.getByRole('button', { name: /赞同这条提问/ }).click();
      await card.getByRole('button', { name: '已赞' }).waitFor();
      await scrollTo(page, '.questions h2');
    },
  },
  {
    name: 'scored',
    show: async (page) => {
      const first = page.locator('.score li').first();
      await first.getByRole('button', { name: '基本满意' }).click();
      await first.getByText('你的选择：基本满意').waitFor();
      const second = page.locator('.score li').nth(1);
      await second.getByRole('button', { name: '满意', exact: true }).click();
      await second.getByText('你的选择：满意').waitFor();
      await scrollTo(page, '.score h2');
    },
  },
  {
    name: 'rehearsal',
    show: async (page, stub) => {
      stub.setMeeting({ rehearsal: true });
      await page.getByText('彩排：').waitFor();
    },
  },
  {
    name: 'busy',
    show: async (page, stub) => {
      stub.failNext(
        'submit',
        Array.from({ length: 10 }, () => ({ status: 429, retryAfterSeconds: 30 })),
      );
      await page.getByLabel('问题内容').fill(QUESTION);
      await page.getByRole('button', { name: '提交问题' }).click();
      await page.getByText('人太多了，正在排队重试…').waitFor();
    },
  },
  {
    name: 'closed',
    show: async (page, stub) => {
      await ask(page);
      const [stored] = [...stub.questions.values()];
      if (stored)
        stub.update(stored.status.clientId, { pending: false, state: 'answered', answerNote: '已安排' });
      stub.setMeeting({ accepting: false });
      await page.getByText('本场报告会已结束').waitFor();
      await page.locator('.mine').getByText('已当场答复').waitFor();
    },
  },
];

async function take(browser: Browser, shot: Shot, path: string, withToken: boolean): Promise<void> {
  const stub = await startPhoneStub();
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
  try {
    const page = await context.newPage();
    await page.goto(withToken ? stub.url : `${stub.origin}/`);
    if (withToken) await page.getByRole('heading', { level: 1 }).getByText('报告工作会').waitFor();
    else await page.getByRole('alert').waitFor();
    await shot.show(page, stub);
    // Let the last redraw land before the picture.
    await page.waitForTimeout(150);
    const overflow = await horizontalOverflow(page);
    if (overflow > 0) throw new Error(`${shot.name} scrolls sideways by ${overflow}px`);
    await page.screenshot({ path });
    process.stdout.write(`${path}\n`);
  } finally {
    await context.close();
    await stub.close();
  }
}

ensureBuilt();
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  for (const shot of SHOTS) await take(browser, shot, join(outDir, `phone-${shot.name}.png`), true);
  await take(
    browser,
    { name: 'token-error', show: async () => {} },
    join(outDir, 'phone-token-error.png'),
    false,
  );
} finally {
  await browser.close();
}

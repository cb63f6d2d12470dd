import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ensureBuilt, repoRoot } from './support/host-mode';
import { startPhoneStub, type PhoneStub } from './support/phone-stub';

/**
 * The residents' phone page at 360×740 against an in-test gateway stand-in that serves dist/phone under
 * the gateway's CSP and answers /p/* as PHONE_HTTP says. The real gateway's guards are tested with it.
 */
test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test.beforeAll(() => ensureBuilt());

let stub: PhoneStub | undefined;
let cspErrors: string[] = [];

test.beforeEach(() => {
  stub = undefined;
  cspErrors = [];
});

test.afterEach(async () => {
  await stub?.close();
  // Any inline script or style the page tried would show here: the gateway's CSP refuses it.
  expect(cspErrors).toEqual([]);
});

async function open(page: Page, options: Parameters<typeof startPhoneStub>[0] = {}): Promise<PhoneStub> {
  const started = await startPhoneStub(options);
  stub = started;
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) cspErrors.push(message.text());
  });
  page.on('pageerror', (error) => cspErrors.push(`page error: ${error.message}`));
  await page.goto(started.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2026年第四季度向群众报告工作会');
  return started;
}

async function ask(page: Page, text: string): Promise<void> {
  await page.getByLabel('问题内容').fill(text);
  await page.getByRole('button', { name: '提交问题' }).click();
}

/** The one question the stub stored. */
function only(gate: PhoneStub) {
  const [stored, ...more] = [...gate.questions.values()];
  expect(more).toEqual([]);
  if (!stored) throw new Error('no question stored');
  return stored;
}

const mineItem = (page: Page, text: string) => page.locator('.mine li').filter({ hasText: text });

test('the built page has no inline script or style and only the three fixed files', () => {
  ensureBuilt();
  const html = readFileSync(join(repoRoot, 'dist', 'phone', 'index.html'), 'utf8');
  expect(html).toContain('<html lang="zh-CN">');
  expect(html).toMatch(/<meta name="viewport"/);
  expect(html).toContain('<script defer src="./phone.js"></script>');
  expect(html).toContain('<link rel="stylesheet" href="./phone.css">');
  // Every <script> has a src and nothing between its tags; no style attribute or element.
  const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.length).toBe(1);
  for (const [, attrs, body] of scripts) {
    expect(attrs).toMatch(/src=/);
    expect(attrs).not.toMatch(/type="module"/);
    expect(body?.trim()).toBe('');
  }
  expect(html).not.toMatch(/<style|style=/i);
  const js = readFileSync(join(repoRoot, 'dist', 'phone', 'phone.js'), 'utf8');
  // Nothing the target browsers lack without the page's own fallback, no module syntax, no eval.
  expect(js).not.toMatch(/\bimport\s*\(|\bexport\s*\{|\beval\(|new Function\(/);
  expect(js).not.toMatch(/\.innerHTML|insertAdjacentHTML|document\.write/);
  expect(js).not.toMatch(/Object\.fromEntries|\.replaceAll\(|structuredClone|globalThis|\.replaceChildren\(/);
});

test('a submitted question shows 已收到 only once the gateway stored it, and a status change arrives by the stream', async ({
  page,
}) => {
  const gate = await open(page);
  await expect(page.getByText('匿名提问：不需要填写姓名和电话。')).toBeVisible();
  await page.getByLabel('问题内容').fill('小区门口乱停车，晚上救护车都进不来，能不能施划停车位？');
  await expect(page.locator('.counter')).toHaveText('27/500');
  // The category follows the text until the resident picks one.
  await expect(page.getByLabel('问题类别')).toHaveValue('停车管理');
  await expect(page.getByText('已按内容推荐“停车管理”，可以修改')).toBeVisible();
  await page.getByLabel('所在社区（可不选）').selectOption({ label: '小黄庄社区' });
  await page.getByRole('button', { name: '提交问题' }).click();

  const item = mineItem(page, '救护车都进不来');
  await expect(item.getByText('已收到')).toBeVisible();
  await expect(item.getByText('待审核')).toBeVisible();
  expect(gate.questions.size).toBe(1);
  const stored = only(gate);
  expect(stored?.category).toBe('停车管理');
  expect(stored?.communityId).toBe('c-2');
  await expect(page.getByLabel('问题内容')).toHaveValue('');

  await expect.poll(() => gate.streams()).toBeGreaterThan(0);
  gate.approve(stored.status.clientId);
  await expect(item.getByText('待回答')).toBeVisible();
  gate.update(stored.status.clientId, { state: 'onScreen' });
  await expect(item.getByText('正在大屏上')).toBeVisible();
  gate.update(stored.status.clientId, {
    state: 'committed',
    merged: true,
    askers: 3,
    commitment: {
      text: '年底前施划 20 个停车位',
      listType: 'deadline',
      leadDepartmentName: '城市管理办公室',
      deadline: '2026-12-31',
    },
  });
  await expect(item.getByText('已形成承诺')).toBeVisible();
  await expect(item.getByText('同类问题 3 人')).toBeVisible();
  await expect(item.getByText('负责单位：城市管理办公室')).toBeVisible();
  await expect(item.getByText('完成期限：2026年12月31日前')).toBeVisible();
});

test('readable at 360×740: large targets, 16 px text or more, nothing scrolls sideways', async ({ page }) => {
  const gate = await open(page);
  gate.addPublic({
    id: 'q-long',
    text: '很长的问题'.repeat(40),
    category: '环境卫生',
    communityName: '和平里社区',
    askers: 1,
    votes: 0,
    state: 'waiting',
    votable: true,
  });
  await expect(page.locator('.questions li')).toHaveCount(1);
  const measured = await page.evaluate(() => {
    const small: string[] = [];
    const targets: string[] = [];
    for (const element of Array.from(document.querySelectorAll('button, select, textarea'))) {
      const box = element.getBoundingClientRect();
      if (box.height < 48 || box.width < 48) targets.push(`${element.tagName} ${box.width}×${box.height}`);
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || node.textContent?.trim() === '' || parent.closest('noscript, option')) continue;
      const size = parseFloat(getComputedStyle(parent).fontSize);
      if (size < 16) small.push(`${size}px ${node.textContent?.slice(0, 20)}`);
    }
    return { small, targets, overflow: document.documentElement.scrollWidth - window.innerWidth };
  });
  expect(measured).toEqual({ small: [], targets: [], overflow: 0 });
});

test('without an event stream the page polls and still sees the change', async ({ page }) => {
  const gate = await open(page, { noEvents: true });
  await ask(page, '楼道里的灯坏了三个月了');
  const item = mineItem(page, '楼道里的灯');
  await expect(item.getByText('已收到')).toBeVisible();
  const stored = only(gate);
  // quiet: nothing is announced; only the 5 s poll can find it.
  gate.update(
    stored.status.clientId,
    { pending: false, state: 'declined', declineReason: '不属于本街道职责' },
    true,
  );
  await expect(item.getByText('不予采纳：不属于本街道职责')).toBeVisible({ timeout: 15_000 });
});

test('a question from another resident is text, never markup; one upvote per phone, kept after reload', async ({
  page,
}) => {
  const gate = await open(page);
  gate.addPublic({
    id: 'q-public',
    text: '<img src=x onerror="document.title=1">垃圾桶太少',
    category: '环境卫生',
    communityName: '和平里社区',
    askers: 2,
    votes: 4,
    state: 'waiting',
    votable: true,
  });
  const card = page.locator('.questions li').filter({ hasText: '垃圾桶太少' });
  await expect(card.locator('.question-text')).toHaveText('<img src=x onerror="document.title=1">垃圾桶太少');
  await expect(card.locator('img')).toHaveCount(0);
  await expect(card.getByText('4 人赞同')).toBeVisible();
  await card.getByRole('button', { name: /赞同这条提问/ }).click();
  await expect(card.getByRole('button', { name: '已赞' })).toBeDisabled();
  await expect(card.getByText('5 人赞同')).toBeVisible();
  await page.reload();
  await expect(card.getByRole('button', { name: '已赞' })).toBeDisabled();
  await expect(card.getByText('5 人赞同')).toBeVisible();
  await expect(page.getByRole('button', { name: /赞同这条提问/ })).toHaveCount(0);
});

test('scores one choice per part, shows it and lets it change', async ({ page }) => {
  const gate = await open(page);
  const part = page.locator('.score li').filter({ hasText: '一、老旧小区改造' });
  await expect(part.getByText('还没有选择')).toBeVisible();
  await part.getByRole('button', { name: '基本满意' }).click();
  await expect(part.getByText('你的选择：基本满意')).toBeVisible();
  await part.getByRole('button', { name: '满意', exact: true }).click();
  await expect(part.getByText('你的选择：满意')).toBeVisible();
  await expect(part.getByRole('button', { name: '满意', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect([...gate.scores.values()]).toEqual(['satisfied']);
});

test('the hall is busy: 429 then 200 ends with exactly one stored question, kept after reload', async ({
  page,
}) => {
  const gate = await open(page);
  gate.failNext('submit', [{ status: 429, retryAfterSeconds: 1 }]);
  await ask(page, '加装电梯的补贴什么时候发？');
  await expect(page.getByText('人太多了，正在排队重试…')).toBeVisible();
  const item = mineItem(page, '加装电梯的补贴');
  await expect(item.getByText('已收到')).toBeVisible({ timeout: 20_000 });
  expect(gate.submitCalls()).toBe(2);
  expect(gate.questions.size).toBe(1);
  await page.reload();
  await expect(mineItem(page, '加装电梯的补贴').getByText('已收到')).toBeVisible();
  expect(gate.questions.size).toBe(1);
});

test('a stored question whose answer was lost is sent again with the same clientId and stored once', async ({
  page,
}) => {
  const gate = await open(page);
  gate.failNext('submit', [{ status: 503, afterHandling: true }]);
  await ask(page, '小区充电桩不够用');
  await expect(mineItem(page, '充电桩').getByText('已收到')).toBeVisible({ timeout: 20_000 });
  expect(gate.submitCalls()).toBe(2);
  expect(gate.questions.size).toBe(1);
});

test.describe('on a phone set to English', () => {
  test.use({ locale: 'en-US' });

  test('the page speaks English', async ({ page }) => {
    const gate = await startPhoneStub();
    stub = gate;
    await page.goto(gate.url);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
    await expect(page.getByRole('button', { name: 'Send question' })).toBeVisible();
    await expect(page.getByText('Anonymous: no name or phone number needed.')).toBeVisible();
    await expect(page.getByText('12/2/2026')).toBeVisible();
  });
});

test('a question sent while the gateway is down waits in the outbox and goes out after a reload', async ({
  page,
}) => {
  const gate = await open(page);
  gate.failNext('submit', [{ status: 503 }, { status: 503 }, { status: 503 }, { status: 503 }]);
  await ask(page, '早餐店太少了');
  const item = mineItem(page, '早餐店太少了');
  await expect(item.getByText('等待发送，网络恢复后会自动发送')).toBeVisible();
  await page.reload();
  await expect(mineItem(page, '早餐店太少了').getByText('已收到')).toBeVisible({ timeout: 60_000 });
  expect(gate.questions.size).toBe(1);
});

test('a closed meeting says so, takes no questions and still shows my statuses', async ({ page }) => {
  const gate = await open(page);
  await ask(page, '社区卫生服务站能不能周末开门？');
  await expect(mineItem(page, '卫生服务站').getByText('已收到')).toBeVisible();
  const stored = only(gate);
  gate.update(stored.status.clientId, {
    pending: false,
    state: 'referred',
    referral: { departmentName: '社区卫生服务中心', dueDate: '2026-12-20' },
  });
  gate.setMeeting({ accepting: false });
  await expect(page.getByText('本场报告会已结束')).toBeVisible();
  await expect(page.getByRole('button', { name: '提交问题' })).toBeHidden();
  const item = mineItem(page, '卫生服务站');
  await expect(item.getByText('转交书面答复')).toBeVisible();
  await expect(item.getByText('由社区卫生服务中心在12月20日前书面答复')).toBeVisible();
  await expect(page.locator('.score li').first().getByText('评分已结束')).toBeVisible();
});

test('without the QR token the page asks for a scan, and a refused token says the same', async ({ page }) => {
  const started = await startPhoneStub();
  stub = started;
  await page.goto(`${started.origin}/`);
  await expect(page.getByRole('alert')).toContainText('请扫描会场大屏上的二维码进入');
  await expect(page.getByRole('button', { name: '提交问题' })).toHaveCount(0);
  await page.goto(`${started.origin}/#k=wrongToken_0123456789abcdef`);
  await page.reload();
  await expect(page.getByRole('alert').first()).toContainText('请扫描会场大屏上的二维码进入');
  await expect(page.getByText('二维码可能已经更换')).toBeVisible();
});

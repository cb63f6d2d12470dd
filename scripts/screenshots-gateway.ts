// The 手机提问 side of the 现场 tab for `npm run screenshots`: the question box panel closed, open with
// its QR, refused (the port taken), and the question list with a flagged phone question awaiting
// approval, on the demo's street meeting at the laptop sizes. The box listens on loopback only.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PHONE_HTTP } from '../shared/api/phone-contract';
import { settled } from '../test/e2e/support/antd';
import type { HostMode } from '../test/e2e/support/host-mode';
import { horizontalOverflow, SIZES } from '../test/e2e/support/page-checks';
import { freePort } from '../test/e2e/support/free-port';
import { openGatewayTab } from '../test/e2e/support/live-stage';

const BY = '截图脚本';

/** The names these shots are saved under (before the size), for the script's SHOTS_ONLY filter. */
export const GATEWAY_SHOTS = ['live-gateway'];

/** A phone's question through the real gateway, with a word of the office's flag list in it. */
async function askFromPhone(joinUrl: string): Promise<void> {
  const url = new URL(joinUrl);
  const token = new URLSearchParams(url.hash.slice(1)).get(PHONE_HTTP.fragmentKey) ?? '';
  await fetch(`${url.origin}${PHONE_HTTP.apiPrefix}submit`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [PHONE_HTTP.tokenHeader]: token, Origin: url.origin },
    body: JSON.stringify({
      phoneId: 'shots-phone-000000000001',
      question: {
        clientId: 'shots-client-00000000001',
        text: '小区门口的垃圾三天没人清，物业真是废物，街道能不能管一管？',
      },
    }),
  });
}

export async function gatewayShots(
  host: HostMode,
  page: Page,
  problems: string[],
  outDir: string,
): Promise<void> {
  const street = (await host.call('meetings.list', {})).find((m) => m.title.includes('向群众报告工作会'));
  if (!street) return;
  const meetingId = street.id;
  const { language } = await host.call('preferences.get', {});
  await host.call('preferences.update', { language: 'zh-CN' });

  const shoot = async (name: string, size: { width: number; height: number }) => {
    await page.getByTestId('live-stage').evaluate((stage) => stage.scrollIntoView({ block: 'start' }));
    await page.mouse.move(0, 0);
    await settled(page);
    const file = join(outDir, `${name}-${size.width}x${size.height}.png`);
    await page.screenshot({ path: file });
    const overflow = await horizontalOverflow(page);
    if (overflow > 0) problems.push(`${file} scrolls sideways by ${overflow}px`);
    process.stdout.write(`${file}${overflow > 0 ? `  (overflow ${overflow}px)` : ''}\n`);
  };

  try {
    await page.goto(host.url);
    await page.getByRole('navigation').waitFor();
    const port = await freePort();
    let asked = false;
    for (const size of [SIZES[1], SIZES[2]]) {
      await page.setViewportSize(size);
      await openGatewayTab(page, meetingId);
      await page.getByTestId('gateway-state').waitFor();
      await shoot('live-gateway-closed', size);

      // The host-mode server's own port is taken: the services refuse, the panel says why.
      await host
        .call('gateway.open', {
          meetingId,
          address: '127.0.0.1',
          port: Number(new URL(host.url).port),
          wifi: '方庄街道会议室',
          by: BY,
        })
        .catch(() => undefined);
      await page.getByTestId('gateway-error').waitFor({ timeout: 15_000 });
      await shoot('live-gateway-error', size);

      const status = await host.call('gateway.open', {
        meetingId,
        address: '127.0.0.1',
        port,
        wifi: '方庄街道会议室',
        by: BY,
      });
      await page.getByTestId('gateway-join').getByTestId('card-qr').waitFor({ timeout: 15_000 });
      if (!asked && status.joinUrl) {
        await askFromPhone(status.joinUrl);
        asked = true;
      }
      await page.getByTestId('awaiting-approval').first().waitFor({ timeout: 15_000 });
      await shoot('live-gateway-open', size);
      await page.getByTestId('filter-awaiting').click();
      await shoot('live-gateway-flagged', size);
      await page.getByTestId('filter-awaiting').click();
      await host.call('gateway.close', { meetingId, by: BY });
    }
  } finally {
    await host.call('gateway.close', { meetingId, by: BY }).catch(() => undefined);
    await host.call('preferences.update', { language });
  }
}

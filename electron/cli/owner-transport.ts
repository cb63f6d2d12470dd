import type { Transport } from '../../shared/api';
import type { OwnerEndpoint } from '../storage/owner-endpoint';

/** The folder owner's API, as host mode's browser pages reach it: POST /api/<method> with the bearer token. */
export function ownerTransport(endpoint: OwnerEndpoint): Transport {
  return {
    async invoke(method, input) {
      let response: Response;
      try {
        response = await fetch(`${endpoint.origin}/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${endpoint.token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        throw new Error('连不上正在使用这个数据文件夹的报告会程序（它可能刚刚退出），请重试');
      }
      const text = await response.text();
      try {
        // Refusals (401, 413…) carry a Result too.
        return JSON.parse(text) as unknown;
      } catch {
        throw new Error(`报告会程序返回了无法识别的内容（HTTP ${response.status}）`);
      }
    },
    // Commands make calls and exit; they follow no events.
    subscribe: () => () => undefined,
  };
}

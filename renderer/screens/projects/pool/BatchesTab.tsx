import { Empty } from 'antd';

/** Placeholder until built. */
export function BatchesTab() {
  return <Empty />;
}

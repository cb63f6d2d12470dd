import { Empty } from 'antd';

/** Placeholder until built. */
export function StatsTab() {
  return <Empty />;
}

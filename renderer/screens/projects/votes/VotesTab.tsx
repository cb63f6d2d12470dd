import { Empty } from 'antd';

/** Placeholder until built. */
export function VotesTab() {
  return <Empty />;
}

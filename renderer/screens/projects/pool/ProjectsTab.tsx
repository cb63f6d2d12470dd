import { Empty } from 'antd';

/** Placeholder until built. */
export function ProjectsTab() {
  return <Empty />;
}

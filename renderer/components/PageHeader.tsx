import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** A screen's title with its actions on the right; wraps below the title when the window is narrow. */
export function PageHeader({ id, title, extra }: { id?: string; title: ReactNode; extra?: ReactNode }) {
  return (
    <div
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'center',
        justifyContent: 'space-between',
        gap: 12,
        marginBottom: 16,
      }}
    >
      <Typography.Title id={id} level={3} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {extra}
    </div>
  );
}

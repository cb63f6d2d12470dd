import { EditOutlined } from '@ant-design/icons';
import { Button, Input, Typography } from 'antd';
import { useState } from 'react';

/**
 * Text that turns into a box on request: Enter or leaving the box saves, Esc cancels. Saving an
 * unchanged value does nothing, so tabbing through never writes.
 */
export function InlineText({
  value,
  onSave,
  editLabel,
  placeholder,
  maxLength,
}: {
  value: string;
  onSave: (next: string) => Promise<unknown> | void;
  /** Accessible name of the edit button and the box, e.g. "重命名 房管局". */
  editLabel: string;
  placeholder: string;
  maxLength: number;
}) {
  const [draft, setDraft] = useState<string | null>(null);

  const commit = async () => {
    if (draft === null) return;
    const next = draft.trim();
    setDraft(null);
    if (next !== value) await onSave(next);
  };

  if (draft !== null) {
    return (
      <Input
        autoFocus
        size="small"
        aria-label={editLabel}
        value={draft}
        maxLength={maxLength}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.nativeEvent.isComposing) void commit();
          if (event.key === 'Escape') {
            event.stopPropagation();
            setDraft(null);
          }
        }}
      />
    );
  }

  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 4, maxWidth: '100%' }}>
      <Typography.Text
        ellipsis={{ tooltip: value }}
        type={value ? undefined : 'secondary'}
        style={{ minWidth: 0 }}
      >
        {value || placeholder}
      </Typography.Text>
      <Button
        type="text"
        size="small"
        icon={<EditOutlined />}
        aria-label={editLabel}
        title={editLabel}
        onClick={() => setDraft(value)}
      />
    </span>
  );
}

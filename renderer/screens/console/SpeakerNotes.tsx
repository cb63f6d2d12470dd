import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const SIZE_KEY = 'rbd.console.notesSize';
const MIN_SIZE = 14;
const MAX_SIZE = 44;
const STEP = 2;
const DEFAULT_SIZE = 20;

function loadSize(): number {
  try {
    const saved = Number(window.localStorage.getItem(SIZE_KEY));
    return Number.isInteger(saved) && saved >= MIN_SIZE && saved <= MAX_SIZE ? saved : DEFAULT_SIZE;
  } catch {
    return DEFAULT_SIZE;
  }
}

function saveSize(size: number): void {
  try {
    window.localStorage.setItem(SIZE_KEY, String(size));
  } catch {
    // Storage may be disabled; the size then lasts until the console is closed.
  }
}

/** The current card's speaker notes (never projected), in a size the speaker chose and the laptop keeps. */
export function SpeakerNotes({ notes }: { notes: string }) {
  const { t } = useTranslation();
  const [size, setSize] = useState(loadSize);
  const change = (delta: number) => {
    const next = Math.min(MAX_SIZE, Math.max(MIN_SIZE, size + delta));
    setSize(next);
    saveSize(next);
  };
  return (
    <section
      aria-label={t('reportConsole.notes.title')}
      style={{ display: 'flex', flexDirection: 'column', minHeight: 0, height: '100%' }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 4 }}>
        <Typography.Text strong style={{ flex: 1 }}>
          {t('reportConsole.notes.title')}
        </Typography.Text>
        <Space.Compact>
          <Button
            size="small"
            aria-label={t('reportConsole.notes.smaller')}
            disabled={size <= MIN_SIZE}
            onClick={(e) => {
              change(-STEP);
              e.currentTarget.blur();
            }}
          >
            A−
          </Button>
          <Button
            size="small"
            aria-label={t('reportConsole.notes.larger')}
            disabled={size >= MAX_SIZE}
            onClick={(e) => {
              change(STEP);
              e.currentTarget.blur();
            }}
          >
            A+
          </Button>
        </Space.Compact>
      </div>
      <div
        data-testid="speaker-notes"
        style={{
          flex: 1,
          minHeight: 0,
          overflow: 'auto',
          fontSize: size,
          lineHeight: 1.5,
          whiteSpace: 'pre-wrap',
          padding: '6px 10px',
          borderRadius: 6,
          background: '#111827',
          color: notes ? '#f3f4f6' : '#9ca3af',
        }}
      >
        {notes || t('reportConsole.notes.none')}
      </div>
    </section>
  );
}

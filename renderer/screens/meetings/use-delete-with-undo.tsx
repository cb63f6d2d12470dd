import { useQueryClient } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSummary } from '../../../shared/api';
import { isEditableTarget } from '../../components/is-editable-target';
import { call } from '../../data/call';
import { keys } from '../../data/queries';
import { useRunner } from '../../data/use-runner';

const UNDO_SECONDS = 10;

/**
 * Deleting needs no confirmation because it can be undone: a message offers 撤销 for a few seconds,
 * and Ctrl+Z does the same while it shows (unless the user is typing, where Ctrl+Z is the field's).
 */
export function useDeleteWithUndo(): (meeting: MeetingSummary) => Promise<void> {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const run = useRunner();
  const queryClient = useQueryClient();
  const undoable = useRef<MeetingSummary | null>(null);

  const undo = useCallback(async () => {
    const meeting = undoable.current;
    if (!meeting) return;
    undoable.current = null;
    message.destroy(`undo-${meeting.id}`);
    const restored = await run(() => call('meetings.undoDelete', { id: meeting.id }));
    await queryClient.invalidateQueries({ queryKey: keys.meetings });
    if (restored) void message.success(t('meetings.restored', { title: restored.title }));
  }, [message, queryClient, run, t]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!undoable.current || isEditableTarget(event.target)) return;
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        void undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo]);

  return useCallback(
    async (meeting: MeetingSummary) => {
      const deleted = await run(() => call('meetings.delete', { id: meeting.id }));
      await queryClient.invalidateQueries({ queryKey: keys.meetings });
      if (!deleted) return;
      undoable.current = meeting;
      const key = `undo-${meeting.id}`;
      void message.open({
        key,
        type: 'info',
        duration: UNDO_SECONDS,
        content: (
          <span>
            {t('meetings.deleted', { title: meeting.title })}{' '}
            <Button type="link" size="small" onClick={() => void undo()}>
              {t('meetings.undo')}
            </Button>
            <span style={{ color: '#8c8c8c' }}>{t('meetings.undoHint')}</span>
          </span>
        ),
        onClose: () => {
          if (undoable.current?.id === meeting.id) undoable.current = null;
        },
      });
    },
    [message, queryClient, run, t, undo],
  );
}

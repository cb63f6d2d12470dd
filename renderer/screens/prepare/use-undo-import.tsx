import { useQueryClient } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRecord } from '../../../shared/domain';
import { call } from '../../data/call';
import { opinionKeys } from '../../data/opinion-queries';
import { useRunner } from '../../data/use-runner';

const UNDO_SECONDS = 15;

/** Undo of a whole import, offered right after confirming and kept in the history list afterwards. */
export function useUndoImport(meetingId: string) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const run = useRunner();
  const client = useQueryClient();

  const undo = useCallback(
    async (record: ImportRecord) => {
      message.destroy(`import-${record.id}`);
      const undone = await run(() => call('imports.undo', { meetingId, importId: record.id }));
      await client.invalidateQueries({ queryKey: opinionKeys.meeting(meetingId) });
      if (undone) void message.success(t('imports.undone', { file: undone.fileName, count: undone.count }));
    },
    [client, meetingId, message, run, t],
  );

  const announce = useCallback(
    (record: ImportRecord) => {
      void message.open({
        key: `import-${record.id}`,
        type: 'success',
        duration: UNDO_SECONDS,
        content: (
          <span>
            {t('imports.imported', { file: record.fileName, count: record.count })}{' '}
            <Button type="link" size="small" onClick={() => void undo(record)}>
              {t('imports.undo')}
            </Button>
          </span>
        ),
      });
    },
    [message, t, undo],
  );

  return { undo, announce };
}

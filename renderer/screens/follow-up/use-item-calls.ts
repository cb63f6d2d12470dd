import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpAction, FollowUpPatch } from '../../../shared/domain';
import { apiErrorOf } from '../../data/api-failure';
import { call } from '../../data/call';
import { followUpKeys } from '../../data/follow-up-queries';
import { useErrorText } from '../../i18n/use-error-text';

/**
 * A step or an edit on one item, at the revision the operator saw. When another console saved first
 * the step is refused: the item is read again and the form that sent it stays open with what was
 * typed, so the operator decides again on the fresh item. Resolves to whether it went through.
 */
export function useItemCalls(meetingId: string, id: string, by: string) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const client = useQueryClient();

  const settle = useCallback(
    async (work: () => Promise<unknown>): Promise<boolean> => {
      try {
        await work();
        void client.invalidateQueries({ queryKey: followUpKeys.all });
        return true;
      } catch (error) {
        const apiError = apiErrorOf(error);
        if (apiError.code === 'conflict') {
          void message.warning({ content: t('followUp.conflict'), key: 'follow-conflict' });
          await client.invalidateQueries({ queryKey: followUpKeys.all });
        } else void message.error(errorText(apiError));
        return false;
      }
    },
    [client, errorText, message, t],
  );

  const act = useCallback(
    (revision: number, action: FollowUpAction) =>
      settle(() => call('followUps.act', { meetingId, id, expectedRevision: revision, action, by })),
    [by, id, meetingId, settle],
  );
  const update = useCallback(
    (revision: number, patch: FollowUpPatch) =>
      settle(() => call('followUps.update', { meetingId, id, expectedRevision: revision, patch, by })),
    [by, id, meetingId, settle],
  );
  return { act, update };
}

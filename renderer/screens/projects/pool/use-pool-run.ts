import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useCallback } from 'react';
import { apiErrorOf } from '../../../data/api-failure';
import { projectKeys } from '../../../data/project-queries';
import { useErrorText } from '../../../i18n/use-error-text';

/**
 * Runs one pool change: a refusal is shown in the service's own words and resolves to null, so the form
 * that sent it stays open with what was typed. After a conflict the pool is read again.
 */
export function usePoolRun() {
  const { message } = App.useApp();
  const errorText = useErrorText();
  const client = useQueryClient();
  return useCallback(
    async <T>(work: () => Promise<T>): Promise<T | null> => {
      try {
        const value = await work();
        void client.invalidateQueries({ queryKey: projectKeys.all });
        return value;
      } catch (error) {
        const apiError = apiErrorOf(error);
        // A conflict is also how the pool refuses a second open batch: the service's words say which.
        void message.error({ content: errorText(apiError), key: 'pool-error' });
        if (apiError.code === 'conflict') await client.invalidateQueries({ queryKey: projectKeys.all });
        return null;
      }
    },
    [client, errorText, message],
  );
}

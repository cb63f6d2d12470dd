import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorOf } from '../../../data/api-failure';
import { projectKeys } from '../../../data/project-queries';
import { useErrorText } from '../../../i18n/use-error-text';

/**
 * Runs one pool change: a refusal is shown in the service's own words and resolves to null, so the form
 * that sent it stays open with what was typed. A revision conflict reads the pool again first.
 */
export function usePoolRun() {
  const { t } = useTranslation();
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
        if (apiError.code === 'conflict') {
          void message.warning({ content: t('projectPool.conflict'), key: 'pool-conflict' });
          await client.invalidateQueries({ queryKey: projectKeys.all });
        } else void message.error({ content: errorText(apiError), key: 'pool-error' });
        return null;
      }
    },
    [client, errorText, message, t],
  );
}

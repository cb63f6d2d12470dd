import { App } from 'antd';
import { useCallback } from 'react';
import { useErrorText } from '../i18n/use-error-text';
import { apiErrorOf } from './api-failure';

/**
 * Runs a user action; a failure is shown as a message and yields undefined, so screens never need
 * their own try/catch and never lose an error silently.
 */
export function useRunner(): <T>(work: () => Promise<T>) => Promise<T | undefined> {
  const { message } = App.useApp();
  const errorText = useErrorText();
  return useCallback(
    async <T>(work: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await work();
      } catch (error) {
        void message.error(errorText(apiErrorOf(error)));
        return undefined;
      }
    },
    [message, errorText],
  );
}

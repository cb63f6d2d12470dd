import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useCallback } from 'react';
import type { ApiError } from '../../../shared/api';
import { apiErrorOf } from '../../data/api-failure';
import { liveKeys } from '../../data/live-queries';
import { useErrorText } from '../../i18n/use-error-text';

export type LiveCallResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/**
 * Runs one live change. On failure the service's Chinese message is shown and the caller keeps
 * whatever the operator typed (its dialog stays open); on a conflict the live data is read again at
 * once, so the next try is made on the other console's saved version rather than over it.
 */
export function useLiveCall(meetingId: string) {
  const { message } = App.useApp();
  const errorText = useErrorText();
  const client = useQueryClient();
  return useCallback(
    async <T>(work: () => Promise<T>, options: { quiet?: boolean } = {}): Promise<LiveCallResult<T>> => {
      try {
        const value = await work();
        void client.invalidateQueries({ queryKey: liveKeys.meeting(meetingId) });
        return { ok: true, value };
      } catch (failure) {
        const error = apiErrorOf(failure);
        if (!options.quiet) void message.error({ content: errorText(error), duration: 6 });
        if (error.code === 'conflict' || error.code === 'not_found') {
          await client.invalidateQueries({ queryKey: liveKeys.meeting(meetingId) });
        }
        return { ok: false, error };
      }
    },
    [client, errorText, meetingId, message],
  );
}

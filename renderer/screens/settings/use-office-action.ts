import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { keys } from '../../data/queries';
import { useRunner } from '../../data/use-runner';

/** Runs an office edit, then refreshes the office (push events do too; this keeps a lone tab exact). */
export function useOfficeAction(): <T>(work: () => Promise<T>) => Promise<T | undefined> {
  const run = useRunner();
  const queryClient = useQueryClient();
  return useCallback(
    async <T>(work: () => Promise<T>) => {
      const result = await run(work);
      await queryClient.invalidateQueries({ queryKey: keys.office });
      return result;
    },
    [run, queryClient],
  );
}

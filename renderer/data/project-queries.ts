import { useQuery } from '@tanstack/react-query';
import { call } from './call';

/** Every 项目池 query sits under ['projects'], so one 'projects.changed' refreshes them all. */
export const projectKeys = {
  all: ['projects'] as const,
  pool: ['projects', 'pool'] as const,
  stats: ['projects', 'stats'] as const,
  effect: (id: string) => ['projects', 'effect', id] as const,
  categories: ['projects', 'workOrderCategories'] as const,
  publicVote: (voteId: string) => ['projects', 'vote', voteId] as const,
};

export function useProjectPool() {
  return useQuery({ queryKey: projectKeys.pool, queryFn: () => call('projects.pool', {}) });
}

export function useProjectStats() {
  return useQuery({
    queryKey: projectKeys.stats,
    queryFn: () => call('projects.stats', {}),
    placeholderData: (previous) => previous,
  });
}

export function useProjectEffect(id: string | null) {
  return useQuery({
    queryKey: projectKeys.effect(id ?? ''),
    queryFn: () => call('projects.effect', { id: id ?? '' }),
    enabled: id !== null,
    retry: false,
  });
}

export function useWorkOrderCategories() {
  return useQuery({
    queryKey: projectKeys.categories,
    queryFn: () => call('projects.workOrderCategories', {}),
  });
}

export function usePublicVote(voteId: string | null) {
  return useQuery({
    queryKey: projectKeys.publicVote(voteId ?? ''),
    queryFn: () => call('projects.votes.public', { voteId: voteId ?? '' }),
    enabled: voteId !== null,
    placeholderData: (previous) => previous,
  });
}

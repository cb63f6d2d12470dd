import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { OpinionFigure } from '../../shared/domain';
import { call } from './call';

/** Everything under ['opinions', meetingId] is refreshed by one 'opinions.changed' event. */
export const opinionKeys = {
  all: ['opinions'] as const,
  meeting: (meetingId: string) => ['opinions', meetingId] as const,
  page: (meetingId: string, query: string, offset: number, limit: number) =>
    ['opinions', meetingId, 'page', query, offset, limit] as const,
  figure: (meetingId: string, figure: OpinionFigure | null, ids: readonly string[] | null, offset: number) =>
    ['opinions', meetingId, 'figure', figure, ids, offset] as const,
  analysis: (meetingId: string) => ['opinions', meetingId, 'analysis'] as const,
  imports: (meetingId: string) => ['opinions', meetingId, 'imports'] as const,
  groups: (meetingId: string) => ['opinions', meetingId, 'groups'] as const,
  presets: ['importPresets'] as const,
};

export function useOpinionPage(meetingId: string, query: string, offset: number, limit: number) {
  const trimmed = query.trim();
  return useQuery({
    queryKey: opinionKeys.page(meetingId, trimmed, offset, limit),
    queryFn: () =>
      call('opinions.list', { meetingId, offset, limit, ...(trimmed ? { query: trimmed } : {}) }),
    placeholderData: keepPreviousData,
  });
}

/** The rows behind one figure, or one group's rows by id. */
export function useFigureRows(
  meetingId: string,
  figure: OpinionFigure | null,
  ids: readonly string[] | null,
  offset: number,
  limit: number,
) {
  return useQuery({
    queryKey: opinionKeys.figure(meetingId, figure, ids, offset),
    queryFn: () =>
      call('opinions.list', {
        meetingId,
        offset,
        limit,
        ...(figure ? { figure } : {}),
        ...(ids ? { ids: [...ids] } : {}),
      }),
    enabled: figure !== null || ids !== null,
    placeholderData: keepPreviousData,
  });
}

export function useOpinionAnalysis(meetingId: string) {
  return useQuery({
    queryKey: opinionKeys.analysis(meetingId),
    queryFn: () => call('opinions.analysis', { meetingId }),
  });
}

export function useImportHistory(meetingId: string) {
  return useQuery({
    queryKey: opinionKeys.imports(meetingId),
    queryFn: () => call('imports.list', { meetingId }),
  });
}

export function useOpinionGroups(meetingId: string) {
  return useQuery({
    queryKey: opinionKeys.groups(meetingId),
    queryFn: () => call('groups.list', { meetingId }),
  });
}

export function useImportPresets() {
  return useQuery({ queryKey: opinionKeys.presets, queryFn: () => call('imports.presets', {}) });
}

import { useMemo } from 'react';
import type { Question, QuestionMove, QuestionPatch } from '../../../../shared/domain';
import { call } from '../../../data/call';
import { useLiveCall } from '../use-live-call';

/**
 * The question changes the console makes, each on the revision the operator saw (a second console's
 * save in between is refused, not overwritten) and signed with the operator's name.
 */
export function useQuestionCalls(meetingId: string, by: string) {
  const live = useLiveCall(meetingId);
  return useMemo(
    () => ({
      move: (q: Question, move: QuestionMove) =>
        live(() => call('questions.move', { meetingId, id: q.id, expectedRevision: q.revision, move, by })),
      update: (q: Question, patch: QuestionPatch) =>
        live(() =>
          call('questions.update', { meetingId, id: q.id, expectedRevision: q.revision, patch, by }),
        ),
      vote: (q: Question, delta: 1 | -1) =>
        live(() => call('questions.vote', { meetingId, id: q.id, delta })),
      merge: (source: Question, target: Question) =>
        live(() => call('questions.merge', { meetingId, sourceId: source.id, targetId: target.id, by })),
      unmerge: (q: Question) => live(() => call('questions.unmerge', { meetingId, id: q.id, by })),
      /** 审核: approve a phone's question for the public surfaces, or withdraw the approval. */
      approve: (q: Question, approved: boolean) =>
        live(() =>
          call('questions.approve', { meetingId, id: q.id, expectedRevision: q.revision, approved, by }),
        ),
    }),
    [live, meetingId, by],
  );
}

export type QuestionCalls = ReturnType<typeof useQuestionCalls>;

import { useQuery } from '@tanstack/react-query';
import { call } from './call';

/** Every live query of a meeting sits under ['live', meetingId], so one 'live.changed' refreshes them all. */
export const liveKeys = {
  all: ['live'] as const,
  meeting: (meetingId: string) => ['live', meetingId] as const,
  questions: (meetingId: string) => ['live', meetingId, 'questions'] as const,
  commitments: (meetingId: string) => ['live', meetingId, 'commitments'] as const,
  scores: (meetingId: string) => ['live', meetingId, 'scores'] as const,
  status: (meetingId: string) => ['live', meetingId, 'status'] as const,
  public: (meetingId: string) => ['live', meetingId, 'public'] as const,
  /** Under the meeting too: its received count moves with every phone question ('live.changed'). */
  gateway: (meetingId: string) => ['live', meetingId, 'gateway'] as const,
  /** The computer's network interfaces: not the meeting's, read again whenever the panel asks. */
  interfaces: ['gateway', 'interfaces'] as const,
  /** The office's 敏感词 (Office.flaggedWords): under ['office'], so 'office.changed' refreshes it. */
  flaggedWords: ['office', 'flaggedWords'] as const,
};

/** The console's questions (the rehearsal's while one runs), with the rehearsal and close state. */
export function useLiveQuestions(meetingId: string) {
  return useQuery({
    queryKey: liveKeys.questions(meetingId),
    queryFn: () => call('questions.list', { meetingId }),
    placeholderData: (previous) => previous,
  });
}

export function useCommitments(meetingId: string) {
  return useQuery({
    queryKey: liveKeys.commitments(meetingId),
    queryFn: () => call('commitments.list', { meetingId }),
    placeholderData: (previous) => previous,
  });
}

export function useScores(meetingId: string) {
  return useQuery({
    queryKey: liveKeys.scores(meetingId),
    queryFn: () => call('scores.get', { meetingId }),
    placeholderData: (previous) => previous,
  });
}

/** Summary counts and what keeps the meeting from closing. */
export function useLiveStatus(meetingId: string) {
  return useQuery({
    queryKey: liveKeys.status(meetingId),
    queryFn: () => call('live.status', { meetingId }),
    placeholderData: (previous) => previous,
  });
}

/** What the hall may see: the projector's only source for live content. */
export function useLivePublic(meetingId: string) {
  return useQuery({
    queryKey: liveKeys.public(meetingId),
    queryFn: () => call('live.public', { meetingId }),
    placeholderData: (previous) => previous,
  });
}

/** 手机提问: the meeting's question box as the services see it; follows 'gateway.changed'. */
export function useGatewayStatus(meetingId: string) {
  return useQuery({
    queryKey: liveKeys.gateway(meetingId),
    queryFn: () => call('gateway.status', { meetingId }),
    placeholderData: (previous) => previous,
  });
}

/** The laptop's network interfaces; a cable plugged in later shows up on the next read (refresh button). */
export function useGatewayInterfaces() {
  return useQuery({
    queryKey: liveKeys.interfaces,
    queryFn: () => call('gateway.interfaces', {}),
    placeholderData: (previous) => previous,
  });
}

export function useFlaggedWords(enabled = true) {
  return useQuery({
    queryKey: liveKeys.flaggedWords,
    queryFn: () => call('moderation.words.get', {}),
    enabled,
  });
}

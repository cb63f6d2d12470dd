import type { PhoneQuestionStatus } from '../../shared/domain/phone';

/** A clock and timers the test moves by hand: no test waits on the wall clock. */
export function manualTime(start = 1_000_000) {
  let now = start;
  let timers: { at: number; ms: number; run: () => void; id: number }[] = [];
  let nextId = 1;
  return {
    now: () => now,
    setTimer: (run: () => void, ms: number) => {
      const id = nextId++;
      timers.push({ at: now + ms, ms, run, id });
      return () => {
        timers = timers.filter((timer) => timer.id !== id);
      };
    },
    /** Delays of the timers now waiting. */
    pending: () => timers.map((timer) => timer.ms),
    /** Moves the clock on and runs what fell due, in order. */
    advance(ms: number) {
      now += ms;
      const due = timers.filter((timer) => timer.at <= now).sort((a, b) => a.at - b.at);
      timers = timers.filter((timer) => timer.at > now);
      for (const timer of due) timer.run();
    },
  };
}

/** Lets pending promise callbacks run. */
export const settle = async () => {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
};

export function status(change: Partial<PhoneQuestionStatus> = {}): PhoneQuestionStatus {
  return {
    clientId: 'client_0123456789abcdef',
    id: 'q-1',
    text: '小区停车难',
    state: 'waiting',
    merged: false,
    askers: 1,
    pending: false,
    referral: null,
    declineReason: '',
    answerNote: '',
    commitment: null,
    receivedAt: '2026-12-02T02:00:00.000Z',
    ...change,
  };
}

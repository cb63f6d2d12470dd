/**
 * The gateway's HTTP surface and the question limit, as plain values. shared/api/phone-contract.ts and
 * shared/domain/phone.ts are the source; importing them at run time would bring zod (over 100 KB) onto
 * every phone, so the page keeps this copy and test/phone-page/wire.test.ts holds it equal to theirs.
 */
export const PHONE_WIRE = {
  apiPrefix: '/p/',
  events: '/p/events',
  tokenHeader: 'x-gate-token',
  eventsTokenParam: 'k',
  fragmentKey: 'k',
  maxBodyBytes: 4 * 1024,
} as const;

export const QUESTION_MAX = 500;

/** Instants around Beijing midnight, with what each preset must give there whatever the laptop's zone. */
export const DEADLINE_CASES = [
  // 23:59:59 and 00:00:00 in Beijing.
  {
    at: '2025-03-05T15:59:59Z',
    today: '2025-03-05',
    days7: '2025-03-12',
    days30: '2025-04-04',
    quarterEnd: '2025-03-31',
  },
  {
    at: '2025-03-05T16:00:00Z',
    today: '2025-03-06',
    days7: '2025-03-13',
    days30: '2025-04-05',
    quarterEnd: '2025-03-31',
  },
  // Los Angeles springs forward on 2025-03-09 and falls back on 2025-11-02.
  {
    at: '2025-03-09T15:59:59Z',
    today: '2025-03-09',
    days7: '2025-03-16',
    days30: '2025-04-08',
    quarterEnd: '2025-03-31',
  },
  {
    at: '2025-03-09T16:00:00Z',
    today: '2025-03-10',
    days7: '2025-03-17',
    days30: '2025-04-09',
    quarterEnd: '2025-03-31',
  },
  {
    at: '2025-11-01T16:00:00Z',
    today: '2025-11-02',
    days7: '2025-11-09',
    days30: '2025-12-02',
    quarterEnd: '2025-12-31',
  },
  // Quarter and year ends.
  {
    at: '2025-06-30T15:59:59Z',
    today: '2025-06-30',
    days7: '2025-07-07',
    days30: '2025-07-30',
    quarterEnd: '2025-06-30',
  },
  {
    at: '2025-06-30T16:00:00Z',
    today: '2025-07-01',
    days7: '2025-07-08',
    days30: '2025-07-31',
    quarterEnd: '2025-09-30',
  },
  {
    at: '2025-12-31T15:59:59Z',
    today: '2025-12-31',
    days7: '2026-01-07',
    days30: '2026-01-30',
    quarterEnd: '2025-12-31',
  },
  {
    at: '2025-12-31T16:00:00Z',
    today: '2026-01-01',
    days7: '2026-01-08',
    days30: '2026-01-31',
    quarterEnd: '2026-03-31',
  },
  // Leap day.
  {
    at: '2024-02-28T16:00:00Z',
    today: '2024-02-29',
    days7: '2024-03-07',
    days30: '2024-03-30',
    quarterEnd: '2024-03-31',
  },
] as const;

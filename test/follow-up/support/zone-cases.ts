/** Moments either side of Beijing midnight around the deadline (03-20), the notice due day and a 回访 due day. */
export const ZONE_MOMENTS = [
  '2025-03-19T15:59:59Z', // 03-19 23:59:59 Beijing
  '2025-03-19T16:00:00Z', // 03-20 00:00:00
  '2025-03-20T15:59:59Z', // 03-20 23:59:59
  '2025-03-20T16:00:00Z', // 03-21 00:00:00
] as const;

/** What Beijing dates say at each moment, in any zone. */
export const ZONE_EXPECTED = [
  {
    at: ZONE_MOMENTS[0],
    asOf: '2025-03-19',
    overdue: false,
    replyOnCreationDay: true,
    replyBefore: false,
    // Notice due 03-20 shows from 03-19; the deadline is within 3 days; the call-back is due 03-20.
    reminders: ['deadline:false', 'notice:false'],
  },
  {
    at: ZONE_MOMENTS[1],
    asOf: '2025-03-20',
    overdue: false,
    replyOnCreationDay: true,
    replyBefore: false,
    reminders: ['callbacks:1', 'deadline:false', 'notice:false'],
  },
  {
    at: ZONE_MOMENTS[2],
    asOf: '2025-03-20',
    overdue: false,
    replyOnCreationDay: true,
    replyBefore: false,
    reminders: ['callbacks:1', 'deadline:false', 'notice:false'],
  },
  {
    at: ZONE_MOMENTS[3],
    asOf: '2025-03-21',
    overdue: true,
    replyOnCreationDay: true,
    replyBefore: false,
    reminders: ['callbacks:1', 'deadline:true', 'notice:true'],
  },
];

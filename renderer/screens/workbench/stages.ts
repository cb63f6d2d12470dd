/** The workbench's tabs, in the order a meeting goes through them. */
export type Stage = 'prepare' | 'report' | 'live' | 'followUp';
export const STAGES: readonly Stage[] = ['prepare', 'report', 'live', 'followUp'];

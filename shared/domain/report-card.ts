import { z } from 'zod';
import { Id, LIMITS, Title } from './common';

/**
 * The 数字成绩单 shown at the meeting: achievements with data and cases (亮家底) and shortcomings with a
 * timetable (亮短板). Sketched here so stored meetings can carry it already; nothing edits it yet.
 */
export const ReportSlideKind = z.enum(['cover', 'figure', 'chart', 'case', 'shortcoming', 'text']);
export type ReportSlideKind = z.infer<typeof ReportSlideKind>;

export const ReportSlide = z.object({
  id: Id,
  kind: ReportSlideKind,
  title: Title,
  body: z.string().max(LIMITS.text).default(''),
  /** A figure's value and unit, e.g. 93.6 and %, when the slide shows one. */
  figure: z
    .object({ value: z.number(), unit: z.string().max(20).default('') })
    .nullable()
    .default(null),
  /** For a shortcoming: the promised timetable, free text such as "2025 年 6 月底前". */
  timetable: z.string().max(200).default(''),
});
export type ReportSlide = z.infer<typeof ReportSlide>;

export const ReportCard = z.object({
  slides: z.array(ReportSlide).max(500).default([]),
});
export type ReportCard = z.infer<typeof ReportCard>;

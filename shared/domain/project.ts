import { z } from 'zod';
import { Id, LocalDate, Name, OptionalText } from './common';

/** 民生项目池 categories. */
export const ProjectCategory = z.enum(['living', 'safety', 'environment', 'travel']);
export type ProjectCategory = z.infer<typeof ProjectCategory>;

/** 申报 → 评审 → 实施 → 监督 → 评估. */
export const ProjectStage = z.enum(['apply', 'review', 'implement', 'supervise', 'evaluate']);
export type ProjectStage = z.infer<typeof ProjectStage>;

export const Project = z.object({
  id: Id,
  name: Name,
  category: ProjectCategory,
  stage: ProjectStage,
  batch: z.number().int().positive(),
  departmentId: Id.nullable().default(null),
  deadline: LocalDate.nullable().default(null),
  fundsYuan: z.number().nonnegative().nullable().default(null),
  progress: z.number().min(0).max(100).default(0),
  notes: OptionalText,
  commitmentIds: z.array(Id).max(100).default([]),
});
export type Project = z.infer<typeof Project>;

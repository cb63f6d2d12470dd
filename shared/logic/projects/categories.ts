import type { ProjectCategory, ProjectStage } from '../../domain/project';

/** The four categories as the district's tables name them (also the archive's and the CLI's words). */
export const CATEGORY_LABELS: Record<ProjectCategory, string> = {
  living: '改善居住条件',
  safety: '保障公共安全',
  environment: '营造宜居环境',
  travel: '方便市民出行',
};

export const STAGE_LABELS: Record<ProjectStage, string> = {
  apply: '申报',
  review: '评审',
  implement: '实施',
  supervise: '监督',
  evaluate: '评估',
};

/** A category cell as sheets write it (改善居住条件, 居住条件, 居住类…); null when it names none. */
export function categoryFromText(text: string): ProjectCategory | null {
  void text;
  throw new Error('not implemented');
}

/** A stage cell (申报, 实施中, 已评估…); null when it names none. */
export function stageFromText(text: string): ProjectStage | null {
  void text;
  throw new Error('not implemented');
}

import type { ProjectCategory, ProjectStage } from '../../domain/project';
import { normalizeKey } from '../text-normalize';

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

/** Full-width forms folded, spaces and a trailing 类 (居住类, 安全类) dropped. */
function cellKey(text: string): string {
  return normalizeKey(text)
    .replace(/\s+/g, '')
    .replace(/类$/, '')
    .replace(/^(?:[A-Za-z一二三四五六七八九十\d]+[.、)）]\s*)/, '');
}

const CATEGORY_WORDS: ReadonlyArray<readonly [ProjectCategory, readonly string[]]> = [
  ['living', ['改善居住条件', '居住条件', '改善居住', '居住', '住房', '住房条件', '宜居住房']],
  ['safety', ['保障公共安全', '公共安全', '保障安全', '安全']],
  ['environment', ['营造宜居环境', '宜居环境', '营造环境', '环境', '人居环境']],
  ['travel', ['方便市民出行', '市民出行', '方便出行', '出行', '交通', '交通出行']],
];
const CATEGORY_BY_WORD = new Map<string, ProjectCategory>(
  CATEGORY_WORDS.flatMap(([category, words]) => words.map((w) => [w, category] as const)),
);
for (const category of Object.keys(CATEGORY_LABELS) as ProjectCategory[])
  CATEGORY_BY_WORD.set(category, category);

/** A category cell as sheets write it (改善居住条件, 居住条件, 居住类…); null when it names none. */
export function categoryFromText(text: string): ProjectCategory | null {
  const key = cellKey(text);
  if (key === '') return null;
  return CATEGORY_BY_WORD.get(key) ?? CATEGORY_BY_WORD.get(key.toLowerCase()) ?? null;
}

const STAGE_WORDS: ReadonlyArray<readonly [ProjectStage, readonly string[]]> = [
  ['apply', ['申报', '申报中', '已申报', '待申报', '征集', '立项申报']],
  ['review', ['评审', '评审中', '待评审', '审核', '审核中', '已评审', '票决']],
  ['implement', ['实施', '实施中', '在建', '施工', '施工中', '推进中', '建设中', '进行中', '办理中']],
  ['supervise', ['监督', '监督中', '督办', '督办中']],
  ['evaluate', ['评估', '评估中', '已评估', '验收', '已验收', '验收中', '完成', '已完成']],
];
const STAGE_BY_WORD = new Map<string, ProjectStage>(
  STAGE_WORDS.flatMap(([stage, words]) => words.map((w) => [w, stage] as const)),
);
for (const stage of Object.keys(STAGE_LABELS) as ProjectStage[]) STAGE_BY_WORD.set(stage, stage);

/** A stage cell (申报, 实施中, 已评估…); null when it names none. */
export function stageFromText(text: string): ProjectStage | null {
  const key = normalizeKey(text).replace(/\s+/g, '').replace(/阶段$/, '');
  if (key === '') return null;
  return STAGE_BY_WORD.get(key) ?? STAGE_BY_WORD.get(key.toLowerCase()) ?? null;
}

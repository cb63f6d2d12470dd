import type { ProjectColumn, ProjectField } from '../../domain/project';
import { normalizeHeader } from '../text-normalize';

/**
 * Header names seen in districts' project lists, compared after normalizeHeader (so 计划资金（万元）
 * reads as 计划资金(万元)). A unit in brackets is matched with the bracket first, then without it.
 */
const SYNONYMS: Record<ProjectField, readonly string[]> = {
  code: ['项目编号', '编号', '项目代码', '项目编码', '代码', '项目号'],
  serial: ['序号', '序', '编号序号', 'no', 'no.'],
  name: ['项目名称', '项目', '项目内容', '名称', '项目名', '民生项目', '实事项目', '项目名称及内容'],
  category: ['项目类别', '类别', '分类', '项目分类', '项目类型', '类型', '所属类别', '所属分类'],
  town: ['街镇', '所属街镇', '街道', '街乡', '属地', '所属街道', '街道(乡镇)', '街乡镇', '所属街乡', '乡镇'],
  community: ['社区', '所属社区', '社区(村)', '村社区', '社区名称'],
  leadUnit: ['责任单位', '牵头单位', '主责单位', '实施单位', '责任部门', '牵头部门', '主责部门'],
  coUnits: ['协同单位', '配合单位', '协办单位', '协同部门', '配合部门', '参与单位'],
  fundsPlanned: [
    '计划资金',
    '预算资金',
    '投资金额',
    '资金',
    '计划投资',
    '预算金额',
    '项目资金',
    '总投资',
    '概算',
    '资金预算',
  ],
  fundsSpent: [
    '已用资金',
    '实际支出',
    '完成投资',
    '已支出资金',
    '实际投资',
    '已拨付资金',
    '支出金额',
    '实际资金',
  ],
  deadline: ['完成时限', '截止日期', '计划完成时间', '计划完成日期', '完成期限', '时限', '截止时间'],
  completed: ['是否完成', '完成情况', '进度', '完成状态', '是否办结', '进展情况'],
  completedOn: ['完成日期', '实际完成时间', '实际完成日期', '完成时间', '办结日期', '竣工日期'],
  progress: ['完成进度', '进度(%)', '完成比例', '完成进度(%)', '进度百分比', '完成率', '完成百分比', '进度%'],
  stage: ['阶段', '项目阶段', '当前阶段', '所处阶段', '项目状态'],
};

const EXACT = new Map<string, ProjectField>();
for (const [field, names] of Object.entries(SYNONYMS) as Array<[ProjectField, readonly string[]]>) {
  for (const name of names) {
    const key = normalizeHeader(name);
    if (!EXACT.has(key)) EXACT.set(key, field);
  }
}

/** Longer headers that still say what they hold (项目名称及建设内容, 计划投资金额(万元)…). */
const CONTAINS: ReadonlyArray<{ test: RegExp; field: ProjectField }> = [
  { test: /项目编号|项目代码/, field: 'code' },
  { test: /项目名称/, field: 'name' },
  { test: /项目类别|项目分类/, field: 'category' },
  { test: /^(已用|实际|已支出|已拨付|完成).*(资金|投资|支出|金额)/, field: 'fundsSpent' },
  { test: /(计划|预算|投资|资金|金额)/, field: 'fundsPlanned' },
  { test: /完成时限|截止/, field: 'deadline' },
  { test: /实际完成(时间|日期)/, field: 'completedOn' },
  { test: /责任单位|牵头单位|主责单位/, field: 'leadUnit' },
  { test: /协同|配合|协办/, field: 'coUnits' },
];

const BRACKETED = /\([^)]*\)|\[[^\]]*\]|【[^】]*】/g;

/** The field a project-sheet header names (项目名称/项目, 项目类别/类别, 街镇/所属街镇, 是否完成/完成情况/进度…), or null. */
export function recognizeProjectHeader(header: string): ProjectField | null {
  const key = normalizeHeader(header);
  if (key === '') return null;
  const exact = EXACT.get(key) ?? EXACT.get(key.replace(BRACKETED, ''));
  if (exact) return exact;
  for (const rule of CONTAINS) if (rule.test.test(key)) return rule.field;
  return null;
}

/** How many 元 one unit of an amount column is: 10,000 when its header says 万元 (or 万). */
export function amountScale(header: string): number {
  return /万/.test(normalizeHeader(header)) ? 10_000 : 1;
}

/** Maps one header row; of two columns claiming one field the leftmost keeps it. */
export function mapProjectHeaders(headers: readonly string[]): ProjectColumn[] {
  const taken = new Set<ProjectField>();
  const columns: ProjectColumn[] = [];
  headers.forEach((raw, column) => {
    const header = raw.trim();
    if (header === '') return;
    const found = recognizeProjectHeader(header);
    const field = found && !taken.has(found) ? found : null;
    if (field) taken.add(field);
    columns.push({ column, header, field });
  });
  return columns;
}

/** How well a row reads as a project header: 0 unless it names the project and one more field. */
export function projectHeaderScore(columns: readonly ProjectColumn[]): number {
  const fields = new Set(columns.flatMap((c) => (c.field ? [c.field] : [])));
  return fields.has('name') && fields.size >= 2 ? fields.size : 0;
}

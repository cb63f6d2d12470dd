import type { ColumnMapping, HeaderMapping, ImportField, MappingRule } from '../domain/import';
import { normalizeHeader } from './text-normalize';

/** Header names seen in 12345 / 6555 / 网格 / 服务站 exports, compared after normalizeHeader. */
const SYNONYMS: Record<ImportField, readonly string[]> = {
  workOrderNo: ['工单编号', '诉求编号', '工单号', '编号', '单号', '受理编号', '案件编号', '工单id', '诉求单号', '事项编号', '流水号'],
  channel: ['来源渠道', '渠道', '来源', '诉求来源', '诉求渠道', '反映渠道', '信息来源', '收集渠道', '来源方式'],
  category: ['问题分类', '诉求类别', '诉求分类', '问题类别', '问题类型', '诉求类型', '类别', '分类', '类型', '事项分类', '业务分类', '主题分类'],
  content: ['问题描述', '诉求内容', '反映内容', '内容', '具体内容', '事项内容', '诉求描述', '问题内容', '意见建议', '意见内容', '主要诉求', '来电内容'],
  communityName: ['社区名称', '所属社区', '社区', '所在社区', '归属社区', '社区(村)', '社区/村', '村/社区', '所属社区(村)', '社区村'],
  receivedAt: ['来电时间', '受理时间', '登记时间', '反映时间', '诉求时间', '接收时间', '收到时间', '提交时间', '创建时间', '派单时间', '时间', '日期', '登记日期', '受理日期', '来电日期', '反映日期'],
  resolved: ['解决情况', '是否解决', '解决状态', '解决结果', '办理结果', '办理状态', '处理结果', '办结情况', '是否办结'],
  satisfaction: ['满意度', '评价结果', '满意情况', '回访结果', '群众评价', '评价', '满意度评价', '回访满意度', '评价情况'],
  residentName: ['联系人', '姓名', '诉求人', '来电人', '反映人', '联系人姓名', '诉求人姓名', '市民姓名', '居民姓名'],
  residentPhone: ['联系电话', '电话', '手机', '手机号', '手机号码', '联系方式', '来电号码', '诉求人电话', '联系人电话', '电话号码'],
};

const EXACT = new Map<string, ImportField>();
for (const [field, names] of Object.entries(SYNONYMS) as Array<[ImportField, readonly string[]]>) {
  for (const name of names) EXACT.set(normalizeHeader(name), field);
}

/**
 * For headers no list names (市民联系电话, 诉求人所属社区…). Each rule needs a word only headers use, so
 * a data cell such as 已解决 or 满意 is never mistaken for a header.
 */
const CONTAINS: ReadonlyArray<{ field: ImportField; test: (h: string) => boolean }> = [
  { field: 'residentPhone', test: (h) => /电话|手机|联系方式/.test(h) },
  { field: 'workOrderNo', test: (h) => /编号|单号/.test(h) },
  { field: 'channel', test: (h) => /渠道|来源/.test(h) },
  { field: 'category', test: (h) => /分类|类别|类型/.test(h) },
  { field: 'receivedAt', test: (h) => /(时间|日期)$/.test(h) && !/办结|回复|截止|完成|反馈|回访|处理|答复|结案|办理/.test(h) },
  { field: 'resolved', test: (h) => /解决/.test(h) && /是否|情况|状态|结果|与否/.test(h) },
  { field: 'satisfaction', test: (h) => /满意度|满意情况|评价结果|评价情况/.test(h) },
  { field: 'communityName', test: (h) => /社区/.test(h) && /名称|所属|所在|归属/.test(h) },
  { field: 'content', test: (h) => /内容|描述/.test(h) },
  { field: 'residentName', test: (h) => /姓名|联系人/.test(h) },
];

/** Longer cells are data (a resident's sentence), not a header. */
const MAX_HEADER_LENGTH = 16;

/** The field a header names, or null. */
export function recognizeHeader(header: string): ImportField | null {
  const h = normalizeHeader(header);
  if (h === '' || h.length > MAX_HEADER_LENGTH) return null;
  const exact = EXACT.get(h) ?? EXACT.get(h.replace(/\(.*\)$/, ''));
  if (exact) return exact;
  for (const rule of CONTAINS) if (rule.test(h)) return rule.field;
  return null;
}

/**
 * Maps one header row. Rules from a preset win over recognition; when two columns claim one field the
 * leftmost keeps it (a sheet with 来电时间 and 受理时间 dates the row by the first).
 */
export function mapHeaderRow(headers: readonly string[], rules: readonly MappingRule[] = []): HeaderMapping {
  const ruled = new Map<string, ImportField | null>();
  for (const rule of rules) ruled.set(normalizeHeader(rule.header), rule.field);
  const ruledFields = new Set([...ruled.values()].filter((f): f is ImportField => f !== null));

  const taken = new Set<ImportField>();
  const mapping: ColumnMapping[] = [];
  headers.forEach((header, column) => {
    const key = normalizeHeader(header);
    let field: ImportField | null;
    if (ruled.has(key)) field = ruled.get(key) ?? null;
    else {
      field = recognizeHeader(header);
      if (field && ruledFields.has(field)) field = null;
    }
    if (field && taken.has(field)) field = null;
    if (field) taken.add(field);
    if (header.trim() !== '' || field) mapping.push({ column, header: header.trim(), field });
  });
  return mapping;
}

/** Fields without which rows cannot be told apart or read as opinions. */
const ANCHOR_FIELDS: ReadonlySet<ImportField> = new Set(['content', 'category', 'workOrderNo']);

/** How well a row reads as the header: distinct fields named; 0 unless it names an anchor and one more. */
export function headerScore(mapping: HeaderMapping): number {
  const fields = new Set(mapping.flatMap((m) => (m.field ? [m.field] : [])));
  const anchored = [...fields].some((f) => ANCHOR_FIELDS.has(f));
  return anchored && fields.size >= 2 ? fields.size : 0;
}

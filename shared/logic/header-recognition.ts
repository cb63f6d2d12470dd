import type { ColumnMapping, HeaderMapping, ImportField, MappingRule } from '../domain/import';
import { normalizeHeader } from './text-normalize';

/**
 * Header names seen in 12345 / 6555 / 网格 / 服务站 exports, compared after normalizeHeader. For the
 * columns a rate is counted from, earlier names are the surer ones (see SURE_FIRST).
 */
const SYNONYMS: Record<ImportField, readonly string[]> = {
  workOrderNo: [
    '工单编号',
    '诉求编号',
    '工单号',
    '编号',
    '单号',
    '受理编号',
    '案件编号',
    '工单id',
    '诉求单号',
    '事项编号',
    '流水号',
  ],
  channel: [
    '来源渠道',
    '渠道',
    '来源',
    '诉求来源',
    '诉求渠道',
    '反映渠道',
    '信息来源',
    '收集渠道',
    '来源方式',
  ],
  category: [
    '问题分类',
    '诉求类别',
    '诉求分类',
    '问题类别',
    '问题类型',
    '诉求类型',
    '类别',
    '分类',
    '类型',
    '事项分类',
    '业务分类',
    '主题分类',
  ],
  content: [
    '问题描述',
    '诉求内容',
    '反映内容',
    '内容',
    '具体内容',
    '事项内容',
    '诉求描述',
    '问题内容',
    '意见建议',
    '意见内容',
    '主要诉求',
    '来电内容',
  ],
  communityName: [
    '社区名称',
    '所属社区',
    '社区',
    '所在社区',
    '归属社区',
    '社区(村)',
    '社区/村',
    '村/社区',
    '所属社区(村)',
    '社区村',
  ],
  receivedAt: [
    '来电时间',
    '受理时间',
    '登记时间',
    '反映时间',
    '诉求时间',
    '接收时间',
    '收到时间',
    '提交时间',
    '创建时间',
    '派单时间',
    '时间',
    '日期',
    '登记日期',
    '受理日期',
    '来电日期',
    '反映日期',
  ],
  // Solved or not. 办理状态 says whether the case is closed, which is another field: a case can be
  // 已办结 and unsolved.
  resolved: [
    '解决情况',
    '是否解决',
    '解决状态',
    '解决结果',
    '问题是否解决',
    '诉求是否解决',
    '实际解决情况',
    '办理结果',
    '处理结果',
  ],
  closed: ['办理状态', '是否办结', '办结情况', '办结状态', '工单状态', '处理状态', '案件状态', '状态'],
  responded: ['是否响应', '响应情况', '响应状态', '响应时间', '首次响应时间', '首次联系时间', '响应结果'],
  satisfaction: [
    '满意度',
    '是否满意',
    '满意程度',
    '回访满意度',
    '满意情况',
    '评价结果',
    '满意度评价',
    '群众满意度',
    '市民满意度',
    '回访结果',
    '群众评价',
    '评价情况',
    '评价',
  ],
  residentName: [
    '联系人',
    '姓名',
    '诉求人',
    '来电人',
    '反映人',
    '联系人姓名',
    '诉求人姓名',
    '市民姓名',
    '居民姓名',
  ],
  residentPhone: [
    '联系电话',
    '电话',
    '手机',
    '手机号',
    '手机号码',
    '联系方式',
    '来电号码',
    '诉求人电话',
    '联系人电话',
    '电话号码',
  ],
};

/**
 * Fields where, of two columns claiming one, the surer name wins wherever it stands: a rate read from the
 * wrong column misstates a figure offices are assessed on. Other fields keep the leftmost column.
 */
const SURE_FIRST: ReadonlySet<ImportField> = new Set(['resolved', 'closed', 'responded', 'satisfaction']);

const EXACT = new Map<string, ImportField>();
const RANK = new Map<string, number>();
for (const [field, names] of Object.entries(SYNONYMS) as Array<[ImportField, readonly string[]]>) {
  names.forEach((name, rank) => {
    EXACT.set(normalizeHeader(name), field);
    RANK.set(normalizeHeader(name), SURE_FIRST.has(field) ? rank : 0);
  });
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
  { field: 'responded', test: (h) => /响应/.test(h) && /是否|情况|状态|时间|时长|结果/.test(h) },
  {
    field: 'receivedAt',
    test: (h) =>
      /(时间|日期)$/.test(h) && !/办结|回复|截止|完成|反馈|回访|处理|答复|结案|办理|响应|联系/.test(h),
  },
  { field: 'resolved', test: (h) => /解决/.test(h) && /是否|情况|状态|结果|与否/.test(h) },
  { field: 'closed', test: (h) => /办结/.test(h) && /是否|情况|状态/.test(h) },
  { field: 'satisfaction', test: (h) => /满意(度|程度|情况|评价)|是否满意|评价结果|评价情况/.test(h) },
  { field: 'communityName', test: (h) => /社区/.test(h) && /名称|所属|所在|归属/.test(h) },
  { field: 'content', test: (h) => /内容|描述/.test(h) },
  { field: 'residentName', test: (h) => /姓名|联系人/.test(h) },
];

/** Longer cells are data (a resident's sentence), not a header. */
const MAX_HEADER_LENGTH = 16;

/** A recognised header and how sure the name is: lower is surer (its place in the field's list). */
interface Recognition {
  field: ImportField;
  rank: number;
}

/** Names matched by a rule rank after every listed name. */
const RULE_RANK = 1000;

function recognize(header: string): Recognition | null {
  const h = normalizeHeader(header);
  if (h === '' || h.length > MAX_HEADER_LENGTH) return null;
  const key = EXACT.has(h) ? h : h.replace(/\(.*\)$/, '');
  const exact = EXACT.get(key);
  if (exact) return { field: exact, rank: RANK.get(key) ?? 0 };
  for (const rule of CONTAINS) if (rule.test(h)) return { field: rule.field, rank: RULE_RANK };
  return null;
}

/** The field a header names, or null. */
export function recognizeHeader(header: string): ImportField | null {
  return recognize(header)?.field ?? null;
}

/**
 * Maps one header row. Rules from a preset win over recognition. When two columns claim one field the
 * surer name keeps it (解决情况 over 办理结果, wherever each stands), and between equally sure names
 * the leftmost (a sheet with 来电时间 and 受理时间 dates the row by the first).
 */
export function mapHeaderRow(headers: readonly string[], rules: readonly MappingRule[] = []): HeaderMapping {
  const ruled = new Map<string, ImportField | null>();
  for (const rule of rules) ruled.set(normalizeHeader(rule.header), rule.field);
  const ruledFields = new Set([...ruled.values()].filter((f): f is ImportField => f !== null));

  const claims = headers.map((header): Recognition | null => {
    const key = normalizeHeader(header);
    if (ruled.has(key)) {
      const field = ruled.get(key) ?? null;
      return field ? { field, rank: -1 } : null;
    }
    const found = recognize(header);
    return found && !ruledFields.has(found.field) ? found : null;
  });
  const winner = new Map<ImportField, number>();
  claims.forEach((claim, column) => {
    if (!claim) return;
    const best = winner.get(claim.field);
    if (best === undefined || claim.rank < claims[best]!.rank) winner.set(claim.field, column);
  });

  const mapping: ColumnMapping[] = [];
  headers.forEach((header, column) => {
    const claim = claims[column];
    const field = claim && winner.get(claim.field) === column ? claim.field : null;
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

import type { ImportField } from '../domain/import';

/** Column names as the mapping editor and the messages show them; kept free of zod for the parse worker. */
export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  workOrderNo: '工单编号',
  channel: '来源渠道',
  category: '问题分类',
  content: '诉求内容',
  communityName: '所属社区',
  receivedAt: '受理时间',
  resolved: '是否解决',
  closed: '办理状态',
  responded: '响应情况',
  satisfaction: '满意度',
  residentName: '联系人',
  residentPhone: '联系电话',
};

/** The longest text each field may hold; longer cells are cut and reported. */
export type FieldLimits = Partial<Record<ImportField, number>>;

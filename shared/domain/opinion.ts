import { z } from 'zod';
import { Id, Instant, LIMITS } from './common';

/** Where a resident's opinion (意见诉求) arrived. */
export const OpinionChannel = z.enum([
  'hotline12345', // 12345 市民服务热线 接诉即办
  'hotline6555', // 6555 热线
  'serviceStation', // 社区服务站
  'wechat', // 公众号 (e.g. 民意集智)
  'homeVisit', // 入户
  'grid', // 网格巡查
  'mailbox', // 意见箱
  'onSite', // 现场 (at the meeting)
]);
export type OpinionChannel = z.infer<typeof OpinionChannel>;

export const Satisfaction = z.enum(['satisfied', 'basicallySatisfied', 'dissatisfied', 'unrated']);
export type Satisfaction = z.infer<typeof Satisfaction>;

export const Opinion = z.object({
  id: Id,
  /** 工单编号, always text: long digit strings must never become numbers. */
  workOrderNo: z.string().max(64).default(''),
  channel: OpinionChannel,
  category: z.string().trim().max(100).default(''),
  content: z.string().max(LIMITS.text),
  /** The community's name as the source wrote it; `communityId` once matched to the office's list. */
  communityName: z.string().trim().max(100).default(''),
  communityId: Id.nullable().default(null),
  receivedAt: Instant.nullable(),
  resolved: z.boolean().nullable(),
  satisfaction: Satisfaction,
  /** Staff-only personal data: masked on every public surface. */
  residentName: z.string().trim().max(50).default(''),
  residentPhone: z.string().trim().max(32).default(''),
  /** Which import brought the row in, so an import can be undone as a whole; null when typed in. */
  importId: Id.nullable().default(null),
});
export type Opinion = z.infer<typeof Opinion>;

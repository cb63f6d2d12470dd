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

/**
 * The columns a rate is counted from. A rate exists only where its column does: a sheet without a
 * 满意度 column says nothing about satisfaction, which is not the same as nobody being satisfied.
 */
export const RateColumn = z.enum(['resolved', 'closed', 'responded', 'satisfaction']);
export type RateColumn = z.infer<typeof RateColumn>;

export const Opinion = z.object({
  id: Id,
  /** 工单编号, always text: long digit strings must never become numbers. */
  workOrderNo: z.string().max(64).default(''),
  /** Null when the source did not say (no channel column, a blank cell and no default chosen). */
  channel: OpinionChannel.nullable(),
  category: z.string().trim().max(100).default(''),
  content: z.string().max(LIMITS.text),
  /** The community's name as the source wrote it; `communityId` once matched to the office's list. */
  communityName: z.string().trim().max(100).default(''),
  communityId: Id.nullable().default(null),
  receivedAt: Instant.nullable(),
  /** 是否解决 / 解决情况: was the problem solved. Null when the sheet did not say. */
  resolved: z.boolean().nullable(),
  /**
   * 办理状态 (已办结 / 办理中): is the case closed. Not the same as resolved: a case can be closed and
   * the problem still unsolved, which is exactly what the 解决率 measures.
   */
  closed: z.boolean().nullable().default(null),
  /** 响应 / 响应时间: was the resident contacted (a response time counts as responded). */
  responded: z.boolean().nullable().default(null),
  satisfaction: Satisfaction,
  /** Staff-only personal data: masked on every public surface. */
  residentName: z.string().trim().max(50).default(''),
  residentPhone: z.string().trim().max(32).default(''),
  /** Which import brought the row in, so an import can be undone as a whole; null when typed in. */
  importId: Id.nullable().default(null),
});
export type Opinion = z.infer<typeof Opinion>;

import { z } from 'zod';

/** Bounds shared by every schema, so an oversized field is refused at the API boundary. */
export const LIMITS = {
  id: 64,
  name: 100,
  title: 200,
  text: 5000,
  phone: 32,
  listItems: 10_000,
} as const;

export const Id = z
  .string()
  .min(1)
  .max(LIMITS.id)
  .regex(/^[A-Za-z0-9_-]+$/, '编号只能包含字母、数字、下划线和连字符');
export type Id = z.infer<typeof Id>;

/** A trimmed, non-empty single-line name. */
export const Name = z
  .string()
  .trim()
  .min(1, '名称不能为空')
  .max(LIMITS.name, `名称不能超过 ${LIMITS.name} 个字`);

export const Title = z
  .string()
  .trim()
  .min(1, '标题不能为空')
  .max(LIMITS.title, `标题不能超过 ${LIMITS.title} 个字`);

export const OptionalText = z.string().max(LIMITS.text, `内容不能超过 ${LIMITS.text} 个字`).default('');

export const Phone = z
  .string()
  .trim()
  .max(LIMITS.phone)
  .regex(/^[0-9+\-() ]*$/, '电话号码只能包含数字、空格和 + - ( )');

/**
 * A moment in time as ISO 8601 with an explicit offset. Meetings happen in Asia/Shanghai, so stored
 * values carry +08:00; any offset is accepted and kept as written.
 */
export const Instant = z.iso.datetime({
  offset: true,
  message: '时间格式应为 ISO 8601，例如 2025-03-05T14:30:00+08:00',
});
export type Instant = z.infer<typeof Instant>;

/** A calendar date, YYYY-MM-DD, in Asia/Shanghai. */
export const LocalDate = z.iso.date({ message: '日期格式应为 YYYY-MM-DD' });
export type LocalDate = z.infer<typeof LocalDate>;

export const Revision = z.number().int().nonnegative();

/**
 * Marks what the sample office (示例数据) added, so that removing the sample takes exactly that and
 * nothing the user entered. Absent on everything the user created.
 */
export const SampleMark = z.literal(true).optional();

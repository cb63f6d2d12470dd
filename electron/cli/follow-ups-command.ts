import { z } from 'zod';
import {
  FollowUpState,
  ListType,
  LocalDate,
  Verdict,
  type FollowUpRow,
  type Scoreboard,
} from '../../shared/domain';
import { fraction, formatRate } from '../../shared/logic/fraction';
import { LIST_LABEL } from '../services/live-refusals';
import { call, tryCall } from './call';
import { EXIT, parseCommandArgs, type CliIo } from './cli-io';
import { connectDataFolder } from './open-services';

export const FOLLOW_UPS_USAGE =
  'follow-ups --data DIR [--meeting 会议编号] [--as-of YYYY-MM-DD] [--json]  列出跟踪事项和部门成绩（日期为北京时间）';

/**
 * What `follow-ups --json` prints: one object, department names instead of ids so a script needs no
 * second lookup, the states and lists under the names the app stores.
 */
export const FollowUpsJson = z
  .object({
    asOf: LocalDate,
    items: z.array(
      z
        .object({
          id: z.string(),
          meetingId: z.string(),
          title: z.string(),
          list: ListType,
          lead: z.string().nullable(),
          co: z.array(z.string()),
          deadline: LocalDate.nullable(),
          state: FollowUpState,
          overdue: z.boolean(),
          verdict: Verdict.nullable(),
        })
        .strict(),
    ),
    byDepartment: z.array(
      z
        .object({
          name: z.string(),
          items: z.number().int().min(0),
          onTime: z.number().int().min(0),
          overdue: z.number().int().min(0),
          solved: z.number().int().min(0),
          partlySolved: z.number().int().min(0),
          closedUnsolved: z.number().int().min(0),
          rated: z.number().int().min(0),
          satisfied: z.number().int().min(0),
          ranked: z.boolean(),
        })
        .strict(),
    ),
  })
  .strict();
export type FollowUpsJson = z.infer<typeof FollowUpsJson>;

export const FOLLOW_UP_STATE_LABEL: Record<FollowUpState, string> = {
  assigned: '已交办',
  in_progress: '办理中',
  replied: '已反馈',
  solved: '已解决',
  partly_solved: '部分解决',
  closed_unsolved: '已办结未解决',
  reopened: '重新办理',
};

const VERDICT_LABEL: Record<Verdict, string> = {
  satisfied: '满意',
  basically_satisfied: '基本满意',
  dissatisfied: '不满意',
};

const LIST_ORDER: readonly ListType[] = ['immediate', 'deadline', 'ongoing'];

/** A department id the office no longer has keeps its id, so the item is never shown as unassigned. */
export function followUpsJson(
  asOf: string,
  rows: readonly FollowUpRow[],
  scoreboard: Scoreboard,
  departmentName: (id: string) => string,
): FollowUpsJson {
  return {
    asOf,
    items: rows.map((r) => ({
      id: r.id,
      meetingId: r.meetingId,
      title: r.title,
      list: r.listType,
      lead: r.leadDepartmentId === null ? null : departmentName(r.leadDepartmentId),
      co: r.coDepartmentIds.map(departmentName),
      deadline: r.deadline,
      state: r.state,
      overdue: r.overdue,
      verdict: r.verdict,
    })),
    byDepartment: scoreboard.departments.map((d) => ({
      name: d.name,
      items: d.items,
      onTime: d.onTime,
      overdue: d.overdue,
      solved: d.solved,
      partlySolved: d.partlySolved,
      closedUnsolved: d.closedUnsolved,
      rated: d.rated,
      satisfied: d.satisfied,
      ranked: d.ranked,
    })),
  };
}

/** The readable form: items by list, then the departments' figures, each rate over its denominator. */
export function followUpsText(out: FollowUpsJson, meetingTitle: string | null): string {
  const lines: string[] = [];
  lines.push(
    `跟踪事项（${meetingTitle ?? '全部会议'}，截至 ${out.asOf}，北京时间）：共 ${out.items.length} 项`,
  );
  if (out.items.length === 0) lines.push('  还没有跟踪事项。');
  for (const list of LIST_ORDER) {
    const items = out.items.filter((i) => i.list === list);
    if (items.length === 0) continue;
    lines.push('', `【${LIST_LABEL[list]}】${items.length} 项`);
    for (const i of items) {
      const marks = [
        FOLLOW_UP_STATE_LABEL[i.state],
        ...(i.overdue ? ['逾期'] : []),
        ...(i.verdict ? [`评议：${VERDICT_LABEL[i.verdict]}`] : []),
      ].join('·');
      const departments = [i.lead ?? '未定牵头单位', ...i.co].join('、');
      lines.push(`  [${marks}] ${i.title}`);
      lines.push(`      ${departments}；期限 ${i.deadline ?? '无'}  (${i.id})`);
    }
  }
  lines.push('', `部门成绩（截至 ${out.asOf}）：`);
  if (out.byDepartment.length === 0) lines.push('  没有牵头事项。');
  for (const d of out.byDepartment) {
    const rate = (num: number, den: number) => `${formatRate(fraction(num, den))}（${num}/${den}）`;
    lines.push(
      `  ${d.name}${d.ranked ? '' : '（事项少，不参与排名）'}：牵头 ${d.items} 项；` +
        `按时办结率 ${rate(d.onTime, d.items)}；逾期 ${d.overdue}；` +
        `解决率 ${rate(d.solved, d.items)}，部分解决 ${d.partlySolved}，已办结未解决 ${d.closedUnsolved}；` +
        `满意率 ${rate(d.satisfied, d.rated)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** `follow-ups --data DIR [--meeting ID] [--as-of YYYY-MM-DD] [--json]`. */
export async function runFollowUps(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(
    {
      args: argv,
      options: {
        data: { type: 'string' },
        meeting: { type: 'string' },
        'as-of': { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      strict: true,
    },
    `用法：npm run cli -- ${FOLLOW_UPS_USAGE}`,
    io,
  );
  if (!parsed) return EXIT.refused;
  const { values } = parsed;
  const asOfArg = values['as-of'];
  if (asOfArg !== undefined && !LocalDate.safeParse(asOfArg).success) {
    io.stderr(`参数有误：--as-of 应为实际存在的日期，格式 YYYY-MM-DD（北京时间），收到“${asOfArg}”\n`);
    return EXIT.refused;
  }
  const app = await connectDataFolder(values.data, io);
  try {
    const meetingId = values.meeting ?? null;
    let meetingTitle: string | null = null;
    if (meetingId !== null) {
      const meetings = await call(app, 'meetings.list', {});
      const meeting = meetings.find((m) => m.id === meetingId);
      if (!meeting) {
        io.stderr(
          `没有编号为“${meetingId}”的会议。可运行 \`npm run cli -- meetings --data 目录\` 查看会议编号。\n`,
        );
        return EXIT.refused;
      }
      meetingTitle = meeting.title;
    }
    const asOf = asOfArg === undefined ? {} : { asOf: asOfArg };
    const list = await tryCall(app, 'followUps.list', { meetingId, ...asOf });
    if (!list.ok) {
      const refused = list.error.code === 'invalid_input' || list.error.code === 'not_found';
      io.stderr(`${refused ? '参数有误' : '命令失败'}：${list.error.message}\n`);
      return refused ? EXIT.refused : EXIT.failed;
    }
    // The scoreboard is of the same day as the list, even if midnight passes between the two calls.
    const scoreboard = await call(app, 'followUps.scoreboard', { meetingId, asOf: list.value.asOf });
    const office = await call(app, 'office.get', {});
    const names = new Map(office.departments.map((d) => [d.id, d.name]));
    const out = followUpsJson(list.value.asOf, list.value.rows, scoreboard, (id) => names.get(id) ?? id);
    io.stdout(values.json ? `${JSON.stringify(out)}\n` : followUpsText(out, meetingTitle));
    return EXIT.ok;
  } finally {
    await app.close();
  }
}

import { parseArgs } from 'node:util';
import { formatShanghai } from '../../shared/logic/shanghai-time';
import type { MeetingSummary } from '../../shared/api';
import type { ListType, QuestionState } from '../../shared/domain';
import { call } from './call';
import { EXIT, type CliIo } from './cli-io';
import { connectDataFolder } from './open-services';

const LEVEL = { street: '街道级', community: '社区级', topic: '专题' } as const;
const STATUS = { draft: '草稿', scheduled: '已安排', live: '进行中', closed: '已结束' } as const;

const STATE: Record<QuestionState, string> = {
  waiting: '待处理',
  onScreen: '上屏中',
  answered: '当场答复',
  committed: '形成承诺',
  referred: '转交书面答复',
  declined: '不予采纳',
  merged: '已合并',
};
const LIST: Record<ListType, string> = { immediate: '立即整改', deadline: '限期办理', ongoing: '持续推进' };

/** "现场提问 32 条（当场答复 7，…）；当场承诺 7 项（立即整改 3，…）", only the counts above zero; null for none. */
function liveCounts(m: MeetingSummary): string | null {
  const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  const parts = <K extends string>(counts: Record<K, number>, labels: Record<K, string>) =>
    (Object.keys(labels) as K[])
      .filter((k) => counts[k] > 0)
      .map((k) => `${labels[k]} ${counts[k]}`)
      .join('，');
  const questions = total(m.questions);
  const commitments = total(m.commitments);
  if (questions === 0 && commitments === 0) return null;
  return [
    questions > 0 ? `现场提问 ${questions} 条（${parts(m.questions, STATE)}）` : '',
    commitments > 0 ? `当场承诺 ${commitments} 项（${parts(m.commitments, LIST)}）` : '',
  ]
    .filter(Boolean)
    .join('；');
}

/** `meetings --data DIR [--json]`: lists meetings, newest first. */
export async function runMeetings(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { data: { type: 'string' }, json: { type: 'boolean', default: false } },
    strict: true,
  });
  const app = await connectDataFolder(values.data, io);
  try {
    const meetings = await call(app, 'meetings.list', {});
    if (values.json) {
      io.stdout(`${JSON.stringify(meetings)}\n`);
      return EXIT.ok;
    }
    if (meetings.length === 0) {
      io.stdout('还没有会议。可运行 `npm run cli -- demo --data 目录` 创建示例。\n');
      return EXIT.ok;
    }
    for (const m of meetings) {
      io.stdout(
        `${formatShanghai(m.startsAt)}  [${LEVEL[m.level]}·${STATUS[m.status]}]  ${m.title}  (${m.id})\n`,
      );
      const live = liveCounts(m);
      if (live) io.stdout(`    ${live}\n`);
    }
    return EXIT.ok;
  } finally {
    await app.close();
  }
}

import { parseArgs } from 'node:util';
import { formatShanghai } from '../../shared/logic/shanghai-time';
import { call } from './call';
import { EXIT, type CliIo } from './cli-io';
import { connectDataFolder } from './open-services';

const LEVEL = { street: '街道级', community: '社区级', topic: '专题' } as const;
const STATUS = { draft: '草稿', scheduled: '已安排', live: '进行中', closed: '已结束' } as const;

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
    }
    return EXIT.ok;
  } finally {
    await app.close();
  }
}

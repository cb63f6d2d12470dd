import { parseArgs } from 'node:util';
import { call } from './call';
import { EXIT, type CliIo } from './cli-io';
import { demoMeetings, demoOffice } from './demo-data';
import { importDemoOpinions } from './demo-opinion-import';
import { connectDataFolder } from './open-services';

/** `demo --data DIR`: a realistic sample office and meetings, created through the API like a user would. */
export async function runDemo(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { data: { type: 'string' } }, strict: true });
  const app = await connectDataFolder(values.data, io);
  try {
    const office = await call(app, 'office.get', {});
    const existing = await call(app, 'meetings.list', {});
    if (office.communities.length > 0 || existing.length > 0) {
      io.stderr(`数据目录 ${app.dataDir} 中已有数据，未重复创建示例。\n`);
      return EXIT.failed;
    }
    await call(app, 'office.update', demoOffice.profile);
    const communityIds = new Map<string, string>();
    for (const community of demoOffice.communities) {
      const created = await call(app, 'communities.create', community);
      communityIds.set(created.name, created.id);
    }
    for (const d of demoOffice.departments) {
      await call(app, 'departments.create', { name: d.name, kind: d.kind, contact: { person: d.person, phone: d.phone } });
    }
    let streetMeetingId: string | null = null;
    for (const m of demoMeetings) {
      const meeting = await call(app, 'meetings.create', {
        title: m.title,
        level: m.level,
        startsAt: m.startsAt,
        venue: m.venue,
        status: m.status,
        notes: m.notes,
        communityIds: m.communities.map((name) => communityIds.get(name)!).filter(Boolean),
      });
      if (m.level === 'street' && streetMeetingId === null) streetMeetingId = meeting.id;
    }
    const opinions = streetMeetingId ? await importDemoOpinions(app, streetMeetingId) : null;
    io.stdout(
      `已在 ${app.dataDir} 创建示例：${demoOffice.profile.name}，${demoOffice.communities.length} 个社区，` +
        `${demoOffice.departments.length} 个部门，${demoMeetings.length} 场会议` +
        (opinions ? `；街道报告会已导入 ${opinions.count} 条 12345/6555 工单，归并为 ${opinions.groups} 个重大事项和民生任务` : '') +
        '。\n',
    );
    return EXIT.ok;
  } finally {
    await app.close();
  }
}

import { parseArgs } from 'node:util';
import { call } from './call';
import { EXIT, type CliIo } from './cli-io';
import { sampleOffice } from '../sample/sample-office';
import { connectDataFolder } from './open-services';

/** `demo --data DIR`: the sample office and meetings, by the same API method the app's empty state offers. */
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
    const sample = await call(app, 'sample.install', {});
    io.stdout(
      `已在 ${app.dataDir} 创建示例：${sampleOffice.profile.name}，${sample.communities} 个社区，` +
        `${sample.departments} 个部门，${sample.meetings} 场会议；街道报告会已导入 ${sample.opinions} 条 12345/6555 工单，` +
        `并归并为重大事项和民生任务；已为街道报告会生成 ${sample.reportCards} 张卡片的数字成绩单；` +
        `停车管理专题报告会有 ${sample.followUps} 项跟踪事项（交办、办理、反馈、评议各阶段都有）；` +
        `民生项目池有两批项目、一次差额票决，共 ${sample.projects} 个项目（第一批未完成的已结转到第二批）。` +
        '界面中标为“示例”，可在会议列表一键移除。\n',
    );
    return EXIT.ok;
  } finally {
    await app.close();
  }
}

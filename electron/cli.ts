// Command-line entry: the same services as the desktop app, for archivists, checks and sample data.
import { EXIT, processIo, type CliIo } from './cli/cli-io';
import { runDemo } from './cli/demo-command';
import { FOLLOW_UPS_USAGE, runFollowUps } from './cli/follow-ups-command';
import { runImport } from './cli/import-command';
import { runMeetings } from './cli/meetings-command';
import { runSummarize } from './cli/summarize-command';
import { runSummarizeProjects } from './cli/summarize-projects-command';

type Command = (argv: string[], io: CliIo) => Promise<number>;

const commands: Record<string, { run: Command; usage: string }> = {
  demo: { run: runDemo, usage: 'demo --data DIR                 创建示例街道、社区、部门和会议' },
  meetings: { run: runMeetings, usage: 'meetings --data DIR [--json]    列出会议' },
  'follow-ups': { run: runFollowUps, usage: FOLLOW_UPS_USAGE },
  import: {
    run: runImport,
    usage:
      'import 文件 --data DIR --meeting 会议编号 [--sheet 工作表名]  把工单表导入到一场会议（预览后整批写入）',
  },
  summarize: {
    run: (argv, io) => runSummarize(argv, io),
    usage: 'summarize 文件 [--sheet 工作表名] [--json]  导入并汇总 12345/6555 工单表（不写入数据）',
  },
  'summarize-projects': {
    run: (argv, io) => runSummarizeProjects(argv, io),
    usage:
      'summarize-projects 文件 [--sheet 工作表名] [--json]  读取民生项目清单，按类别和街镇汇总完成情况（不写入数据）',
  },
};

function usage(io: CliIo): void {
  io.stdout('用法：npm run cli -- <命令> [选项]\n\n');
  for (const { usage: line } of Object.values(commands)) io.stdout(`  ${line}\n`);
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    usage(io);
    return name ? EXIT.ok : EXIT.refused;
  }
  const command = commands[name];
  if (!command) {
    io.stderr(`未知命令：${name}\n`);
    usage(io);
    return EXIT.refused;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const refused =
      error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
    io.stderr(`${refused ? '参数有误' : '命令失败'}：${message}\n`);
    return refused ? EXIT.refused : EXIT.failed;
  }
}

process.exitCode = await main(process.argv.slice(2));

import type { ParsedInput } from '../../shared/api';
import { getMeeting } from './meetings-service';
import type { ServiceContext } from './service-context';

export async function openProjector(
  ctx: ServiceContext,
  input: ParsedInput<'projector.open'>,
): Promise<{ opened: boolean }> {
  getMeeting(ctx, input.meetingId);
  return { opened: await ctx.windows.openProjector(input.meetingId, input.displayId) };
}

export async function exportReportPdf(
  ctx: ServiceContext,
  meetingId: string,
): Promise<{ supported: boolean; saved: string | null }> {
  const meeting = getMeeting(ctx, meetingId);
  // A file name the user recognises; characters Windows refuses in names are replaced.
  const name = `${meeting.title.replace(/[\\/:*?"<>|]/g, '_')}-数字成绩单.pdf`;
  const saved = await ctx.windows.exportPdf(meetingId, name, 'print');
  return saved === undefined ? { supported: false, saved: null } : { supported: true, saved };
}

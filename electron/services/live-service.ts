import type { LiveStatus, ParsedInput } from '../../shared/api';
import type { LivePublicView } from '../../shared/domain';
import { AppError } from '../api/app-error';
import type { ServiceContext } from './service-context';

/** The hall's view of the live record, the end-of-meeting status and close, and 彩排. */

const todo = (): never => {
  throw new AppError('internal', 'HELPER(services): not implemented');
};

export function livePublic(ctx: ServiceContext, meetingId: string): LivePublicView {
  void ctx;
  void meetingId;
  return todo();
}
export function liveStatus(ctx: ServiceContext, meetingId: string): LiveStatus {
  void ctx;
  void meetingId;
  return todo();
}
export async function closeMeeting(
  ctx: ServiceContext,
  input: ParsedInput<'live.close'>,
): Promise<LiveStatus> {
  void ctx;
  void input;
  return todo();
}
export async function reopenMeeting(
  ctx: ServiceContext,
  input: ParsedInput<'live.reopen'>,
): Promise<LiveStatus> {
  void ctx;
  void input;
  return todo();
}
export async function startRehearsal(
  ctx: ServiceContext,
  input: ParsedInput<'rehearsal.start'>,
): Promise<{ startedAt: string }> {
  void ctx;
  void input;
  return todo();
}
export async function wipeRehearsal(
  ctx: ServiceContext,
  meetingId: string,
): Promise<{ questions: number; commitments: number }> {
  void ctx;
  void meetingId;
  return todo();
}

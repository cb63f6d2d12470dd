import type { Output, ParsedInput } from '../../shared/api';
import type { FollowUpItem, FollowUpSettings } from '../../shared/domain';
import { AppError } from '../api/app-error';
import type { ServiceContext } from './service-context';

// Seams: each function is replaced by its implementation; the signatures are the contract's.
const todo = (): never => {
  throw new AppError('unavailable', '跟踪功能尚未完成');
};

export async function listFollowUps(
  _ctx: ServiceContext,
  _input: ParsedInput<'followUps.list'>,
): Promise<Output<'followUps.list'>> {
  return todo();
}

export async function getFollowUp(
  _ctx: ServiceContext,
  _input: ParsedInput<'followUps.get'>,
): Promise<Output<'followUps.get'>> {
  return todo();
}

/** Also called by live.close for a real (not rehearsed) close. */
export async function generateFollowUps(
  _ctx: ServiceContext,
  _input: ParsedInput<'followUps.generate'>,
): Promise<Output<'followUps.generate'>> {
  return todo();
}

export async function sendGroups(
  _ctx: ServiceContext,
  _input: ParsedInput<'followUps.sendGroups'>,
): Promise<Output<'followUps.sendGroups'>> {
  return todo();
}

export async function createFollowUp(
  _ctx: ServiceContext,
  _input: ParsedInput<'followUps.create'>,
): Promise<FollowUpItem> {
  return todo();
}

export async function updateFollowUp(
  _ctx: ServiceContext,
  _input: ParsedInput<'followUps.update'>,
): Promise<FollowUpItem> {
  return todo();
}

export async function actOnFollowUp(
  _ctx: ServiceContext,
  _input: ParsedInput<'followUps.act'>,
): Promise<FollowUpItem> {
  return todo();
}

export async function bulkFollowUps(
  _ctx: ServiceContext,
  _input: ParsedInput<'followUps.bulk'>,
): Promise<Output<'followUps.bulk'>> {
  return todo();
}

export async function undoFollowUps(
  _ctx: ServiceContext,
  _input: ParsedInput<'followUps.undo'>,
): Promise<Output<'followUps.undo'>> {
  return todo();
}

export async function listCallbacks(
  _ctx: ServiceContext,
  _input: ParsedInput<'followUps.callbacks'>,
): Promise<Output<'followUps.callbacks'>> {
  return todo();
}

export async function followUpScoreboard(
  _ctx: ServiceContext,
  _input: ParsedInput<'followUps.scoreboard'>,
): Promise<Output<'followUps.scoreboard'>> {
  return todo();
}

export async function rateDepartment(
  _ctx: ServiceContext,
  _input: ParsedInput<'followUps.rateDepartment'>,
): Promise<Output<'followUps.rateDepartment'>> {
  return todo();
}

export async function followUpReminders(
  _ctx: ServiceContext,
  _input: ParsedInput<'followUps.reminders'>,
): Promise<Output<'followUps.reminders'>> {
  return todo();
}

export async function publicNotice(
  _ctx: ServiceContext,
  _input: ParsedInput<'followUps.notice'>,
): Promise<Output<'followUps.notice'>> {
  return todo();
}

export async function exportNoticePdf(
  _ctx: ServiceContext,
  _meetingId: string,
): Promise<Output<'followUps.exportNotice'>> {
  return todo();
}

export function getFollowUpSettings(_ctx: ServiceContext): FollowUpSettings {
  return todo();
}

export async function setFollowUpSettings(
  _ctx: ServiceContext,
  _input: ParsedInput<'followUps.settings.set'>,
): Promise<FollowUpSettings> {
  return todo();
}

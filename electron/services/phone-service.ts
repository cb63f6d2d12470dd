import type { PhoneOutput, PhoneParsedInput } from '../../shared/api/phone-contract';
import { AppError } from '../api/app-error';
import type { PhoneDispatch } from './gateway-port';
import type { ServiceContext } from './service-context';

/**
 * The phone methods (shared/api/phone-contract.ts), answered for the gateway. Every input is parsed
 * again here: the gateway is another process and is not trusted. Nothing personal goes out, and only
 * approved questions are shown to other phones.
 */

const TODO = () => new AppError('internal', '手机提问尚未实现');

export function phoneView(
  _ctx: ServiceContext,
  _meetingId: string,
  _input: PhoneParsedInput<'view'>,
): PhoneOutput<'view'> {
  throw TODO();
}

export async function phoneSubmit(
  _ctx: ServiceContext,
  _meetingId: string,
  _input: PhoneParsedInput<'submit'>,
): Promise<PhoneOutput<'submit'>> {
  throw TODO();
}

export function phoneMine(
  _ctx: ServiceContext,
  _meetingId: string,
  _input: PhoneParsedInput<'mine'>,
): PhoneOutput<'mine'> {
  throw TODO();
}

export async function phoneVote(
  _ctx: ServiceContext,
  _meetingId: string,
  _input: PhoneParsedInput<'vote'>,
): Promise<PhoneOutput<'vote'>> {
  throw TODO();
}

export async function phoneScore(
  _ctx: ServiceContext,
  _meetingId: string,
  _input: PhoneParsedInput<'score'>,
): Promise<PhoneOutput<'score'>> {
  throw TODO();
}

/** Parses, routes and wraps in a Result; only the phone methods exist here. */
export function createPhoneDispatch(_ctx: ServiceContext): PhoneDispatch {
  return async () => ({ ok: false, error: { code: 'internal', message: '手机提问尚未实现' } });
}

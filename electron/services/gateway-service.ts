import { randomBytes } from 'node:crypto';
import { networkInterfaces } from 'node:os';
import type { Output, ParsedInput } from '../../shared/api';
import {
  DEFAULT_GATEWAY_PORT,
  GATE_SCHEMA_VERSION,
  type GateDocument,
  type GatewayState,
  type GatewayStatus,
  type NetworkInterfaceInfo,
} from '../../shared/domain';
import { tidyFlaggedWords } from '../../shared/logic/live/flag-words';
import { AppError } from '../api/app-error';
import { GATE_PREFIX, gateDocName, meetingDocName } from '../storage/documents';
import type { GatewayRun } from './gateway-port';
import { invalid } from './live-refusals';
import { readLive, readRealLive } from './live-record';
import { getOffice } from './office-service';
import { nowIso, type BoxSession, type ServiceContext } from './service-context';

/**
 * 手机提问: opening and closing a meeting's question box. The token, address, port and Wi-Fi name are
 * kept in the meeting's gate document; the process itself is ctx.gateways'.
 */

function session(ctx: ServiceContext): BoxSession {
  return ctx.session.boxes;
}

function serially<T>(ctx: ServiceContext, work: () => Promise<T>): Promise<T> {
  const box = session(ctx);
  const run = box.queue.then(work, work);
  box.queue = run.catch(() => undefined);
  return run;
}

/* ----- Interfaces ----- */

const isLinkLocalV6 = (address: string) => /^fe[89ab]/i.test(address);

type RawInterfaces = ReturnType<typeof networkInterfaces>;

/** What os.networkInterfaces() lists, as the operator chooses from it. */
export function interfacesFrom(raw: RawInterfaces): NetworkInterfaceInfo[] {
  const found: NetworkInterfaceInfo[] = [];
  for (const [name, addresses] of Object.entries(raw)) {
    for (const a of addresses ?? []) {
      if (a.family !== 'IPv4' && a.family !== 'IPv6') continue;
      // A link-local IPv6 address needs its zone (%eth0) in the URL, which phone browsers refuse.
      if (a.family === 'IPv6' && isLinkLocalV6(a.address)) continue;
      found.push({ name, address: a.address, family: a.family, internal: a.internal });
    }
  }
  // The hall's network first (what the operator wants), IPv4 before IPv6, loopback last.
  return found.sort(
    (a, b) =>
      Number(a.internal) - Number(b.internal) ||
      Number(a.family === 'IPv6') - Number(b.family === 'IPv6') ||
      a.name.localeCompare(b.name) ||
      a.address.localeCompare(b.address),
  );
}

/** The computer's interfaces the box may listen on (IPv4 and IPv6, loopback marked). */
export function gatewayInterfaces(_ctx: ServiceContext): NetworkInterfaceInfo[] {
  return interfacesFrom(networkInterfaces());
}

const hasAddress = (ctx: ServiceContext, address: string) =>
  gatewayInterfaces(ctx).some((i) => i.address === address);

/* ----- Status ----- */

export function joinUrlOf(address: string, port: number, token: string): string {
  const host = address.includes(':') ? `[${address}]` : address;
  return `http://${host}:${port}/#k=${token}`;
}

function gateOf(ctx: ServiceContext, meetingId: string): GateDocument | undefined {
  return ctx.repo.get(gateDocName(meetingId));
}

function runOf(ctx: ServiceContext, meetingId: string): GatewayRun | null {
  const run = ctx.gateways.current();
  return run && run.meetingId === meetingId ? run : null;
}

function received(ctx: ServiceContext, meetingId: string): number {
  return readLive(ctx, meetingId).record.questions.filter((q) => q.source === 'phone').length;
}

export function gatewayStatus(ctx: ServiceContext, meetingId: string): GatewayStatus {
  const count = received(ctx, meetingId);
  const gate = gateOf(ctx, meetingId);
  const run = runOf(ctx, meetingId);
  const box = session(ctx);
  let state: GatewayState = 'closed';
  let error = '';
  if (run) {
    state = run.state;
    error = run.error;
  } else if (gate?.open) {
    // Open when the app last stopped: being opened again, or why that did not work.
    if (box.resuming.has(meetingId)) state = 'starting';
    const failure = box.failures.get(meetingId);
    if (failure !== undefined) {
      state = 'failed';
      error = failure;
    }
  }
  const address = run?.address ?? (gate && gate.address !== '' ? gate.address : null);
  const port = run?.port ?? gate?.port ?? null;
  return {
    meetingId,
    state,
    address,
    port,
    joinUrl:
      state === 'open' && gate && address !== null && port !== null
        ? joinUrlOf(address, port, gate.token)
        : null,
    wifi: gate?.wifi ?? '',
    openedAt: state === 'closed' ? null : (gate?.openedAt ?? null),
    error,
    restarts: run?.restarts ?? 0,
    received: count,
  };
}

/** What the projector's join overlay needs: the address while the box is open, and its Wi-Fi name. */
export function boxForHall(ctx: ServiceContext, meetingId: string): { joinUrl: string | null; wifi: string } {
  const status = gatewayStatus(ctx, meetingId);
  return { joinUrl: status.joinUrl, wifi: status.wifi };
}

/* ----- Open, close, renew ----- */

/** 128 random bits, base64url: 22 characters, nothing a photo of a QR lets anyone guess the next from. */
function newToken(): string {
  return randomBytes(16).toString('base64url');
}

function changed(ctx: ServiceContext, meetingId: string | null): void {
  ctx.events.emit('gateway.changed', { meetingId });
}

function meetingTitle(ctx: ServiceContext, meetingId: string): string {
  return ctx.repo.get(meetingDocName(meetingId))?.meeting.title ?? meetingId;
}

const ACTIVE: readonly GatewayState[] = ['starting', 'open', 'restarting'];

/**
 * The other meeting whose box is open: running (or starting, restarting), or being opened again after
 * the app restarted. A box that failed holds nothing: opening another replaces it.
 */
function otherOpenBox(ctx: ServiceContext, meetingId: string): string | null {
  const run = ctx.gateways.current();
  if (run && run.meetingId !== meetingId && ACTIVE.includes(run.state)) return run.meetingId;
  for (const other of session(ctx).resuming) if (other !== meetingId) return other;
  return null;
}

/** Marks a box closed in its gate document, so a restart does not open it again. */
async function markClosed(ctx: ServiceContext, gate: GateDocument): Promise<void> {
  await ctx.repo.update(gateDocName(gate.meetingId), (current) =>
    current ? { ...current, open: false, closedAt: nowIso(ctx) } : gate,
  );
}

/** Other boxes still marked open (failed ones): closed, so a restart reopens only this meeting's. */
async function closeOthers(ctx: ServiceContext, meetingId: string): Promise<void> {
  for (const name of ctx.repo.names(GATE_PREFIX)) {
    const gate = ctx.repo.get(name);
    if (!gate?.open || gate.meetingId === meetingId) continue;
    session(ctx).failures.delete(gate.meetingId);
    await markClosed(ctx, gate);
    changed(ctx, gate.meetingId);
  }
}

async function unavailableReason(ctx: ServiceContext): Promise<string> {
  // The port says why in its refusal to start; nothing is started where it is unavailable.
  try {
    await ctx.gateways.start({ meetingId: '', address: '', port: 0, token: '' });
  } catch (error) {
    if (error instanceof Error && error.message !== '') return error.message;
  }
  return '这个程序不能打开手机提问，请在报告会桌面程序中打开';
}

function startFailure(error: unknown): string {
  const reason = error instanceof Error && error.message !== '' ? error.message : '原因不明';
  return `手机提问没有打开：${reason}`;
}

async function launch(ctx: ServiceContext, gate: GateDocument): Promise<void> {
  try {
    await ctx.gateways.start({
      meetingId: gate.meetingId,
      address: gate.address,
      port: gate.port,
      token: gate.token,
    });
  } catch (error) {
    const message = startFailure(error);
    // A box that was running is not any more (start stops it first): its status says why.
    if (gateOf(ctx, gate.meetingId)?.open) session(ctx).failures.set(gate.meetingId, message);
    throw new AppError('unavailable', message);
  }
}

export async function openGateway(
  ctx: ServiceContext,
  input: ParsedInput<'gateway.open'>,
): Promise<GatewayStatus> {
  const { meetingId, address, wifi } = input;
  return serially(ctx, async () => {
    if (readLive(ctx, meetingId).record.closing !== null) {
      throw new AppError('invalid_input', '本场报告会已结束，不能再打开手机提问；如需继续，请先重新开启会议');
    }
    if (!ctx.gateways.available) throw new AppError('unavailable', await unavailableReason(ctx));
    if (!hasAddress(ctx, address)) {
      throw invalid(
        'address',
        `本机没有地址为 ${address} 的网络，可能网络已断开或已更换，请刷新网络列表后重新选择`,
      );
    }
    const other = otherOpenBox(ctx, meetingId);
    if (other !== null) {
      throw new AppError(
        'conflict',
        `“${meetingTitle(ctx, other)}”的手机提问正在开放，同一时间只能开放一场，请先关闭它再打开本场`,
      );
    }
    const stored = gateOf(ctx, meetingId);
    const next: GateDocument = {
      schemaVersion: GATE_SCHEMA_VERSION,
      meetingId,
      // Kept for the meeting, so phones that scanned the QR before a close or a restart carry on.
      token: stored?.token ?? newToken(),
      address,
      port: input.port ?? stored?.port ?? DEFAULT_GATEWAY_PORT,
      wifi,
      open: true,
      openedAt: nowIso(ctx),
      closedAt: null,
    };
    const run = runOf(ctx, meetingId);
    const same =
      run?.state === 'open' &&
      run.address === next.address &&
      run.port === next.port &&
      stored?.token === next.token;
    // Only the Wi-Fi name changed: the phones connected keep their connection.
    if (!same) await launch(ctx, next);
    session(ctx).failures.delete(meetingId);
    await closeOthers(ctx, meetingId);
    await ctx.repo.update(gateDocName(meetingId), () => ({
      ...next,
      openedAt: same && stored?.openedAt ? stored.openedAt : next.openedAt,
    }));
    changed(ctx, meetingId);
    return gatewayStatus(ctx, meetingId);
  });
}

async function closeBox(ctx: ServiceContext, meetingId: string): Promise<void> {
  if (runOf(ctx, meetingId)) await ctx.gateways.stop();
  const box = session(ctx);
  box.failures.delete(meetingId);
  box.resuming.delete(meetingId);
  const gate = gateOf(ctx, meetingId);
  if (gate?.open) await markClosed(ctx, gate);
  changed(ctx, meetingId);
}

export async function closeGateway(
  ctx: ServiceContext,
  input: ParsedInput<'gateway.close'>,
): Promise<GatewayStatus> {
  const { meetingId } = input;
  readLive(ctx, meetingId);
  return serially(ctx, async () => {
    await closeBox(ctx, meetingId);
    return gatewayStatus(ctx, meetingId);
  });
}

export async function renewGatewayToken(
  ctx: ServiceContext,
  input: ParsedInput<'gateway.renewToken'>,
): Promise<GatewayStatus> {
  const { meetingId } = input;
  readLive(ctx, meetingId);
  return serially(ctx, async () => {
    const stored = gateOf(ctx, meetingId);
    const next: GateDocument = stored
      ? { ...stored, token: newToken() }
      : {
          schemaVersion: GATE_SCHEMA_VERSION,
          meetingId,
          token: newToken(),
          address: '',
          port: DEFAULT_GATEWAY_PORT,
          wifi: '',
          open: false,
          openedAt: null,
          closedAt: null,
        };
    // Running: restarted with the new token, so every QR shown so far stops working now.
    if (runOf(ctx, meetingId)) await launch(ctx, next);
    await ctx.repo.update(gateDocName(meetingId), () => next);
    changed(ctx, meetingId);
    return gatewayStatus(ctx, meetingId);
  });
}

/* ----- 敏感词 ----- */

export function getFlaggedWords(ctx: ServiceContext): Output<'moderation.words.get'> {
  return getOffice(ctx).flaggedWords;
}

const MAX_WORD = 20;

export async function setFlaggedWords(
  ctx: ServiceContext,
  input: ParsedInput<'moderation.words.set'>,
): Promise<Output<'moderation.words.set'>> {
  input.words.forEach((word, i) => {
    if (word.trim() === '') throw invalid(`words.${i}`, `第 ${i + 1} 个敏感词是空的，请删去或填写后再保存`);
    if (word.trim().length > MAX_WORD) {
      throw invalid(
        `words.${i}`,
        `敏感词“${word.trim().slice(0, 10)}…”超过 ${MAX_WORD} 个字，请缩短后再保存`,
      );
    }
  });
  const words = tidyFlaggedWords(input.words);
  const saved = await ctx.repo.update('office', (current) => ({
    ...(current ?? getOffice(ctx)),
    flaggedWords: words,
  }));
  ctx.events.emit('office.changed', {});
  changed(ctx, null);
  return saved.flaggedWords;
}

/* ----- Following the meetings ----- */

/** Open when the app last stopped, and still openable: its meeting is there and not closed. */
function resumable(ctx: ServiceContext, gate: GateDocument): boolean {
  const doc = ctx.repo.get(meetingDocName(gate.meetingId));
  return gate.open && doc !== undefined && doc.deletedAt === null && doc.closing === null;
}

async function resume(ctx: ServiceContext, gate: GateDocument): Promise<void> {
  const box = session(ctx);
  try {
    if (!hasAddress(ctx, gate.address)) {
      box.failures.set(
        gate.meetingId,
        `上次打开手机提问所用的网络（${gate.address}）已不在本机，请重新选择网络后再打开`,
      );
      return;
    }
    await launch(ctx, gate);
    box.failures.delete(gate.meetingId);
  } catch {
    // launch recorded why (the gate is still marked open), for the status to show.
  } finally {
    box.resuming.delete(gate.meetingId);
    changed(ctx, gate.meetingId);
  }
}

/** Whether the meeting's box should be shut: the meeting was closed, deleted or is gone. */
function shouldClose(ctx: ServiceContext, meetingId: string): boolean {
  const doc = ctx.repo.get(meetingDocName(meetingId));
  if (!doc || doc.deletedAt !== null) return true;
  return readRealLive(ctx, meetingId).closing !== null;
}

function followMeeting(ctx: ServiceContext, meetingId: string): void {
  const gate = gateOf(ctx, meetingId);
  const running = runOf(ctx, meetingId) !== null;
  const box = session(ctx);
  if ((gate?.open || running) && !box.closing.has(meetingId) && shouldClose(ctx, meetingId)) {
    box.closing.add(meetingId);
    void serially(ctx, async () => {
      box.closing.delete(meetingId);
      // Checked again in the queue: the operator may have reopened the meeting meanwhile.
      if (shouldClose(ctx, meetingId)) await closeBox(ctx, meetingId);
    }).catch(() => changed(ctx, meetingId));
  }
}

/**
 * Called once the services are built: follows live.changed to ctx.gateways.notify, closes the box when
 * its meeting closes, and opens again every box that was open when the app last stopped.
 */
export function startGatewayService(ctx: ServiceContext): void {
  ctx.events.subscribe(({ event, payload }) => {
    const current = ctx.gateways.current()?.meetingId ?? null;
    switch (event) {
      case 'live.changed':
        if (payload.meetingId === null || payload.meetingId === current) {
          if (current !== null) ctx.gateways.notify(current);
        }
        if (payload.meetingId !== null) followMeeting(ctx, payload.meetingId);
        break;
      case 'meetings.changed':
        // A title changed, or the meeting was deleted (its box shuts).
        if (current !== null && (payload.id === null || payload.id === current)) {
          ctx.gateways.notify(current);
          followMeeting(ctx, current);
        }
        break;
      case 'office.changed':
      case 'report.changed':
      case 'projects.changed':
        // Communities, the office's name, the parts to score, a 手机票决 opened or closed: what phones see.
        if (current !== null) ctx.gateways.notify(current);
        break;
      default:
        break;
    }
  });

  const box = session(ctx);
  const toResume = ctx.repo
    .names(GATE_PREFIX)
    .map((name) => ctx.repo.get(name))
    .filter((gate): gate is GateDocument => gate !== undefined && resumable(ctx, gate));
  if (!ctx.gateways.available) return;
  // One box at a time: should two be marked open (a crash mid-switch), the latest opened wins.
  const latest = toResume.sort((a, b) => (b.openedAt ?? '').localeCompare(a.openedAt ?? ''))[0];
  if (!latest) return;
  box.resuming.add(latest.meetingId);
  // Never blocking the start: the consoles come up while the box opens again.
  void serially(ctx, () => resume(ctx, latest));
}

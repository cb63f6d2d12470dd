import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { hostname, uptime } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { formatShanghai } from '../../shared/logic/shanghai-time';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from './durable-fs';

/**
 * One process owns a data folder at a time: two owners would each keep their own copy of the
 * documents in memory, and the last to write a document would silently drop the other's work.
 * Neither name ends in `.json`, so the store never takes them for documents.
 */
export const LOCK_FILE = 'owner.lock';
/** The owner's loopback API address and token (owner-endpoint.ts); only meaningful beside its lock. */
export const ENDPOINT_FILE = 'owner.endpoint';

export const HolderMode = z.enum(['desktop', 'host', 'cli']);
export type HolderMode = z.infer<typeof HolderMode>;

export const HOLDER_LABEL: Record<HolderMode, string> = {
  desktop: '桌面应用',
  host: '浏览器模式',
  cli: '命令行',
};

/** What the lock file says about its holder: enough to tell a live holder from one that was killed. */
export const HolderRecord = z.object({
  app: z.literal('report-back-desk'),
  mode: HolderMode,
  pid: z.number().int().positive(),
  hostname: z.string(),
  /** ISO time the folder was opened. */
  since: z.string(),
  /** Linux's boot id: a lock from before a reboot is stale whatever its pid now names. */
  bootId: z.string().nullable(),
  /** Boot time estimated from the clock and uptime, for systems without a boot id. */
  bootedAt: z.number(),
  /** Linux's start time of the holder process, so a reused pid is not taken for the holder. */
  processStart: z.string().nullable(),
  /** Tells this holding apart from any earlier one by the same pid. */
  nonce: z.string(),
});
export type HolderRecord = z.infer<typeof HolderRecord>;

export type LockedReason = 'live' | 'elsewhere' | 'unreadable' | 'contended';

/** A lock whose content cannot be read is given this long to be finished before it counts as abandoned. */
const UNREADABLE_GRACE_MS = 10_000;
/** Without a boot id, boot times estimated by two processes differ by clock adjustments; beyond this they are two boots. */
const BOOT_TOLERANCE_MS = 5 * 60_000;
const ATTEMPTS = 50;
const BUSY_PAUSE_MS = 20;
const TEMP_LEFTOVER = /^owner\.lock\.(\d+)-[0-9a-f]+\.tmp$/;
const BREAK_TOKEN = /^owner\.lock\.break-[0-9a-f]+$/;
const ENDPOINT_LEFTOVER = /^owner\.endpoint\.[0-9a-f]+\.tmp$/;
const LINK_UNSUPPORTED = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EINVAL']);

export class FolderLockedError extends Error {
  override readonly name = 'FolderLockedError';
  constructor(
    readonly dir: string,
    readonly lockPath: string,
    readonly holder: HolderRecord | null,
    readonly reason: LockedReason,
  ) {
    super(folderLockedMessage(dir, lockPath, holder, reason));
  }
}

export interface FolderLock {
  readonly dir: string;
  readonly record: HolderRecord;
  /** Gives the folder up (and withdraws any published endpoint). Safe to call more than once. */
  release(): void;
}

/**
 * Takes the folder for this process, or throws FolderLockedError naming the holder. A holder that no
 * longer runs (killed, crashed, machine rebooted) is recognised and its lock taken over; a live one,
 * or one on another computer, is never displaced.
 */
export function acquireFolderLock(dir: string, mode: HolderMode, now: Date = new Date()): FolderLock {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const path = join(dir, LOCK_FILE);
  const record: HolderRecord = {
    app: 'report-back-desk',
    mode,
    pid: process.pid,
    hostname: hostname(),
    since: now.toISOString(),
    bootId: currentBootId(),
    bootedAt: estimatedBootTime(),
    processStart: processStartOf(process.pid),
    nonce: randomBytes(12).toString('hex'),
  };
  const text = `${JSON.stringify(record, null, 2)}\n`;
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    if (createExclusive(path, text)) {
      removeLeftovers(dir);
      // Whatever endpoint is there belonged to a holder that is gone.
      removeQuietly(join(dir, ENDPOINT_FILE));
      return heldLock(dir, path, text, record);
    }
    const seen = readLock(path);
    if (!seen) continue;
    const state = judge(seen);
    if (state !== 'stale') throw new FolderLockedError(dir, path, seen.record, state);
    if (breakStaleLock(path, seen.text, text) === 'busy') pause(BUSY_PAUSE_MS);
  }
  throw new FolderLockedError(dir, path, null, 'contended');
}

/** Whether a lock's holder still runs: only a holder on this machine can be judged gone. */
export function holderState(holder: HolderRecord): 'live' | 'stale' | 'elsewhere' {
  if (holder.hostname !== hostname()) return 'elsewhere';
  const bootId = currentBootId();
  if (holder.bootId && bootId) {
    if (holder.bootId !== bootId) return 'stale';
  } else if (Math.abs(holder.bootedAt - estimatedBootTime()) > BOOT_TOLERANCE_MS) {
    return 'stale';
  }
  if (!processRuns(holder.pid)) return 'stale';
  const started = processStartOf(holder.pid);
  if (holder.processStart && started && started !== holder.processStart) return 'stale';
  return 'live';
}

export function folderLockedMessage(
  dir: string,
  lockPath: string,
  holder: HolderRecord | null,
  reason: LockedReason,
): string {
  if (reason === 'contended') return `数据文件夹“${dir}”正被几个程序同时打开，请稍后重试。`;
  if (!holder || reason === 'unreadable') {
    return (
      `数据文件夹“${dir}”正被另一个报告会程序打开（锁文件“${lockPath}”无法识别）。请稍后重试；` +
      '如果一分钟后仍然如此，而且确实没有其他报告会程序在运行，请删除这个锁文件后重试。'
    );
  }
  const who = `${HOLDER_LABEL[holder.mode]}（进程号 ${holder.pid}，${formatShanghai(holder.since)} 起）`;
  if (reason === 'elsewhere') {
    return (
      `数据文件夹“${dir}”正由另一台计算机“${holder.hostname}”上的报告会${who}使用。请先在那台计算机上关闭它；` +
      `如果它已不在运行（例如那台计算机断过电），请删除文件“${lockPath}”后重试。`
    );
  }
  return `数据文件夹“${dir}”正由报告会${who}使用。同一个数据文件夹同时只能由一个程序打开，否则各自保存的内容会互相覆盖。${ADVICE[holder.mode]}`;
}

const ADVICE: Record<HolderMode, string> = {
  desktop: '请在已打开的报告会窗口中继续操作，或先退出它再试；要另开一份数据，请用 --data 指定其他文件夹。',
  host: '请使用已在运行的浏览器模式（地址印在启动它的终端里），或在那个终端按 Ctrl+C 停止它后再试；要另开一份数据，请用 --data 指定其他文件夹。',
  cli: '请等这条命令执行完毕后再试。',
};

function heldLock(dir: string, path: string, text: string, record: HolderRecord): FolderLock {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    removeQuietly(join(dir, ENDPOINT_FILE));
    // Only our own lock: never one a later holder took over after ours was (wrongly) judged stale.
    if (readLock(path)?.text === text) removeQuietly(path);
  };
  // A process that ends without closing (an uncaught error, process.exit) still gives the folder up.
  process.on('exit', release);
  return { dir, record, release };
}

/**
 * Writes the whole lock under a temporary name and links it into place: the link fails if a lock
 * exists, and a lock is never seen half-written. Filesystems without hard links (FAT on a USB stick)
 * get an exclusive create instead.
 */
function createExclusive(path: string, text: string): boolean {
  const temp = `${path}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temp, text, { mode: PRIVATE_FILE_MODE, flag: 'wx' });
  try {
    linkSync(temp, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') return false;
    if (LINK_UNSUPPORTED.has(code)) return createWithOpenExclusive(path, text);
    throw error;
  } finally {
    removeQuietly(temp);
  }
}

function createWithOpenExclusive(path: string, text: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', PRIVATE_FILE_MODE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Removes a stale lock, with a guarantee that no starter ever removes a live one: only the starter
 * that creates `owner.lock.break-<digest of the stale lock>` may remove that lock, and it checks the
 * lock is still the stale one first (nobody else writes a lock while one exists). A breaker killed
 * half-way leaves its token, which is stale in turn and handed on the same way.
 * 'busy': a live starter is breaking it right now.
 */
function breakStaleLock(path: string, staleText: string, ownText: string): 'broken' | 'busy' {
  let key = digest(staleText);
  for (let depth = 0; depth < ATTEMPTS; depth += 1) {
    const token = `${path}.break-${key}`;
    if (createExclusive(token, ownText)) {
      try {
        if (readLock(path)?.text === staleText) removeQuietly(path);
        return 'broken';
      } finally {
        removeQuietly(token);
      }
    }
    const seen = readLock(token);
    // Its breaker just finished: take the same token; the check above then finds the lock replaced.
    if (!seen) continue;
    if (judge(seen) !== 'stale') return 'busy';
    key = digest(seen.text);
  }
  return 'busy';
}

function judge(seen: {
  record: HolderRecord | null;
  mtimeMs: number;
}): 'live' | 'stale' | 'elsewhere' | 'unreadable' {
  if (seen.record) return holderState(seen.record);
  return Date.now() - seen.mtimeMs > UNREADABLE_GRACE_MS ? 'stale' : 'unreadable';
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 24);
}

/** Blocks briefly: opening a folder is synchronous, and another starter finishes within milliseconds. */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function readLock(path: string): { text: string; record: HolderRecord | null; mtimeMs: number } | null {
  let text: string;
  let mtimeMs: number;
  try {
    text = readFileSync(path, 'utf8');
    mtimeMs = statSync(path).mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let record: HolderRecord | null = null;
  try {
    const parsed = HolderRecord.safeParse(JSON.parse(text));
    if (parsed.success) record = parsed.data;
  } catch {
    // Not JSON: judged by its age alone.
  }
  return { text, record, mtimeMs };
}

/**
 * What starters killed mid-way left: temp files, break tokens, an endpoint being written. Run by the
 * new holder, when no stale lock is left for a token to break.
 */
function removeLeftovers(dir: string): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const temp = TEMP_LEFTOVER.exec(name);
    if (temp) {
      if (!processRuns(Number(temp[1]))) removeQuietly(path);
    } else if (BREAK_TOKEN.test(name)) {
      const seen = readLock(path);
      if (seen && judge(seen) === 'stale') removeQuietly(path);
    } else if (ENDPOINT_LEFTOVER.test(name)) {
      removeQuietly(path);
    }
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}

/** A zombie (killed, not yet reaped by its parent) no longer holds anything. */
function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return procStat(pid)?.state !== 'Z';
}

function processStartOf(pid: number): string | null {
  return procStat(pid)?.start ?? null;
}

/** Fields of /proc/<pid>/stat after the command name (which may itself hold spaces and parentheses). */
function procStat(pid: number): { state: string; start: string } | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Field 3 is the state and field 22 the start time in clock ticks since boot.
  const state = fields[0];
  const start = fields[19];
  return state && start ? { state, start } : null;
}

let bootIdCache: string | null | undefined;
function currentBootId(): string | null {
  if (bootIdCache === undefined) {
    try {
      bootIdCache = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || null;
    } catch {
      bootIdCache = null;
    }
  }
  return bootIdCache;
}

function estimatedBootTime(): number {
  return Math.round(Date.now() - uptime() * 1000);
}

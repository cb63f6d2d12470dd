import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDataFolder } from '../../electron/services/open-data-folder';
import {
  acquireFolderLock,
  ENDPOINT_FILE,
  FolderLockedError,
  HolderRecord,
  LOCK_FILE,
  type HolderMode,
} from '../../electron/storage/folder-lock';
import { publishOwnerEndpoint, readOwnerEndpoint } from '../../electron/storage/owner-endpoint';
import { formatShanghai } from '../../shared/logic/shanghai-time';
import { tempDir } from './helpers';

const LINUX_PROC = existsSync('/proc/self/stat') && existsSync('/proc/sys/kernel/random/boot_id');

function refusal(run: () => unknown): FolderLockedError {
  try {
    run();
  } catch (error) {
    if (error instanceof FolderLockedError) return error;
    throw error;
  }
  throw new Error('the folder was not refused');
}

function lockRecord(dir: string): HolderRecord {
  return HolderRecord.parse(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')));
}

/** Writes the lock a holder that is no longer what it claims would have left. */
function plantLock(dir: string, change: Partial<HolderRecord>): HolderRecord {
  const lock = acquireFolderLock(dir, 'host');
  const record = { ...lock.record, ...change };
  lock.release();
  writeFileSync(join(dir, LOCK_FILE), JSON.stringify(record), { mode: 0o600 });
  return record;
}

/** The pid of a process that has exited and been reaped. */
function deadPid(): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', () => resolve(child.pid!));
  });
}

describe('folder lock', () => {
  it.each<[HolderMode, string]>([
    ['host', '浏览器模式'],
    ['desktop', '桌面应用'],
    ['cli', '命令行'],
  ])('refuses a second opener, naming the %s holder, its pid and since when', (mode, label) => {
    const dir = tempDir('lock-');
    const since = new Date('2025-03-05T06:30:00Z');
    const first = acquireFolderLock(dir, mode, since);
    const refused = refusal(() => acquireFolderLock(dir, 'cli'));
    expect(refused.reason).toBe('live');
    expect(refused.holder).toMatchObject({ mode, pid: process.pid });
    expect(refused.message).toContain(`报告会${label}（进程号 ${process.pid}，${formatShanghai(since)} 起）`);
    expect(refused.message).toContain(dir);
    // What to do, not only what is wrong.
    expect(refused.message).toMatch(mode === 'cli' ? /请等这条命令执行完毕后再试/ : /再试/);
    // The refused opener changed nothing: the holder's lock is intact.
    expect(lockRecord(dir)).toEqual(first.record);
    first.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    acquireFolderLock(dir, 'cli').release();
  });

  it('keeps the lock and endpoint private to the user', () => {
    const dir = tempDir('lock-');
    const lock = acquireFolderLock(dir, 'host');
    publishOwnerEndpoint(lock, { origin: 'http://127.0.0.1:4567', token: 'a-token-of-enough-length' });
    if (process.platform !== 'win32') {
      expect(statSync(join(dir, LOCK_FILE)).mode & 0o777).toBe(0o600);
      expect(statSync(join(dir, ENDPOINT_FILE)).mode & 0o777).toBe(0o600);
    }
    lock.release();
    expect(existsSync(join(dir, ENDPOINT_FILE))).toBe(false);
  });

  it('takes over the lock of a holder whose process is gone', async () => {
    const dir = tempDir('lock-');
    plantLock(dir, { pid: await deadPid(), mode: 'desktop' });
    const lock = acquireFolderLock(dir, 'host');
    expect(lockRecord(dir)).toEqual(lock.record);
    lock.release();
  });

  it.runIf(LINUX_PROC)('takes over a lock whose pid now names another process (pid reuse)', () => {
    const dir = tempDir('lock-');
    // Our own pid, alive, but not started when the lock says its holder was.
    plantLock(dir, { processStart: '1' });
    acquireFolderLock(dir, 'host').release();
  });

  it.runIf(LINUX_PROC)('takes over a lock written before the machine last started', () => {
    const dir = tempDir('lock-');
    plantLock(dir, { bootId: '00000000-0000-0000-0000-000000000000' });
    acquireFolderLock(dir, 'host').release();
  });

  it('never takes a lock held from another computer, and says which one and what to do', () => {
    const dir = tempDir('lock-');
    plantLock(dir, { hostname: `${hostname()}-other`, pid: 999_999 });
    const refused = refusal(() => acquireFolderLock(dir, 'host'));
    expect(refused.reason).toBe('elsewhere');
    expect(refused.message).toContain(`另一台计算机“${hostname()}-other”`);
    expect(refused.message).toContain(join(dir, LOCK_FILE));
  });

  it('waits for an unreadable lock that may still be being written, then treats it as abandoned', () => {
    const dir = tempDir('lock-');
    const path = join(dir, LOCK_FILE);
    writeFileSync(path, '{"app":"report-back');
    expect(refusal(() => acquireFolderLock(dir, 'host')).reason).toBe('unreadable');
    const longAgo = new Date('2020-01-01T00:00:00Z');
    utimesSync(path, longAgo, longAgo);
    acquireFolderLock(dir, 'host').release();
  });

  it('publishes the endpoint for the current holder only; a killed holder’s endpoint is never used', async () => {
    const dir = tempDir('lock-');
    const lock = acquireFolderLock(dir, 'desktop');
    publishOwnerEndpoint(lock, { origin: 'http://127.0.0.1:4567', token: 'a-token-of-enough-length' });
    expect(readOwnerEndpoint(dir, lock.record)).toMatchObject({ origin: 'http://127.0.0.1:4567' });
    // The holder is killed: its lock and endpoint stay behind.
    const stale = { ...lock.record, pid: await deadPid() };
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify(stale));
    const next = acquireFolderLock(dir, 'host');
    expect(existsSync(join(dir, ENDPOINT_FILE))).toBe(false);
    expect(readOwnerEndpoint(dir, next.record)).toBeNull();
    next.release();
  });

  it('refuses an endpoint that would send calls off this machine', () => {
    const dir = tempDir('lock-');
    const lock = acquireFolderLock(dir, 'host');
    expect(() =>
      publishOwnerEndpoint(lock, { origin: 'http://192.168.1.5:80', token: 'a-token-of-enough-length' }),
    ).toThrow();
    writeFileSync(
      join(dir, ENDPOINT_FILE),
      JSON.stringify({
        nonce: lock.record.nonce,
        origin: 'https://evil.example',
        token: 'a-token-of-enough-length',
      }),
    );
    expect(readOwnerEndpoint(dir, lock.record)).toBeNull();
    lock.release();
  });

  it('opening a data folder holds it until closed; the lock files are never taken for documents', async () => {
    const dir = tempDir('lock-');
    const first = await openDataFolder({ dataDir: dir, mode: 'host', version: 'test' });
    publishOwnerEndpoint(first.lock, { origin: 'http://127.0.0.1:4567', token: 'a-token-of-enough-length' });
    await expect(openDataFolder({ dataDir: dir, mode: 'cli', version: 'test' })).rejects.toBeInstanceOf(
      FolderLockedError,
    );
    expect(await first.dispatch('communities.create', { name: '芳城园社区' })).toMatchObject({ ok: true });
    await first.close();
    const second = await openDataFolder({ dataDir: dir, mode: 'cli', version: 'test' });
    expect(second.ctx.repo.notices).toEqual([]);
    expect(await second.dispatch('office.get', {})).toMatchObject({
      ok: true,
      value: { communities: [{ name: '芳城园社区' }] },
    });
    await second.close();
  });
});

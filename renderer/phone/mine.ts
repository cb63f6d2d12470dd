import type { PhoneQuestionStatus } from '../../shared/domain/phone';
import { readJson, writeJson, type KeyValue } from './storage';

/**
 * The questions this phone asked and the gateway acknowledged, with what became of each as last heard:
 * a reload, a closed meeting or a dropped Wi-Fi still shows them. `mine` takes at most 50 clientIds,
 * so the newest 50 are kept.
 */
export const MINE_KEY = 'rbd.phone.mine';
export const MINE_MAX = 50;

interface MineRecord {
  clientIds: string[];
  statuses: Record<string, PhoneQuestionStatus>;
}

function isMine(value: unknown): value is MineRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as MineRecord;
  return Array.isArray(record.clientIds) && typeof record.statuses === 'object' && record.statuses !== null;
}

export class MineBook {
  private readonly store: KeyValue;

  constructor(store: KeyValue) {
    this.store = store;
  }

  private read(): MineRecord {
    return readJson(this.store, MINE_KEY, isMine) ?? { clientIds: [], statuses: {} };
  }

  clientIds(): string[] {
    return this.read().clientIds;
  }

  /** Newest first, as the asker looks for the one just sent. */
  list(): PhoneQuestionStatus[] {
    const record = this.read();
    const out: PhoneQuestionStatus[] = [];
    for (let i = record.clientIds.length - 1; i >= 0; i -= 1) {
      const status = record.statuses[record.clientIds[i] ?? ''];
      if (status) out.push(status);
    }
    return out;
  }

  /** The gateway's answer to submit: kept before the outbox lets the question go. */
  record(status: PhoneQuestionStatus): void {
    const record = this.read();
    const clientIds = record.clientIds.filter((id) => id !== status.clientId).concat([status.clientId]);
    const statuses: Record<string, PhoneQuestionStatus> = {};
    const kept = clientIds.slice(-MINE_MAX);
    for (const id of kept) {
      const known = id === status.clientId ? status : record.statuses[id];
      if (known) statuses[id] = known;
    }
    writeJson(this.store, MINE_KEY, { clientIds: kept, statuses });
  }

  /**
   * The answer to `mine` for the clientIds `asked`: every status it returns replaces the kept one. An
   * asked clientId it does not return belongs to another meeting (the gateway serves one): kept, but no
   * longer shown.
   */
  refresh(asked: readonly string[], statuses: readonly PhoneQuestionStatus[]): void {
    const record = this.read();
    const next: Record<string, PhoneQuestionStatus> = {};
    // One acknowledged while the answer was on its way was not asked about: it keeps what submit said.
    for (const id of record.clientIds) {
      const kept = record.statuses[id];
      if (kept && asked.indexOf(id) < 0) next[id] = kept;
    }
    for (const status of statuses) {
      if (record.clientIds.indexOf(status.clientId) >= 0) next[status.clientId] = status;
    }
    writeJson(this.store, MINE_KEY, { clientIds: record.clientIds, statuses: next });
  }
}

import { AppError } from '../api/app-error';
import {
  assertDocumentName,
  type DecodeDocument,
  type DocumentStore,
  type StoreNotice,
} from './document-store';
import { InvalidDocumentError } from './document-schema';
import {
  checkDocument,
  decodeDocument,
  documentLabel,
  type DocName,
  type DocOf,
  type ListedPrefix,
} from './documents';

/** One caller's change waiting for its document's next write. */
interface PendingChange {
  next: (current: never) => unknown;
  resolve: (stored: never) => void;
  reject: (error: unknown) => void;
}

/**
 * The in-memory copy of every document, kept in step with the store. Writes to one document are
 * serialised; memory changes only after the store has the bytes, so a failed write changes nothing.
 * Every write is first checked against its document's schema here, in one place for every service:
 * a document the next start would refuse to read is refused now, before anything is acknowledged.
 *
 * Group commit: changes to a document that arrive while it is being written wait together, and the
 * next write applies them in order and persists the result once (a burst of 1,000 phones submitting
 * costs a handful of fsyncs, not 1,000). Each change is still computed from the one before it and
 * checked on its own, so one that throws or breaks the schema fails alone; each caller resolves only
 * once the bytes holding its change are durable, and a failed write rejects every change it held.
 */
export class Repository {
  private readonly docs = new Map<string, unknown>();
  private readonly queues = new Map<string, Promise<unknown>>();
  /** The changes waiting for each document's next write (not yet started). */
  private readonly batches = new Map<string, PendingChange[]>();
  notices: StoreNotice[] = [];

  constructor(private readonly store: DocumentStore) {}

  async open(decode: DecodeDocument = decodeDocument): Promise<void> {
    const opened = await this.store.open(decode);
    this.docs.clear();
    for (const [name, doc] of opened.documents) this.docs.set(name, doc);
    this.notices = opened.notices;
  }

  get<N extends DocName>(name: N): DocOf<N> | undefined {
    // Only `update` puts a document under a known name, after checking it against that name's schema.
    return this.docs.get(name) as DocOf<N> | undefined;
  }

  names<P extends ListedPrefix>(prefix: P): `${P}${string}`[] {
    return [...this.docs.keys()].filter((name): name is `${P}${string}` => name.startsWith(prefix));
  }

  /**
   * Computes the next version of a document from the committed one and persists it. `next` must not
   * mutate its argument; throwing from it aborts the update with nothing written. Resolves to the
   * document as stored (defaults filled in), which is what a reopen reads back. Handing back the very
   * document it was given means "no change": nothing is checked or written for it.
   */
  update<N extends DocName>(name: N, next: (current: DocOf<N> | undefined) => DocOf<N>): Promise<DocOf<N>> {
    return new Promise<DocOf<N>>((resolve, reject) => {
      let batch = this.batches.get(name);
      if (!batch) {
        const opened: PendingChange[] = [];
        batch = opened;
        this.batches.set(name, opened);
        void this.enqueue(name, () => this.commit(name, opened));
      }
      batch.push({ next, resolve, reject } as PendingChange);
    });
  }

  /** Applies a batch of changes in order and writes the result once; never throws (each caller hears). */
  private async commit<N extends DocName>(name: N, batch: PendingChange[]): Promise<void> {
    // Closed from here on: changes arriving during this write wait for the next one.
    if (this.batches.get(name) === batch) this.batches.delete(name);
    try {
      assertDocumentName(name);
    } catch (error) {
      for (const change of batch) change.reject(error);
      return;
    }
    let working = this.get(name);
    const applied: { change: PendingChange; value: DocOf<N> }[] = [];
    const unchanged: PendingChange[] = [];
    for (const change of batch) {
      try {
        const proposed = (change.next as (current: DocOf<N> | undefined) => DocOf<N>)(working);
        if (proposed === working && working !== undefined) {
          unchanged.push(change);
          continue;
        }
        const value = checked(name, proposed);
        working = value;
        applied.push({ change, value });
      } catch (error) {
        // This change alone is refused; the ones before and after it stand.
        change.reject(error);
      }
    }
    // What a no-change saw is what the write leaves in memory, so those callers hear once it is done.
    const settleUnchanged = () => {
      for (const change of unchanged) (change.resolve as (stored: DocOf<N> | undefined) => void)(working);
    };
    if (applied.length === 0 || working === undefined) return settleUnchanged();
    try {
      await this.store.write(name, working);
    } catch (error) {
      // A no-change may have been answered from a change of this batch (a retry finding its first
      // send): with the write failed, that answer would be about something not stored.
      for (const change of [...applied.map((a) => a.change), ...unchanged]) change.reject(error);
      return;
    }
    this.docs.set(name, working);
    for (const { change, value } of applied) (change.resolve as (stored: DocOf<N>) => void)(value);
    settleUnchanged();
  }

  remove(name: DocName): Promise<void> {
    return this.enqueue(name, async () => {
      await this.store.remove(name);
      this.docs.delete(name);
    });
  }

  /** Waits for every queued write, e.g. before closing. */
  async flush(): Promise<void> {
    await Promise.allSettled([...this.queues.values()]);
  }

  async close(): Promise<void> {
    await this.flush();
    await this.store.close();
  }

  private enqueue<R>(name: string, task: () => Promise<R>): Promise<R> {
    const previous = this.queues.get(name) ?? Promise.resolve();
    const run = previous.then(task, task);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(name, settled);
    void settled.then(() => {
      if (this.queues.get(name) === settled) this.queues.delete(name);
    });
    return run;
  }
}

function checked<N extends DocName>(name: N, value: DocOf<N>): DocOf<N> {
  try {
    return checkDocument(name, value);
  } catch (error) {
    if (!(error instanceof InvalidDocumentError)) throw error;
    const first = error.issues[0];
    const where = first ? `（${first.path}：${first.message}）` : '';
    throw new AppError(
      'invalid_document',
      `没有保存：修改后的${documentLabel(name)}不符合数据规则${where}，保存后将无法再次打开，因此没有写入任何内容。请检查输入后重试；如反复出现，请联系技术支持。`,
      error.issues,
    );
  }
}

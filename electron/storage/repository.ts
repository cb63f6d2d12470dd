import type { DecodeDocument, DocumentStore, StoreNotice } from './document-store';

/**
 * The in-memory copy of every document, kept in step with the store. Writes to one document are
 * serialised; memory changes only after the store has the bytes, so a failed write changes nothing.
 */
export class Repository {
  private readonly docs = new Map<string, unknown>();
  private readonly queues = new Map<string, Promise<unknown>>();
  notices: StoreNotice[] = [];

  constructor(private readonly store: DocumentStore) {}

  async open(decode: DecodeDocument): Promise<void> {
    const opened = await this.store.open(decode);
    this.docs.clear();
    for (const [name, doc] of opened.documents) this.docs.set(name, doc);
    this.notices = opened.notices;
  }

  get<T>(name: string): T | undefined {
    return this.docs.get(name) as T | undefined;
  }

  names(prefix: string): string[] {
    return [...this.docs.keys()].filter((name) => name.startsWith(prefix));
  }

  /**
   * Computes the next version of a document from the committed one and persists it. `next` must not
   * mutate its argument; throwing from it aborts the update with nothing written.
   */
  update<T>(name: string, next: (current: T | undefined) => T): Promise<T> {
    return this.enqueue(name, async () => {
      const value = next(this.docs.get(name) as T | undefined);
      await this.store.write(name, value);
      this.docs.set(name, value);
      return value;
    });
  }

  remove(name: string): Promise<void> {
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

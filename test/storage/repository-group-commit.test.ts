import { describe, expect, it } from 'vitest';
import { MemoryDocumentStore } from '../../electron/storage/memory-document-store';
import { Repository } from '../../electron/storage/repository';
import { emptyOffice, type Office } from '../../shared/domain';

/** A memory store whose writes wait until the test lets them through, or fail when told to. */
class GatedStore extends MemoryDocumentStore {
  /** What each write carried, in order. */
  readonly written: Office[] = [];
  private waiting: { go: () => void; fail: (error: Error) => void }[] = [];
  hold = false;

  override async write(name: string, data: unknown): Promise<void> {
    if (this.hold) {
      await new Promise<void>((go, fail) => this.waiting.push({ go, fail }));
    }
    this.written.push(structuredClone(data) as Office);
    await super.write(name, data);
  }

  /** Lets the oldest held write finish. */
  release(): void {
    this.waiting.shift()?.go();
  }

  /** Makes the oldest held write fail, as a full disk would. */
  failNext(message: string): void {
    this.waiting.shift()?.fail(new Error(message));
  }

  get held(): number {
    return this.waiting.length;
  }
}

const community = (i: number) => ({ id: `c-${i}`, name: `第${i}社区`, kind: 'community' as const });
const adding =
  (i: number) =>
  (office: Office | undefined): Office => {
    const base = office ?? emptyOffice();
    return { ...base, communities: [...base.communities, community(i)] };
  };
const names = (office: Office | undefined) => office?.communities.map((c) => c.id) ?? [];

/** Lets the microtasks queued so far run (the repository's queue steps). */
const settle = () => new Promise((resolve) => setImmediate(resolve));

async function openRepo() {
  const store = new GatedStore();
  const repo = new Repository(store);
  await repo.open();
  return { store, repo };
}

describe('group commit', () => {
  it('persists the changes queued during a write in one later write, in order, each caller after the bytes', async () => {
    const { store, repo } = await openRepo();
    store.hold = true;
    const first = repo.update('office', adding(1));
    await settle();
    expect(store.held).toBe(1);
    const settled: number[] = [];
    const queued = [2, 3, 4].map((i) => repo.update('office', adding(i)).then(() => settled.push(i)));
    await settle();
    // Nothing resolves while its bytes are not on disk.
    store.release();
    await first;
    await settle();
    expect(settled).toEqual([]);
    expect(store.held).toBe(1);
    store.release();
    await Promise.all(queued);
    expect(settled).toEqual([2, 3, 4]);
    expect(store.written.map(names)).toEqual([['c-1'], ['c-1', 'c-2', 'c-3', 'c-4']]);
    expect(names(repo.get('office'))).toEqual(['c-1', 'c-2', 'c-3', 'c-4']);
  });

  it('refuses a change that throws, or breaks the schema, alone', async () => {
    const { store, repo } = await openRepo();
    store.hold = true;
    const first = repo.update('office', adding(1));
    await settle();
    const two = repo.update('office', adding(2));
    const boom = repo.update('office', () => {
      throw new Error('这一条改不了');
    });
    // A second c-2: the office's rule of unique ids refuses it.
    const duplicate = repo.update('office', adding(2));
    const three = repo.update('office', adding(3));
    // Heard before the batch runs: each refusal reaches its own caller.
    const refusals = Promise.all([
      expect(boom).rejects.toThrow('这一条改不了'),
      expect(duplicate).rejects.toMatchObject({ code: 'invalid_document' }),
    ]);
    store.release();
    await first;
    await settle();
    store.release();
    await refusals;
    await Promise.all([two, three]);
    expect(store.written.map(names)).toEqual([['c-1'], ['c-1', 'c-2', 'c-3']]);
  });

  it('writes nothing when every change of a batch is refused', async () => {
    const { store, repo } = await openRepo();
    await repo.update('office', adding(1));
    const refused = repo.update('office', () => {
      throw new Error('不改');
    });
    await expect(refused).rejects.toThrow('不改');
    expect(store.written).toHaveLength(1);
  });

  it('rejects every change of a failed write and leaves memory as it was; the next write goes on', async () => {
    const { store, repo } = await openRepo();
    await repo.update('office', adding(1));
    store.hold = true;
    const blocker = repo.update('office', adding(2));
    await settle();
    const lost = [3, 4].map((i) => expect(repo.update('office', adding(i))).rejects.toThrow('磁盘已满'));
    store.release();
    await blocker;
    await settle();
    store.failNext('磁盘已满');
    await Promise.all(lost);
    expect(names(repo.get('office'))).toEqual(['c-1', 'c-2']);
    store.hold = false;
    await repo.update('office', adding(5));
    expect(names(repo.get('office'))).toEqual(['c-1', 'c-2', 'c-5']);
    expect(
      JSON.parse(store.texts.get('office') ?? '{}').communities.map((c: { id: string }) => c.id),
    ).toEqual(['c-1', 'c-2', 'c-5']);
  });

  it('keeps a removal in its place between updates', async () => {
    const { store, repo } = await openRepo();
    store.hold = true;
    const first = repo.update('office', adding(1));
    await settle();
    const removed = repo.remove('office');
    const after = repo.update('office', adding(2));
    store.release();
    await first;
    await removed;
    await settle();
    store.release();
    await after;
    expect(names(repo.get('office'))).toEqual(['c-2']);
  });
});

describe('a change that hands back the document it was given', () => {
  it('writes nothing when it is alone, and answers with the stored document', async () => {
    const { store, repo } = await openRepo();
    await repo.update('office', adding(1));
    const writes = store.written.length;
    const stored = repo.get('office');
    await expect(repo.update('office', (current) => current!)).resolves.toBe(stored);
    expect(store.written).toHaveLength(writes);
  });

  it('in a batch, is answered only once the changes it saw are on disk, and refused when that write fails', async () => {
    const { store, repo } = await openRepo();
    await repo.update('office', adding(0));
    store.hold = true;
    const blocker = repo.update('office', adding(1));
    await settle();
    // Queued during the held write: a real change, then one that finds it and changes nothing.
    const real = repo.update('office', adding(2));
    let sawTwo = false;
    const retry = repo.update('office', (current) => {
      sawTwo = names(current).includes('c-2');
      return current!;
    });
    let retryDone = false;
    void retry.then(
      () => (retryDone = true),
      () => (retryDone = true),
    );
    store.release();
    await blocker;
    await settle();
    expect(sawTwo).toBe(true);
    // The batch's write is held: the no-change must not have been answered yet.
    expect(store.held).toBe(1);
    expect(retryDone).toBe(false);
    store.failNext('磁盘已满');
    await expect(real).rejects.toThrow('磁盘已满');
    await expect(retry).rejects.toThrow('磁盘已满');
    expect(names(repo.get('office'))).toEqual(['c-0', 'c-1']);
  });
});

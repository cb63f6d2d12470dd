/** Gives the turn to the next waiter; calling it again does nothing. */
export type Release = () => void;

interface Waiter {
  grant: (release: Release) => void;
  onWait: ((ahead: number) => void) | undefined;
}

/**
 * One holder at a time, first come first served. Parsing a large sheet takes a good part of the
 * machine's memory, so two at once can take more than it has; the second waits instead.
 */
export class OneAtATime {
  private busy = false;
  private readonly waiting: Waiter[] = [];

  /**
   * Resolves with a release when it is the caller's turn, or with null if `signal` aborts first (the
   * waiter leaves the line and nothing else changes). `onWait` hears how many are ahead, each time that
   * number changes while waiting.
   */
  acquire(signal?: AbortSignal, onWait?: (ahead: number) => void): Promise<Release | null> {
    if (signal?.aborted) return Promise.resolve(null);
    if (!this.busy) {
      this.busy = true;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve) => {
      const waiter: Waiter = {
        grant: (release) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(release);
        },
        onWait,
      };
      const onAbort = () => {
        const index = this.waiting.indexOf(waiter);
        if (index === -1) return;
        this.waiting.splice(index, 1);
        this.tellPositions(index);
        resolve(null);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(waiter);
      onWait?.(this.waiting.length);
    });
  }

  /** How many hold or wait for the turn. */
  get size(): number {
    return this.waiting.length + (this.busy ? 1 : 0);
  }

  private releaser(): Release {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const next = this.waiting.shift();
      if (!next) {
        this.busy = false;
        return;
      }
      this.tellPositions(0);
      next.grant(this.releaser());
    };
  }

  /** Those from `from` on moved up one place. */
  private tellPositions(from: number): void {
    for (let i = from; i < this.waiting.length; i++) this.waiting[i]!.onWait?.(i + 1);
  }
}

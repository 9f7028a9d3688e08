import { abortError } from '../errors';

interface Waiter {
  resolve(): void;
  reject(reason: unknown): void;
  signal: AbortSignal;
  onAbort(): void;
}

/**
 * asyncio.Semaphore for the page: at most `limit` holders; waiters are served first come, first
 * served (a release hands its permit straight to the oldest waiter, so nobody can barge past), and
 * a waiter whose signal aborts leaves the line with an AbortError.
 */
export class Semaphore {
  readonly limit: number;
  #held = 0;
  #waiters: Waiter[] = [];

  constructor(limit: number) {
    if (!(limit >= 1)) throw new RangeError(`A semaphore needs a limit of at least 1 (got ${limit}).`);
    this.limit = Math.floor(limit);
  }

  /** Permits held now (never above the limit). */
  get held(): number {
    return this.#held;
  }

  /** Callers waiting for a permit. */
  get waiting(): number {
    return this.#waiters.length;
  }

  /** Takes a permit if one is free right now (no await, so no turn of the event loop). */
  tryAcquire(): boolean {
    if (this.#held < this.limit && this.#waiters.length === 0) {
      this.#held++;
      return true;
    }
    return false;
  }

  /** Resolves once a permit is held; rejects with an AbortError if `signal` aborts first. */
  acquire(signal: AbortSignal): Promise<void> {
    if (signal.aborted) return Promise.reject(abortError());
    if (this.tryAcquire()) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        resolve,
        reject,
        signal,
        onAbort: () => {
          const i = this.#waiters.indexOf(waiter);
          if (i >= 0) this.#waiters.splice(i, 1);
          reject(abortError());
        },
      };
      signal.addEventListener('abort', waiter.onAbort, { once: true });
      this.#waiters.push(waiter);
    });
  }

  /** Returns a permit: to the oldest waiter if there is one, else to the pool. */
  release(): void {
    const next = this.#waiters.shift();
    if (next !== undefined) {
      next.signal.removeEventListener('abort', next.onAbort);
      next.resolve(); // the permit passes on: #held is unchanged
      return;
    }
    if (this.#held === 0) throw new Error('Semaphore released more often than acquired.');
    this.#held--;
  }
}

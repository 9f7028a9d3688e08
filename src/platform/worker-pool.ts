import { abortError, WorkerCrashedError } from '../engine/errors';
import type { AsyncApi, TaskPool, WorkerApi } from '../engine/types';

/** One started worker, however it was made (a real Worker, or a MessageChannel in tests). */
export interface WorkerHandle {
  readonly api: AsyncApi<WorkerApi>;
  terminate(): void;
  /** Called when the worker dies: an uncaught error, or its module failed to load. */
  onError(listener: (message: string) => void): void;
}

export type SpawnWorker = (lane: number) => WorkerHandle;

interface Slot {
  readonly handle: WorkerHandle;
  /** Settles when the worker has answered its first ping. */
  readonly ready: Promise<void>;
  /** Rejecters of calls in flight on this worker: a dead worker never answers them itself. */
  readonly inflight: Set<(reason: unknown) => void>;
  /** True once the worker answered its first ping (only a worker that loaded once is respawned). */
  started: boolean;
  dead: boolean;
}

/**
 * A warm pool of workers, one lane each (lanes are 1-based; lane 0 is the page). Calls are pinned
 * to a lane so strategies decide the scheduling. The pool's one job beyond that is to never leave
 * a promise pending: a worker that dies or is cancelled is terminated, every call it owned is
 * rejected, and a fresh worker takes its lane.
 */
export class WorkerPool implements TaskPool {
  readonly #spawn: SpawnWorker;
  #slots: Slot[] = [];

  constructor(spawn: SpawnWorker) {
    this.#spawn = spawn;
  }

  get size(): number {
    return this.#slots.length;
  }

  /**
   * Grows or shrinks the pool to `n` workers and waits until all are ready. Returns the start-up
   * time in ms of any workers it had to start (null when the pool was already warm).
   */
  async resize(n: number): Promise<number | null> {
    const t0 = performance.now();
    let started = false;
    while (this.#slots.length > n) {
      const lane = this.#slots.length;
      const slot = this.#slots.pop();
      // Never leave a caller waiting on a worker we retire.
      if (slot)
        this.#replace(lane, slot, new Error(`Worker ${lane} was retired: the pool shrank to ${n}.`), false);
    }
    for (let lane = 1; lane <= n; lane++) {
      const slot = this.#slots[lane - 1];
      if (slot === undefined || slot.dead) {
        this.#slots[lane - 1] = this.#start(lane);
        started = true;
      }
    }
    await Promise.all(this.#slots.map((s) => s.ready));
    return started ? performance.now() - t0 : null;
  }

  call<R>(lane: number, fn: (api: AsyncApi<WorkerApi>) => Promise<R>, signal: AbortSignal): Promise<R> {
    const slot = this.#slots[lane - 1];
    if (slot === undefined) return Promise.reject(new Error(`No worker on lane ${lane}.`));
    if (slot.dead)
      return Promise.reject(new WorkerCrashedError(`Worker ${lane} failed to start; resize() retries.`));
    if (signal.aborted) return Promise.reject(abortError());
    return new Promise<R>((resolve, reject) => {
      slot.inflight.add(reject);
      const onAbort = () => this.#replace(lane, slot, abortError());
      signal.addEventListener('abort', onAbort, { once: true });
      fn(slot.handle.api)
        .then(resolve, reject)
        .finally(() => {
          slot.inflight.delete(reject);
          signal.removeEventListener('abort', onAbort);
        });
    });
  }

  /** Terminates every worker (page unload, tests). */
  terminate(): void {
    for (const [i, slot] of this.#slots.entries()) this.#replace(i + 1, slot, abortError(), false);
    this.#slots = [];
  }

  #start(lane: number): Slot {
    const handle = this.#spawn(lane);
    let failStart: (reason: unknown) => void = () => {};
    const slot: Slot = {
      handle,
      ready: new Promise<void>((resolve, reject) => {
        failStart = reject;
        handle.api.ping().then(() => {
          slot.started = true;
          resolve();
        }, reject);
      }),
      inflight: new Set(),
      started: false,
      dead: false,
    };
    handle.onError((message) => {
      const error = new WorkerCrashedError(
        slot.started
          ? `Worker ${lane} died (${message}). Its unfinished tasks were lost; a new worker took its place.`
          : `Worker ${lane} failed to start (${message}).`,
      );
      failStart(error);
      // A worker that never loaded would fail again at once: respawning it would loop forever.
      this.#replace(lane, slot, error, slot.started);
    });
    return slot;
  }

  /** Kills the worker in `slot`, rejects what it owed, and (if asked) starts a fresh one in its lane. */
  #replace(lane: number, slot: Slot, reason: unknown, respawn = true): void {
    if (slot.dead) return;
    slot.dead = true;
    slot.handle.terminate();
    for (const reject of slot.inflight) reject(reason);
    slot.inflight.clear();
    if (respawn && this.#slots[lane - 1] === slot) {
      const fresh = this.#start(lane);
      this.#slots[lane - 1] = fresh;
      fresh.ready.catch(() => {}); // a failed restart surfaces on the next resize()
    }
  }
}

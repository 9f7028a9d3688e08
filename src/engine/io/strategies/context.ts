import { abortError, isAbort } from '../../errors';
import type { TaskPool } from '../../types';
import { costHash } from '../../workloads/cost-hash';
import type { IoClient, IoKind, IoRunOutput, IoSetup, IoStrategyId } from '../types';

/** What the page (or a test) gives a strategy besides the setup. Times are page-clock ms. */
export interface IoContext {
  readonly client: IoClient;
  readonly signal: AbortSignal;
  now(): number;
  readonly pageTimeOrigin: number;
  /** Gives the event loop a turn, queued behind answers already waiting (asyncio.sleep(0)). */
  yieldToMain(): Promise<void>;
  /** Waits `ms` (retry backoff); settles early when `signal` aborts. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  /** Hybrid only: the warm worker pool (null elsewhere). */
  readonly pool: TaskPool | null;
  /** Machine cores (navigator.hardwareConcurrency): the hybrid's workers when setup.workers is 0. */
  readonly cores: number;
  /** Saves settled so far in this repetition (the caller coalesces). */
  onProgress(done: number): void;
  /** Once per repetition: the output whose arrays fill in place (read by live charts once a frame). */
  onLive?(out: IoRunOutput): void;
}

/** A strategy: one short file each, since the run loop is what the lab shows people. */
export interface IoStrategy {
  readonly id: IoStrategyId;
  readonly kinds: readonly IoKind[];
  /** The Python counterpart, shown beside the TypeScript that ran. */
  readonly python: { readonly idiom: string; readonly code: string };
  run(setup: IoSetup, ctx: IoContext): Promise<IoRunOutput>;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** setTimeout as a promise that settles early (resolves) when `signal` aborts: the retry backoff. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/** Backoff before retry `attempt` (1, 2, …) of a refused request: L/2, L, 2L, … (at least 10 ms). */
export function backoffMs(attempt: number, latencyMs: number): number {
  return Math.max(10, latencyMs / 2) * 2 ** (attempt - 1);
}

/** The value item i saves: the CPU task's result (mixed) or the id itself (I/O only). */
export function expectedValue(setup: Pick<IoSetup, 'kind' | 'difficulty'>, i: number): number {
  return setup.kind === 'mixed' ? costHash(i, setup.difficulty) : i;
}

/**
 * The bookkeeping every strategy shares, so each strategy file is only its loop: compute() runs one
 * CPU task on this thread, save() sends one result with retries, pause() yields, finish() returns.
 * save() never rejects: a failure is stored and re-raised by check()/finish(), so a strategy never
 * leaves an unhandled rejection behind when it stops early.
 */
export class IoRun {
  readonly out: Mutable<IoRunOutput>;
  readonly #setup: IoSetup;
  readonly #ctx: IoContext;
  readonly #t0: number;
  readonly #difficulty: number;
  #settled = 0;
  #error: unknown = null;

  constructor(setup: IoSetup, ctx: IoContext) {
    const n = setup.items;
    this.#setup = setup;
    this.#ctx = ctx;
    this.#difficulty = setup.difficulty | 0;
    this.out = {
      sentAt: new Float64Array(n),
      answeredAt: new Float64Array(n),
      status: new Int16Array(n),
      attempts: new Uint8Array(n),
      values: new Float64Array(n),
      cpuLanes: new Int16Array(n).fill(-1),
      cpuStarts: new Float64Array(n),
      cpuEnds: new Float64Array(n),
      totalMs: 0,
      mainCpuMs: 0,
      yields: 0,
      yieldMs: 0,
      retried: 0,
      failed: 0,
    };
    ctx.onLive?.(this.out);
    this.#t0 = ctx.now();
  }

  /** Item i's CPU task on this thread (mixed), timed; I/O only: the value is the id. */
  compute(i: number): number {
    if (this.#setup.kind !== 'mixed') {
      this.out.values[i] = i;
      return i;
    }
    const t = this.#ctx.now();
    const v = costHash(i, this.#difficulty);
    const end = this.#ctx.now();
    this.out.values[i] = v;
    this.out.cpuLanes[i] = 0;
    this.out.cpuStarts[i] = t;
    this.out.cpuEnds[i] = end;
    this.out.mainCpuMs += end - t;
    return v;
  }

  /** Records a result computed elsewhere (a worker on `lane`, times on the page clock). */
  computed(i: number, value: number, lane: number, start: number, end: number): void {
    this.out.values[i] = value;
    this.out.cpuLanes[i] = lane;
    this.out.cpuStarts[i] = start;
    this.out.cpuEnds[i] = end;
  }

  /**
   * Saves item i: sends it, and while the server refuses (503) waits with exponential backoff and
   * sends it again, at most `retries` more times. Resolves when the save is acknowledged, has
   * failed for good (counted in `failed`), or the run stopped.
   */
  async save(i: number, value: number): Promise<void> {
    const { client, signal } = this.#ctx;
    const o = this.out;
    try {
      for (let attempt = 0; ; attempt++) {
        if (attempt > 0) {
          o.retried++;
          await this.#ctx.sleep(backoffMs(attempt, this.#setup.server.latencyMs), signal);
        }
        this.check();
        o.attempts[i] = attempt + 1;
        o.sentAt[i] = this.#ctx.now();
        const r = await client.save({ id: i, value }, signal);
        o.answeredAt[i] = this.#ctx.now();
        o.status[i] = r.status;
        if (r.ok) break;
        if (r.status !== 503) throw new Error(`The server answered ${r.status} to the save of item ${i}.`);
        if (attempt >= this.#setup.retries) {
          o.failed++;
          break;
        }
      }
    } catch (e) {
      this.#error ??= e;
      return;
    }
    this.#ctx.onProgress(++this.#settled);
  }

  /** Gives the event loop a turn and accounts what it cost (the asyncio.sleep(0) trick). */
  async pause(): Promise<void> {
    const t = this.#ctx.now();
    await this.#ctx.yieldToMain();
    this.out.yields++;
    this.out.yieldMs += this.#ctx.now() - t;
    this.check();
  }

  /** Stores the first failure of work running beside the loop (a worker, a save). */
  fail(e: unknown): void {
    this.#error ??= e;
  }

  /** True once the run was cancelled or something failed: loops beside the main one stop. */
  get stopped(): boolean {
    return this.#ctx.signal.aborted || this.#error !== null;
  }

  /** Throws if the run was cancelled or something failed. */
  check(): void {
    if (this.#ctx.signal.aborted) throw abortError();
    if (this.#error !== null) throw this.#error;
  }

  /** Ends the repetition: re-raises a failure, else returns the output with its wall time. */
  finish(): IoRunOutput {
    this.out.totalMs = this.#ctx.now() - this.#t0;
    if (this.#ctx.signal.aborted || isAbort(this.#error)) throw abortError();
    this.check();
    return this.out;
  }
}

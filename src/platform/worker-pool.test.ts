import * as Comlink from 'comlink';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAbort } from '../engine/errors';
import { type MeasureRequest, measure, type StrategyResult } from '../engine/runner';
import { mainThreadStrategy } from '../engine/strategies/main-thread';
import { sharedMemoryStrategy } from '../engine/strategies/shared-memory';
import { workerPoolStrategy } from '../engine/strategies/worker-pool';
import type { AsyncApi, Job, RunContext, Strategy, StrategySettings, WorkerApi } from '../engine/types';
import { createWorkerApi } from '../engine/worker-api';
import { type SpawnWorker, WorkerPool } from './worker-pool';

// A "worker" made of a MessageChannel in this thread: the real worker API, exposed with Comlink on
// one port and wrapped on the other, exactly as workers/pool.worker.ts and spawn-worker.ts do.
// Kernels run on this thread, so a chunk runs when its message arrives — which is enough to test
// scheduling, ordering, failure and cancellation, not speed.

interface FakeWorker {
  readonly lane: number;
  /** Chunks and shared-memory claims this worker started. */
  calls: number;
  terminated: boolean;
}

let channels: MessageChannel[] = [];
let spawned: FakeWorker[] = [];
/** Runs inside a fake worker as each runChunk / runShared call begins, before any task. */
let onWorkerCall: (() => void) | null = null;
/** Extra ms before a fake worker on `lane` replies to runChunk (a slower core, or a busy one). */
let replyDelay: ((lane: number) => number) | null = null;

/** Spawns fake workers; `loads` false makes every worker fail to load (error, never answers). */
function fakeSpawn(options: { loads?: boolean } = {}): SpawnWorker {
  return (lane) => {
    const channel = new MessageChannel();
    channels.push(channel);
    const record: FakeWorker = { lane, calls: 0, terminated: false };
    spawned.push(record);
    const listeners: Array<(message: string) => void> = [];
    const fireError = (message: string) =>
      setTimeout(() => {
        if (!record.terminated) for (const l of listeners) l(message);
      }, 0);

    if (options.loads === false) {
      fireError('failed to load the module');
    } else {
      const api = createWorkerApi({
        die(reason) {
          fireError(`Worker crashed: ${reason}`); // the uncaught error a real worker would raise
          return new Promise<never>(() => {});
        },
        transfer: (reply) => Comlink.transfer(reply, [reply.results.buffer, reply.times.buffer]),
      });
      Comlink.expose(
        {
          ping: () => api.ping(),
          runChunk: (req: Parameters<WorkerApi['runChunk']>[0]) => {
            record.calls++;
            onWorkerCall?.();
            const reply = api.runChunk(req);
            const delay = replyDelay?.(lane) ?? 0;
            return delay > 0 ? new Promise((r) => setTimeout(() => r(reply), delay)) : reply;
          },
          runShared: (req: Parameters<WorkerApi['runShared']>[0]) => {
            record.calls++;
            onWorkerCall?.();
            return api.runShared(req);
          },
        },
        channel.port1,
      );
    }
    return {
      api: Comlink.wrap<WorkerApi>(channel.port2) as unknown as AsyncApi<WorkerApi>,
      terminate() {
        record.terminated = true;
        channel.port1.close();
        channel.port2.close();
      },
      onError(listener) {
        listeners.push(listener);
      },
    };
  };
}

const SETTINGS: StrategySettings = { workers: 2, chunkSize: 0, order: 'submission', yieldIntervalMs: 50 };

function ctx(
  pool: WorkerPool | null,
  signal: AbortSignal = new AbortController().signal,
): Omit<RunContext, 'onProgress'> {
  return {
    signal,
    now: () => performance.now(),
    pageTimeOrigin: performance.timeOrigin,
    yieldToMain: () => new Promise((r) => setTimeout(r, 0)),
    pool,
    crossOriginIsolated: true,
  };
}

function run(
  strategy: Strategy,
  job: Job,
  pool: WorkerPool | null,
  over: Partial<MeasureRequest> = {},
): Promise<StrategyResult> {
  return measure({
    strategy,
    job,
    settings: SETTINGS,
    repetitions: 2,
    ctx: ctx(pool),
    onProgress: () => {},
    betweenRepetitions: () => Promise.resolve(),
    ...over,
  });
}

const fibJob: Job = { workload: 'fibonacci', params: { first: 5, step: 1, count: 20 }, fault: null };
const primeJob: Job = { workload: 'prime-count', params: { limit: 30_000, ranges: 37 }, fault: null };
const mandelJob: Job = {
  workload: 'mandelbrot',
  params: { width: 24, height: 30, maxIter: 60 },
  fault: null,
};

/** Resolves after `ms`, so a test can tell "rejected" from "still pending". */
const settledWithin = <T>(p: Promise<T>, ms: number) =>
  Promise.race([
    p.then(
      () => 'resolved' as const,
      () => 'rejected' as const,
    ),
    new Promise<'pending'>((r) => setTimeout(() => r('pending'), ms)),
  ]);

let pool: WorkerPool;

beforeEach(() => {
  channels = [];
  spawned = [];
  onWorkerCall = null;
  replyDelay = null;
  pool = new WorkerPool(fakeSpawn());
});

afterEach(() => {
  pool.terminate();
  for (const c of channels) {
    c.port1.close();
    c.port2.close();
  }
});

describe('WorkerPool.resize', { timeout: 10_000 }, () => {
  it('reports start-up time the first time and null when the pool is already warm', async () => {
    const first = await pool.resize(2);
    expect(typeof first).toBe('number');
    expect(first).toBeGreaterThanOrEqual(0);
    expect(pool.size).toBe(2);
    expect(await pool.resize(2)).toBeNull();
    expect(spawned).toHaveLength(2);
  });

  it('shrinks to 1 worker, terminating the extra one, and grows again', async () => {
    await pool.resize(2);
    expect(await pool.resize(1)).toBeNull(); // nothing new had to start
    expect(pool.size).toBe(1);
    expect(spawned.map((w) => w.terminated)).toEqual([false, true]);
    expect(typeof (await pool.resize(3))).toBe('number');
    expect(pool.size).toBe(3);
  });

  it('rejects instead of hanging when workers fail to load, without respawning them forever', async () => {
    const broken = new WorkerPool(fakeSpawn({ loads: false }));
    try {
      await expect(broken.resize(2)).rejects.toMatchObject({ name: 'WorkerCrashedError' });
      const spawnsAfterFailure = spawned.length;
      await new Promise((r) => setTimeout(r, 100));
      // A worker that cannot load would fail again at once; starting it in a loop burns the CPU.
      expect(spawned.length).toBeLessThanOrEqual(spawnsAfterFailure + 2);
      // And a call to a lane whose worker never started must not hang either.
      const call = broken.call(1, (api) => api.ping(), new AbortController().signal);
      expect(await settledWithin(call, 500)).toBe('rejected');
    } finally {
      broken.terminate();
    }
  });
});

describe('WorkerPool.call', { timeout: 10_000 }, () => {
  it('answers through the lane’s worker', async () => {
    await pool.resize(2);
    const origin = await pool.call(2, (api) => api.ping(), new AbortController().signal);
    expect(origin).toBe(performance.timeOrigin);
  });

  it('rejects a lane that has no worker', async () => {
    await pool.resize(2);
    await expect(pool.call(3, (api) => api.ping(), new AbortController().signal)).rejects.toThrow(/lane 3/);
    await expect(pool.call(0, (api) => api.ping(), new AbortController().signal)).rejects.toThrow(/lane 0/);
  });

  it('rejects with AbortError at once when the signal has already aborted, without killing the worker', async () => {
    await pool.resize(2);
    const ac = new AbortController();
    ac.abort();
    const err = await pool.call(1, (api) => api.ping(), ac.signal).catch((e: unknown) => e);
    expect(isAbort(err)).toBe(true);
    expect(spawned.every((w) => !w.terminated)).toBe(true);
  });

  it('rejects a call in flight on a worker that dies, and replaces the worker', async () => {
    await pool.resize(2);
    const call = pool.call(
      1,
      (api) =>
        api.runChunk({
          job: { ...fibJob, fault: { task: 0, kind: 'crash' } },
          first: 0,
          end: 1,
          pageTimeOrigin: performance.timeOrigin,
          timed: true,
        }),
      new AbortController().signal,
    );
    await expect(call).rejects.toMatchObject({
      name: 'WorkerCrashedError',
      message: expect.stringMatching(/Worker 1/),
    });
    expect(spawned[0]?.terminated).toBe(true);
    expect(pool.size).toBe(2);
    expect(spawned).toHaveLength(3); // a fresh worker took lane 1
    expect(await pool.call(1, (api) => api.ping(), new AbortController().signal)).toBe(
      performance.timeOrigin,
    );
  });
});

describe.each([
  ['worker-pool', workerPoolStrategy],
  ['shared-memory', sharedMemoryStrategy],
] as const)('%s strategy on a WorkerPool', { timeout: 15_000 }, (_id, strategy) => {
  beforeEach(async () => {
    await pool.resize(2);
  });

  it.each([
    ['fibonacci', fibJob],
    ['prime-count', primeJob],
    ['mandelbrot', mandelJob],
  ] as const)('computes %s with the same fingerprint as the main thread', async (_w, job) => {
    const baseline = await run(mainThreadStrategy, job, null);
    const r = await run(strategy, job, pool);
    expect(r.verified).toBe(true);
    expect(r.fingerprint).toBe(baseline.fingerprint);
    expect(r.answer).toBe(baseline.answer);
    expect([...r.last.results]).toEqual([...baseline.last.results]);
    expect(r.workers).toBe(2);
    expect(r.samples).toHaveLength(2);
  });

  it('runs every task on lane 1 or 2, never on the page (lane 0)', async () => {
    const r = await run(strategy, primeJob, pool);
    const lanes = new Set(r.last.lanes);
    for (const l of lanes) expect([1, 2]).toContain(l);
    expect(r.last.lanes).toHaveLength(37);
  });

  it('times every task on the page clock, within the repetition', async () => {
    const r = await run(strategy, fibJob, pool);
    const end = performance.now();
    for (let i = 0; i < 20; i++) {
      const s = r.last.starts[i] as number;
      const e = r.last.ends[i] as number;
      expect(s).toBeGreaterThanOrEqual(r.lastStartedAt - 1);
      expect(e).toBeGreaterThanOrEqual(s);
      expect(e).toBeLessThanOrEqual(end + 1);
    }
  });

  it('delivers every task exactly once', async () => {
    const r = await run(strategy, primeJob, pool, {
      settings: { ...SETTINGS, order: 'completion', chunkSize: 3 },
    });
    expect([...r.last.deliveryOrder].sort((a, b) => a - b)).toEqual(Array.from({ length: 37 }, (_, i) => i));
  });

  it('uses the chunk size it is given', async () => {
    const r = await run(strategy, primeJob, pool, { settings: { ...SETTINGS, chunkSize: 5 } });
    expect(r.chunkSize).toBe(5);
    expect(r.verified).toBe(true);
  });

  it('rejects with TaskFailedError when a kernel throws, and the pool still works afterwards', async () => {
    const failing: Job = { ...fibJob, fault: { task: 7, kind: 'throw' } };
    await expect(run(strategy, failing, pool)).rejects.toMatchObject({
      name: 'TaskFailedError',
      message: expect.stringContaining('Task 7'),
    });
    expect(pool.size).toBe(2);
    expect(spawned.every((w) => !w.terminated)).toBe(true); // a throwing task does not cost a worker
    expect(await pool.resize(2)).toBeNull();
    const next = await run(strategy, fibJob, pool);
    expect(next.verified).toBe(true);
  });

  it('rejects with WorkerCrashedError when a worker dies, instead of hanging; the pool heals', async () => {
    const crashing: Job = { ...fibJob, fault: { task: 7, kind: 'crash' } };
    const p = run(strategy, crashing, pool);
    expect(await settledWithin(p, 5_000)).toBe('rejected');
    await expect(p).rejects.toMatchObject({ name: 'WorkerCrashedError' });
    expect(pool.size).toBe(2);
    expect(spawned.filter((w) => w.terminated)).toHaveLength(1);
    expect(spawned).toHaveLength(3);
    // Straight away, without a resize, and again after the resize the app does before each run.
    const next = await run(strategy, fibJob, pool);
    expect(next.verified).toBe(true);
    expect(await pool.resize(2)).toBeNull();
    const again = await run(strategy, primeJob, pool);
    expect(again.answer).toBe(3245);
  });

  it('rejects with AbortError soon after the signal aborts, and the next run succeeds', async () => {
    // 40 tasks of fib(22) in chunks of 2: far more chunks than two workers take at once.
    const big: Job = { workload: 'fibonacci', params: { first: 22, step: 0, count: 40 }, fault: null };
    const ac = new AbortController();
    let abortedAt = 0;
    const abort = () => {
      if (ac.signal.aborted) return;
      ac.abort();
      abortedAt = performance.now();
    };
    let callsBeforeTimedRun = 0;
    let timed = false;
    if (strategy === sharedMemoryStrategy) {
      // Shared memory reports progress only by polling, and here a "worker" runs its whole claim
      // loop in one go on this thread; so abort from inside the worker, while it owns tasks.
      onWorkerCall = () => {
        if (timed) abort();
      };
    }
    const p = run(strategy, big, pool, {
      repetitions: 1,
      settings: { ...SETTINGS, chunkSize: 2 },
      ctx: ctx(pool, ac.signal),
      onProgress: (pr) => {
        if (pr.repetition === 1 && !timed) {
          timed = true;
          callsBeforeTimedRun = spawned.reduce((s, w) => s + w.calls, 0);
        }
        // Worker pool: abort in the timed repetition once its first chunk is reported done.
        if (strategy === workerPoolStrategy && pr.repetition === 1 && pr.done > 40) abort();
      },
    });
    const err = await p.catch((e: unknown) => e);
    expect(isAbort(err)).toBe(true);
    expect(abortedAt).toBeGreaterThan(0);
    expect(performance.now() - abortedAt).toBeLessThan(2_000);
    if (strategy === workerPoolStrategy) {
      // Not every chunk of the cancelled repetition was started (20 chunks; 2 lanes take 1 each).
      const callsInTimedRun = spawned.reduce((s, w) => s + w.calls, 0) - callsBeforeTimedRun;
      expect(callsInTimedRun).toBeLessThan(20);
    }
    // The busy workers were terminated and replaced; the pool is whole again.
    expect(spawned.some((w) => w.terminated)).toBe(true);
    expect(pool.size).toBe(2);
    onWorkerCall = null;
    const next = await run(strategy, fibJob, pool);
    expect(next.verified).toBe(true);
    expect(await pool.resize(2)).toBeNull();
    expect((await run(strategy, fibJob, pool)).fingerprint).toBe(next.fingerprint);
  });
});

describe('worker-pool strategy ordering', { timeout: 10_000 }, () => {
  beforeEach(async () => {
    await pool.resize(2);
  });

  it('submission order delivers tasks as 0…n−1 even when chunks finish out of order', async () => {
    replyDelay = (lane) => (lane === 1 ? 15 : 0); // lane 1 is slow: its chunks arrive late
    const job: Job = { workload: 'fibonacci', params: { first: 1, step: 1, count: 24 }, fault: null };
    const r = await run(workerPoolStrategy, job, pool, { settings: { ...SETTINGS, chunkSize: 2 } });
    expect([...r.last.deliveryOrder]).toEqual(Array.from({ length: 24 }, (_, i) => i));
    expect(new Set(r.last.lanes)).toEqual(new Set([1, 2]));
    // The premise: chunks really did finish out of order (a task on lane 2 ended before task 0).
    const ends = r.last.ends;
    const firstFinished = [...ends.keys()].sort((a, b) => (ends[a] as number) - (ends[b] as number))[0];
    expect(firstFinished).not.toBe(0);
  });

  it('completion order delivers chunks in the order their replies arrived', async () => {
    replyDelay = (lane) => (lane === 1 ? 15 : 0);
    const r = await run(workerPoolStrategy, primeJob, pool, {
      settings: { ...SETTINGS, order: 'completion', chunkSize: 4 },
    });
    const order = [...r.last.deliveryOrder];
    expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: 37 }, (_, i) => i));
    // Tasks of one chunk stay together and in order.
    for (let k = 0; k < order.length; ) {
      const first = order[k] as number;
      expect(first % 4).toBe(0);
      const length = Math.min(4, 37 - first); // the last chunk, [36, 37), is short
      for (let j = 1; j < length; j++) expect(order[k + j]).toBe(first + j);
      k += length;
    }
    // Slow lane 1 took chunk 0, so a chunk from fast lane 2 was handed over first.
    expect(r.last.lanes[0]).toBe(1);
    expect(r.last.lanes[order[0] as number]).toBe(2);
    expect(order).not.toEqual([...order].sort((a, b) => a - b));
  });

  it('uses Pool.map’s automatic chunk size ceil(tasks / (4 × workers)) when chunk size is 0', async () => {
    const r = await run(workerPoolStrategy, primeJob, pool);
    expect(r.chunkSize).toBe(Math.ceil(37 / 8));
  });

  it('refuses to run without a pool', async () => {
    await expect(run(workerPoolStrategy, fibJob, null)).rejects.toThrow(/not running/);
  });
});

describe('shared-memory strategy requirements', { timeout: 10_000 }, () => {
  it('refuses to run when the page is not cross-origin isolated', async () => {
    await pool.resize(2);
    const p = run(sharedMemoryStrategy, fibJob, pool, { ctx: { ...ctx(pool), crossOriginIsolated: false } });
    await expect(p).rejects.toThrow(/cross-origin isolated/);
  });

  it('says why it is unavailable without isolation', () => {
    expect(sharedMemoryStrategy.availability({ crossOriginIsolated: false, workers: true })).toMatch(
      /isolation/,
    );
    expect(sharedMemoryStrategy.availability({ crossOriginIsolated: true, workers: true })).toBeNull();
  });
});

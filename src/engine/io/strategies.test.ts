import { setMaxListeners } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runChunk } from '../chunk-runner';
import { isAbort } from '../errors';
import type { AsyncApi, TaskPool, WorkerApi } from '../types';
import { costHashExpected } from '../workloads/cost-hash';
import { checkDelivery, expectedFor, measureIo } from './measure';
import { localClient, realHost, ServerModel } from './server';
import { defaultPresetFor } from './setup';
import { abortableSleep, type IoContext } from './strategies/context';
import { getIoStrategy, IO_STRATEGIES } from './strategies/index';
import type { IoRunOutput, IoSetup, IoStrategyId, ServerConfig } from './types';

// Every strategy against the in-process server model on Vitest's fake clock: Date.now, setTimeout
// and the server's timers are all fake, so times are exact and a 60 s run takes milliseconds.

const server0: ServerConfig = { latencyMs: 100, jitterMs: 0, capacity: 100, overflow: 'queue', seed: 1 };

function setupOf(over: Partial<IoSetup>): IoSetup {
  return { ...defaultPresetFor('io-only').setup, repetitions: 1, server: server0, ...over };
}

/** An in-process pool: runChunk runs on this thread when its "message" arrives (next macrotask). */
function fakePool(size: number, calls: number[] = []): TaskPool {
  return {
    size,
    call(lane, fn, signal) {
      calls.push(lane);
      const api = {
        runChunk: (req) => new Promise((resolve) => setTimeout(() => resolve(runChunk(req)), 0)),
      } as AsyncApi<WorkerApi>;
      return new Promise((resolve, reject) => {
        signal.addEventListener('abort', () => reject(new DOMException('cancelled', 'AbortError')));
        fn(api).then(resolve, reject);
      });
    },
  };
}

interface Harness {
  model: ServerModel;
  ctx: IoContext;
  progress: number[];
  controller: AbortController;
}

function harness(config: ServerConfig, pool: TaskPool | null = null): Harness {
  const model = new ServerModel(
    config,
    realHost(() => Date.now()),
  );
  const controller = new AbortController();
  setMaxListeners(0, controller.signal); // one listener per save in flight is by design
  const progress: number[] = [];
  return {
    model,
    controller,
    progress,
    ctx: {
      client: localClient(model),
      signal: controller.signal,
      now: () => Date.now(),
      pageTimeOrigin: 0,
      yieldToMain: () => new Promise((r) => setTimeout(r, 0)),
      sleep: abortableSleep,
      pool,
      cores: 2,
      onProgress: (d) => progress.push(d),
    },
  };
}

/** Runs a strategy to completion on the fake clock. */
async function runOn(id: IoStrategyId, setup: IoSetup, h: Harness): Promise<IoRunOutput> {
  const p = getIoStrategy(id).run(setup, h.ctx);
  let out: IoRunOutput | null = null;
  let error: unknown = null;
  p.then(
    (o) => {
      out = o;
    },
    (e: unknown) => {
      error = e;
    },
  );
  await vi.runAllTimersAsync();
  if (error !== null) throw error;
  if (out === null) throw new Error('the strategy never finished');
  return out;
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(5_000_000);
});
afterEach(() => {
  vi.useRealTimers();
});

describe.each(['serial', 'batched', 'async'] as const)('I/O only: %s', (id) => {
  it('completes with every save acknowledged exactly once, by the server log', async () => {
    const setup = setupOf({ items: 37, batchSize: 8, concurrency: 5, strategy: id });
    const h = harness(server0);
    const out = await runOn(id, setup, h);
    const check = checkDelivery(out, h.model.log(), expectedFor(setup));
    expect(check.problems).toEqual([]);
    expect(check.ok).toBe(true);
    expect([...out.status].every((s) => s === 200)).toBe(true);
    expect(h.progress.at(-1)).toBe(37);
    expect(out.failed).toBe(0);
  });
});

describe('bounds that hold by construction', () => {
  it('serial: n requests at latency L take at least n·L', async () => {
    const h = harness({ ...server0, jitterMs: 30 });
    const out = await runOn('serial', setupOf({ items: 12 }), h);
    expect(out.totalMs).toBeGreaterThanOrEqual(12 * 100);
    // Never two requests at the server at once.
    const log = h.model.log();
    for (let k = 1; k < log.length; k++)
      expect((log[k] as { receivedAt: number }).receivedAt).toBeGreaterThanOrEqual(
        (log[k - 1] as { finishedAt: number }).finishedAt,
      );
  });

  it('async with limit k: at least ⌈n/k⌉·L, and never more than k in flight', async () => {
    const h = harness(server0);
    const out = await runOn('async', setupOf({ items: 23, concurrency: 4 }), h);
    expect(out.totalMs).toBeGreaterThanOrEqual(Math.ceil(23 / 4) * 100);
    expect(out.totalMs).toBe(Math.ceil(23 / 4) * 100); // and, with no jitter, exactly that
    const log = h.model.log();
    for (const e of log) {
      const inFlight = log.filter((o) => o.receivedAt <= e.receivedAt && o.finishedAt > e.receivedAt);
      expect(inFlight.length).toBeLessThanOrEqual(4);
    }
  });

  it('batched: each batch waits for its slowest, so ⌈n/b⌉ waves of L', async () => {
    const h = harness(server0);
    const out = await runOn('batched', setupOf({ items: 23, batchSize: 5 }), h);
    expect(out.totalMs).toBe(Math.ceil(23 / 5) * 100);
  });

  it('async past the server capacity queues: ⌈n/capacity⌉ waves even with a larger limit', async () => {
    const h = harness({ ...server0, capacity: 3 });
    const out = await runOn('async', setupOf({ items: 10, concurrency: 50 }), h);
    expect(out.totalMs).toBeGreaterThanOrEqual(Math.ceil(10 / 3) * 100);
  });
});

describe('refusals', () => {
  it('are retried with backoff, counted, and a save that is refused every time fails visibly', async () => {
    const config: ServerConfig = { ...server0, capacity: 2, overflow: 'reject' };
    const h = harness(config);
    const setup = setupOf({ items: 12, concurrency: 12, retries: 1, server: config });
    const out = await runOn('async', setup, h);
    const log = h.model.log();
    const check = checkDelivery(out, log, expectedFor(setup));
    expect(check.problems).toEqual([]);
    expect(out.retried).toBeGreaterThan(0);
    expect(out.failed).toBeGreaterThan(0);
    expect(out.failed + [...out.status].filter((s) => s === 200).length).toBe(12);
    // Nothing silently dropped: every item is either saved (200) or counted as failed (503).
    expect([...out.status].every((s) => s === 200 || s === 503)).toBe(true);
    expect(check.detail).toMatch(/failed after 2 attempts/);
  });

  it('with enough retries every save gets through in the end', async () => {
    const config: ServerConfig = { ...server0, capacity: 3, overflow: 'reject' };
    const h = harness(config);
    const setup = setupOf({ items: 9, concurrency: 9, retries: 6, server: config });
    const out = await runOn('async', setup, h);
    expect(out.failed).toBe(0);
    expect(out.retried).toBeGreaterThan(0);
    expect(checkDelivery(out, h.model.log(), expectedFor(setup)).ok).toBe(true);
  });
});

describe('mixed CPU + I/O', () => {
  const mixed = (over: Partial<IoSetup>) =>
    setupOf({
      kind: 'mixed',
      items: 10,
      difficulty: 0,
      batchSize: 4,
      concurrency: 100,
      yieldEvery: 1,
      ...over,
    });

  it.each(['serial', 'batched', 'async'] as const)(
    '%s saves every CPU result, computed on the page',
    async (id) => {
      const setup = mixed({ strategy: id });
      const h = harness(server0);
      const out = await runOn(id, setup, h);
      expect(checkDelivery(out, h.model.log(), expectedFor(setup)).ok).toBe(true);
      for (let i = 0; i < 10; i++) {
        expect(out.values[i]).toBe(costHashExpected(i, 0));
        expect(out.cpuLanes[i]).toBe(0);
      }
    },
  );

  it('async yields every yieldEvery items and accounts the yields', async () => {
    const h = harness(server0);
    const out = await runOn('async', mixed({ items: 10, yieldEvery: 3 }), h);
    expect(out.yields).toBe(3);
    const never = await runOn('async', mixed({ items: 10, yieldEvery: 0 }), harness(server0));
    expect(never.yields).toBe(0);
  });

  it('hybrid computes on the pool lanes and saves every result exactly once', async () => {
    const calls: number[] = [];
    const h = harness(server0, fakePool(2, calls));
    const setup = mixed({ strategy: 'hybrid', items: 9, difficulty: 5 });
    const out = await runOn('hybrid', setup, h);
    expect(checkDelivery(out, h.model.log(), expectedFor(setup)).ok).toBe(true);
    expect(new Set(calls)).toEqual(new Set([1, 2]));
    expect([...out.cpuLanes].every((l) => l === 1 || l === 2)).toBe(true);
    expect(out.mainCpuMs).toBe(0);
  });

  it('hybrid refuses to run without a pool', async () => {
    const h = harness(server0, null);
    await expect(getIoStrategy('hybrid').run(mixed({ strategy: 'hybrid' }), h.ctx)).rejects.toThrow(
      /worker pool/,
    );
  });
});

describe('cancel', () => {
  it.each(IO_STRATEGIES.map((s) => s.id))(
    '%s stops with an AbortError and settles every save',
    async (id) => {
      const h = harness(server0, fakePool(2));
      const setup = setupOf({
        kind: 'mixed',
        difficulty: 0,
        items: 30,
        batchSize: 5,
        concurrency: 4,
        strategy: id,
      });
      const p = getIoStrategy(id).run(setup, h.ctx);
      let error: unknown = null;
      p.catch((e: unknown) => {
        error = e;
      });
      await vi.advanceTimersByTimeAsync(150);
      h.controller.abort();
      await vi.runAllTimersAsync();
      expect(isAbort(error)).toBe(true);
    },
  );
});

describe('measureIo', () => {
  it('repeats, verifies each repetition against the log, and reports latency and the ideal bound', async () => {
    const h = harness(server0);
    const setup = setupOf({ items: 20, concurrency: 5, repetitions: 3 });
    const model = h.model;
    const p = measureIo({
      strategy: getIoStrategy('async'),
      setup,
      server: {
        reset: async (c) => model.reset(c),
        log: async () => model.log(),
      },
      ctx: h.ctx,
      onProgress: () => {},
      betweenRepetitions: async () => {},
    });
    let result: Awaited<typeof p> | null = null;
    p.then((r) => {
      result = r;
    });
    await vi.runAllTimersAsync();
    const r = result as unknown as Awaited<typeof p>;
    expect(r.verified).toBe(true);
    expect(r.samples).toEqual([400, 400, 400]);
    expect(r.idealMs).toBe(400);
    expect(r.idealFormula).toBe('⌈n/min(k, cap)⌉·L');
    expect(r.latency.mean).toBe(100);
    expect(r.serverLatency.max).toBe(100);
    expect(r.log).toHaveLength(20);
  });
});

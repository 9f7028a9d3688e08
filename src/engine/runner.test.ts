import { describe, expect, it } from 'vitest';
import { fingerprint } from './fingerprint';
import { type MeasureRequest, measure, type RunProgress } from './runner';
import { mainThreadStrategy } from './strategies/main-thread';
import { mainYieldingStrategy } from './strategies/main-yielding';
import type { Fault, Job, RunContext, Strategy, StrategySettings } from './types';
import { getWorkload } from './workloads';
import { fibIterative } from './workloads/fibonacci';

const SETTINGS: StrategySettings = { workers: 1, chunkSize: 0, order: 'submission', yieldIntervalMs: 50 };

function ctx(signal: AbortSignal = new AbortController().signal): Omit<RunContext, 'onProgress'> {
  return {
    signal,
    now: () => performance.now(),
    pageTimeOrigin: performance.timeOrigin,
    yieldToMain: () => new Promise((r) => setTimeout(r, 0)),
    pool: null,
    crossOriginIsolated: false,
  };
}

const fibJob = (fault: Fault | null = null): Job => ({
  workload: 'fibonacci',
  params: { first: 10, step: 1, count: 8 },
  fault,
});

function request(strategy: Strategy, job: Job, over: Partial<MeasureRequest> = {}): MeasureRequest {
  return {
    strategy,
    job,
    settings: SETTINGS,
    repetitions: 3,
    ctx: ctx(),
    onProgress: () => {},
    betweenRepetitions: () => Promise.resolve(),
    ...over,
  };
}

describe.each([
  ['main-thread', mainThreadStrategy],
  ['main-yielding', mainYieldingStrategy],
] as const)('measure() with %s', (_id, strategy) => {
  it('returns one sample per repetition, verified, with the fingerprint of the results', async () => {
    const job = fibJob();
    const r = await measure(request(strategy, job, { repetitions: 4 }));
    expect(r.samples).toHaveLength(4);
    for (const s of r.samples) expect(s).toBeGreaterThanOrEqual(0);
    expect(r.min).toBeLessThanOrEqual(r.median);
    expect(r.median).toBeLessThanOrEqual(r.max);
    expect(r.verified).toBe(true);
    const want = [10, 11, 12, 13, 14, 15, 16, 17].map(fibIterative);
    expect([...r.last.results]).toEqual(want);
    expect(r.answer).toBe(want.reduce((a, b) => a + b, 0));
    expect(r.fingerprint).toBe(fingerprint(new Float64Array(want)));
    expect(r.strategy).toBe(strategy.id);
    expect(r.workload).toBe('fibonacci');
    expect(r.workers).toBe(1);
    expect([...r.last.lanes]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect([...r.last.deliveryOrder]).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('records task times in order on the page clock, inside the repetition', async () => {
    const before = performance.now();
    const r = await measure(request(strategy, fibJob()));
    const { starts, ends } = r.last;
    expect(r.lastStartedAt).toBeGreaterThanOrEqual(before);
    for (let i = 0; i < starts.length; i++) {
      expect(starts[i]).toBeGreaterThanOrEqual(r.lastStartedAt);
      expect(ends[i]).toBeGreaterThanOrEqual(starts[i] as number);
      if (i > 0) expect(starts[i]).toBeGreaterThanOrEqual(ends[i - 1] as number);
    }
  });

  it('reports progress up to the total of warm-up plus repetitions', async () => {
    const seen: RunProgress[] = [];
    await measure(request(strategy, fibJob(), { repetitions: 2, onProgress: (p) => seen.push(p) }));
    const last = seen.at(-1);
    expect(last).toEqual({ done: 24, total: 24, repetition: 2 });
    expect(seen.map((p) => p.repetition)).toContain(0);
    for (let k = 1; k < seen.length; k++) {
      expect((seen[k] as RunProgress).done).toBeGreaterThanOrEqual((seen[k - 1] as RunProgress).done);
    }
  });

  it('pauses between repetitions: once after the warm-up and once after each timed run', async () => {
    let pauses = 0;
    await measure(
      request(strategy, fibJob(), {
        repetitions: 3,
        betweenRepetitions: async () => {
          pauses++;
        },
      }),
    );
    expect(pauses).toBe(4);
  });

  it('rejects with TaskFailedError naming task 2 when task 2 throws', async () => {
    const p = measure(request(strategy, fibJob({ task: 2, kind: 'throw' })));
    await expect(p).rejects.toMatchObject({
      name: 'TaskFailedError',
      message: expect.stringContaining('Task 2'),
    });
  });

  it('turns an injected crash into a TaskFailedError (the page cannot die)', async () => {
    const p = measure(request(strategy, fibJob({ task: 5, kind: 'crash' })));
    await expect(p).rejects.toMatchObject({
      name: 'TaskFailedError',
      message: expect.stringContaining('Task 5'),
    });
  });

  it('rejects with AbortError when the signal has already aborted', async () => {
    const ac = new AbortController();
    ac.abort();
    let ran = false;
    const p = measure(
      request(strategy, fibJob(), {
        ctx: ctx(ac.signal),
        onProgress: () => {
          ran = true;
        },
      }),
    );
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    expect(ran).toBe(false);
  });

  it('stops between repetitions when the signal aborts', async () => {
    const ac = new AbortController();
    let runs = 0;
    const p = measure(
      request(strategy, fibJob(), {
        ctx: ctx(ac.signal),
        repetitions: 5,
        betweenRepetitions: async () => {
          runs++;
          if (runs === 2) ac.abort();
        },
      }),
    );
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    expect(runs).toBe(2);
  });
});

describe('the yielding strategy', () => {
  it('yields between tasks when the interval is 0 ms, and still gets the right answer', async () => {
    let yields = 0;
    const base = ctx();
    const r = await measure(
      request(mainYieldingStrategy, fibJob(), {
        settings: { ...SETTINGS, yieldIntervalMs: 0 },
        ctx: {
          ...base,
          yieldToMain: () => {
            yields++;
            return base.yieldToMain();
          },
        },
        repetitions: 1,
      }),
    );
    expect(r.yields).toBeGreaterThan(0);
    expect(r.yields).toBe(7); // after every task but the last
    expect(yields).toBe(14); // warm-up + one repetition
    expect(r.verified).toBe(true);
  });

  it('does not yield when the interval is longer than the whole job', async () => {
    const r = await measure(
      request(mainYieldingStrategy, fibJob(), { settings: { ...SETTINGS, yieldIntervalMs: 1000 } }),
    );
    expect(r.yields).toBe(0);
  });

  it('stops at the next yield when the signal aborts mid-repetition', async () => {
    const ac = new AbortController();
    let tasksSeen = 0;
    const p = measure(
      request(mainYieldingStrategy, fibJob(), {
        settings: { ...SETTINGS, yieldIntervalMs: 0 },
        ctx: ctx(ac.signal),
        onProgress: (pr) => {
          tasksSeen = pr.done;
          if (pr.done >= 3) ac.abort();
        },
      }),
    );
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    expect(tasksSeen).toBe(3);
  });

  it('gives the same fingerprint as the plain loop', async () => {
    const job: Job = { workload: 'prime-count', params: { limit: 20_000, ranges: 9 }, fault: null };
    const a = await measure(request(mainThreadStrategy, job));
    const b = await measure(
      request(mainYieldingStrategy, job, { settings: { ...SETTINGS, yieldIntervalMs: 0 } }),
    );
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(a.answer).toBe(2262);
  });
});

describe('measure() verification', () => {
  /** A strategy that runs the plain loop, then lets a test tamper with the output. */
  const tampering = (tamper: (results: Float64Array, call: number) => void): Strategy => {
    let call = 0;
    return {
      ...mainThreadStrategy,
      async run(job, settings, c) {
        const out = await mainThreadStrategy.run(job, settings, c);
        tamper(out.results, call++);
        return out;
      },
    };
  };

  it('rejects with VerificationError when a strategy computes a wrong answer', async () => {
    const s = tampering((r) => {
      r[0] = 12345;
    });
    await expect(measure(request(s, fibJob()))).rejects.toMatchObject({ name: 'VerificationError' });
  });

  it('rejects with VerificationError when two repetitions differ', async () => {
    // Mandelbrot verification spot-checks rows; with 20 rows, row 1 is not among them, so a
    // changed in-range count there passes verify() and only the fingerprint comparison catches it.
    const job: Job = { workload: 'mandelbrot', params: { width: 8, height: 20, maxIter: 20 }, fault: null };
    const w = getWorkload('mandelbrot');
    const s = tampering((r, call) => {
      if (call === 2) r[8 + 3] = (r[8 + 3] ?? 0) === 0 ? 1 : 0;
    });
    const clean = await mainThreadStrategy.run(job, SETTINGS, { ...ctx(), onProgress: () => {} });
    const bad = clean.results.slice();
    bad[8 + 3] = (bad[8 + 3] ?? 0) === 0 ? 1 : 0;
    expect(w.verify(job.params, bad).ok).toBe(true); // the premise of this test
    await expect(measure(request(s, job))).rejects.toMatchObject({
      name: 'VerificationError',
      message: expect.stringContaining('different results in two repetitions'),
    });
  });
});

import { describe, expect, it } from 'vitest';
import { checkSetup, isRunnable, type Setup } from '../engine/setup';
import { STRATEGIES } from '../engine/strategies';
import { defaultParams, WORKLOADS } from '../engine/workloads';
import { queryToRawSetup, setupToQuery } from './setup-query';

const CORES = 4;

/** Query → untrusted RawSetup → checked setup, the way a page load reads a link. */
function roundTrip(setup: Setup) {
  const raw = queryToRawSetup(setupToQuery(setup));
  if (raw === null) throw new Error('the query named no setup');
  return checkSetup(raw, CORES);
}

/** A setup with non-default values everywhere, for workload `i`. */
function unusualSetup(i: number): Setup {
  const w = WORKLOADS[i];
  if (w === undefined) throw new Error('no such workload');
  // min + 1 is valid for every parameter and never a default, and passes every cross check.
  const params = Object.fromEntries(w.params.map((s) => [s.key, Math.min(s.max, s.min + 1)]));
  return {
    workload: w.id,
    params,
    strategy: STRATEGIES[i % STRATEGIES.length]?.id ?? 'main-thread',
    workers: 3,
    chunkSize: 7,
    order: 'completion',
    yieldIntervalMs: 12,
    repetitions: 5,
    fault: null,
  };
}

describe('setup query round trip', () => {
  it.each(WORKLOADS.map((w, i) => [w.id, i] as const))('%s: non-default setup comes back equal', (_id, i) => {
    const setup = unusualSetup(i);
    const c = roundTrip(setup);
    expect(c.setup).toEqual(setup);
    expect(isRunnable(c)).toBe(true);
  });

  it.each(WORKLOADS.map((w) => [w.id, w] as const))('%s: default setup comes back equal', (_id, w) => {
    const setup = checkSetup({ workload: w.id }, CORES).setup;
    expect(setup.params).toEqual(defaultParams(w));
    expect(roundTrip(setup).setup).toEqual(setup);
  });

  it.each(['throw', 'crash'] as const)('keeps a %s fault', (kind) => {
    const setup: Setup = { ...unusualSetup(1), fault: { task: 1, kind } };
    const c = roundTrip(setup);
    expect(c.setup.fault).toEqual({ task: 1, kind });
    expect(c.setup).toEqual(setup);
    expect(isRunnable(c)).toBe(true);
  });

  it('writes a readable, hand-editable query with every parameter', () => {
    const q = new URLSearchParams(setupToQuery(unusualSetup(1)));
    expect(q.get('workload')).toBe('fibonacci');
    expect(q.get('first')).toBe('2');
    expect(q.get('step')).toBe('1');
    expect(q.get('count')).toBe('2');
    expect(q.get('workers')).toBe('3');
    expect(q.get('order')).toBe('completion');
    expect(q.has('fail')).toBe(false);
  });
});

describe('tampered queries', () => {
  it('clamps out-of-range numbers and reports them', () => {
    const raw = queryToRawSetup(
      'workload=heavy-loop&n=-5&tasks=abc&workers=999&repetitions=0&strategy=main-thread',
    );
    expect(raw).not.toBeNull();
    const c = checkSetup(raw ?? {}, CORES);
    expect(c.setup.workload).toBe('heavy-loop');
    expect(c.setup.params).toEqual({ tasks: 16, n: 1 });
    expect(c.setup.workers).toBe(2 * CORES);
    expect(c.setup.repetitions).toBe(1);
    expect(Object.keys(c.fieldProblems).sort()).toEqual([
      'params.n',
      'params.tasks',
      'repetitions',
      'workers',
    ]);
    expect(isRunnable(c)).toBe(false);
  });

  it('replaces an unknown workload with the default and reports it', () => {
    const raw = queryToRawSetup('?workload=evil&n=-5&workers=999&strategy=worker-pool');
    const c = checkSetup(raw ?? {}, CORES);
    expect(c.setup.workload).toBe('heavy-loop');
    expect(c.setup.workers).toBe(2 * CORES);
    expect(c.problems).toEqual([expect.stringContaining('"evil"')]);
    expect(c.fieldProblems.workers).toBeDefined();
  });

  it('reports unknown strategy, order and a fail task past the last task', () => {
    const raw = queryToRawSetup(
      'workload=fibonacci&count=5&strategy=gpu&order=sideways&fail=5&failKind=crash',
    );
    const c = checkSetup(raw ?? {}, CORES);
    expect(c.setup.strategy).toBe('worker-pool');
    expect(c.setup.order).toBe('submission');
    expect(c.setup.fault).toBeNull();
    expect(c.problems).toHaveLength(2);
    expect(c.fieldProblems.failTask).toMatch(/at most 4/);
  });

  it('reports a cross-parameter violation written into the link', () => {
    const c = checkSetup(queryToRawSetup('workload=mandelbrot&width=4096&height=4096') ?? {}, CORES);
    expect(c.setup.params).toMatchObject({ width: 4096, height: 4096 });
    expect(c.problems).toEqual([expect.stringMatching(/megapixels/)]);
  });

  it('ignores parameters of other workloads', () => {
    const raw = queryToRawSetup('workload=fibonacci&n=5&limit=9');
    expect(raw?.params).toEqual({});
  });

  it('returns null for a query that names neither workload nor strategy', () => {
    expect(queryToRawSetup('')).toBeNull();
    expect(queryToRawSetup('?')).toBeNull();
    expect(queryToRawSetup('utm_source=mail&n=5&workers=2')).toBeNull();
  });

  it('reads a query that names only a strategy', () => {
    const raw = queryToRawSetup('strategy=main-yielding');
    expect(raw).not.toBeNull();
    const c = checkSetup(raw ?? {}, CORES);
    expect(c.setup.strategy).toBe('main-yielding');
    expect(c.setup.workload).toBe('heavy-loop');
    expect(isRunnable(c)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import {
  type CheckedSetup,
  checkSetup,
  DEFAULT_STRATEGY,
  DEFAULT_WORKLOAD,
  failTaskSpec,
  isRunnable,
  problemKey,
  type RawSetup,
  type Setup,
  settingSpecs,
} from './setup';
import { STRATEGIES } from './strategies';
import { getWorkload, WORKLOADS } from './workloads';

/** A setup as a RawSetup again (what a form holding a valid setup would submit). */
function toRaw(s: Setup): RawSetup {
  return {
    workload: s.workload,
    params: s.params,
    strategy: s.strategy,
    workers: s.workers,
    chunkSize: s.chunkSize,
    order: s.order,
    yieldIntervalMs: s.yieldIntervalMs,
    repetitions: s.repetitions,
    failTask: s.fault?.task,
    failKind: s.fault?.kind,
  };
}

/** Asserts every field of a checked setup lies inside the limits the UI enforces. */
function expectWithinLimits(c: CheckedSetup, cores: number): void {
  const s = c.setup;
  const w = getWorkload(s.workload);
  expect(WORKLOADS.map((x) => x.id)).toContain(s.workload);
  expect(STRATEGIES.map((x) => x.id)).toContain(s.strategy);
  expect(Object.keys(s.params).sort()).toEqual(w.params.map((p) => p.key).sort());
  for (const spec of w.params) {
    const v = s.params[spec.key] as number;
    expect(Number.isInteger(v), `${spec.key} = ${v}`).toBe(true);
    expect(v).toBeGreaterThanOrEqual(spec.min);
    expect(v).toBeLessThanOrEqual(spec.max);
  }
  const specs = settingSpecs(cores);
  for (const key of ['workers', 'chunkSize', 'yieldIntervalMs', 'repetitions'] as const) {
    const v = s[key];
    expect(Number.isInteger(v), `${key} = ${v}`).toBe(true);
    expect(v).toBeGreaterThanOrEqual(specs[key].min);
    expect(v).toBeLessThanOrEqual(specs[key].max);
  }
  expect(s.workers).toBeLessThanOrEqual(2 * Math.max(1, cores));
  expect(['submission', 'completion']).toContain(s.order);
  if (s.fault !== null) {
    expect(Number.isInteger(s.fault.task)).toBe(true);
    expect(s.fault.task).toBeGreaterThanOrEqual(0);
    expect(s.fault.task).toBeLessThan(w.taskCount(s.params));
    expect(['throw', 'crash']).toContain(s.fault.kind);
  }
  // Cross-parameter violations are not silently clamped, so they must be reported.
  if (w.crossCheck(s.params).length > 0) expect(c.problems.length).toBeGreaterThan(0);
}

describe('checkSetup defaults', () => {
  it('fills every field from defaults when nothing is given, and reports nothing', () => {
    const c = checkSetup({}, 4);
    expect(c.setup).toEqual({
      workload: DEFAULT_WORKLOAD,
      params: { tasks: 16, n: 20_000_000 },
      strategy: DEFAULT_STRATEGY,
      workers: 4,
      chunkSize: 0,
      order: 'submission',
      yieldIntervalMs: 50,
      repetitions: 3,
      fault: null,
    });
    expect(c.problems).toEqual([]);
    expect(c.fieldProblems).toEqual({});
    expect(isRunnable(c)).toBe(true);
  });

  it('treats empty strings for settings as "use the default"', () => {
    const c = checkSetup(
      { workers: '', chunkSize: '', repetitions: '', yieldIntervalMs: '', failTask: '' },
      2,
    );
    expect(c.setup.workers).toBe(2);
    expect(c.setup.repetitions).toBe(3);
    expect(c.setup.fault).toBeNull();
    expect(isRunnable(c)).toBe(true);
  });
});

describe('checkSetup of unknown names', () => {
  it('replaces an unknown workload with the default and says so', () => {
    const c = checkSetup({ workload: 'evil', params: { n: 5 } }, 2);
    expect(c.setup.workload).toBe(DEFAULT_WORKLOAD);
    expect(c.problems).toEqual([expect.stringContaining('Unknown workload "evil"')]);
    expect(c.setup.params.n).toBe(5); // params are checked against the workload actually used
    expect(isRunnable(c)).toBe(false);
  });

  it('replaces an unknown strategy with the default and says so', () => {
    const c = checkSetup({ workload: 'fibonacci', strategy: 'threads-go-brrr' }, 2);
    expect(c.setup.strategy).toBe(DEFAULT_STRATEGY);
    expect(c.setup.workload).toBe('fibonacci');
    expect(c.problems).toEqual([expect.stringContaining('Unknown strategy "threads-go-brrr"')]);
  });

  it('replaces an unknown result order with submission order and says so', () => {
    const c = checkSetup({ order: 'random' }, 2);
    expect(c.setup.order).toBe('submission');
    expect(c.problems).toEqual([expect.stringContaining('"random"')]);
    expect(checkSetup({ order: 'completion' }, 2).setup.order).toBe('completion');
  });

  it('reports a workload, strategy or order given as a hostile JSON object instead of throwing', () => {
    const hostile: unknown = JSON.parse('{"toString": 1}');
    const c = checkSetup({ workload: hostile, strategy: hostile, order: hostile }, 2);
    expect(c.setup.workload).toBe(DEFAULT_WORKLOAD);
    expect(c.setup.strategy).toBe(DEFAULT_STRATEGY);
    expect(c.setup.order).toBe('submission');
    expect(c.problems).toHaveLength(3);
  });

  it('accepts every registered workload and strategy by id', () => {
    for (const w of WORKLOADS) {
      for (const s of STRATEGIES) {
        const c = checkSetup({ workload: w.id, strategy: s.id }, 2);
        expect(c.setup.workload).toBe(w.id);
        expect(c.setup.strategy).toBe(s.id);
        expect(c.problems).toEqual([]);
      }
    }
  });
});

describe('checkSetup problems as data', () => {
  it('gives every problem as an issue with the same English, and says which field each is about', () => {
    const c = checkSetup(
      {
        workload: 'fibonacci',
        params: { first: 40, step: 1, count: 'x' },
        strategy: 'nope',
        order: 'sideways',
        workers: 99,
        failTask: 500,
      },
      2,
    );
    expect(c.issues.map((i) => i.text)).toEqual(c.problems);
    expect(c.issues.map((i) => i.code)).toEqual([
      'setup.cross',
      'setup.unknownStrategy',
      'setup.unknownOrder',
    ]);
    expect(Object.keys(c.fieldIssues).sort()).toEqual(Object.keys(c.fieldProblems).sort());
    for (const [field, i] of Object.entries(c.fieldIssues)) {
      expect(i.text).toBe(c.fieldProblems[field]);
      expect(i.vars).toMatchObject({ field, workload: 'fibonacci' });
    }
    expect(c.fieldIssues['params.count']?.code).toBe('value.notNumber');
    expect(c.fieldIssues.workers?.code).toBe('value.tooHigh');
    expect(c.fieldIssues.failTask?.code).toBe('value.tooHigh');
  });

  it('names the fallback workload of an unknown one by id', () => {
    const c = checkSetup({ workload: 'evil' }, 2);
    expect(c.issues).toEqual([
      expect.objectContaining({
        code: 'setup.unknownWorkload',
        vars: { input: 'evil', fallback: DEFAULT_WORKLOAD },
      }),
    ]);
  });
});

describe('checkSetup worker limits', () => {
  it('allows 1 to 2 × cores workers', () => {
    expect(checkSetup({ workers: 1 }, 4).setup.workers).toBe(1);
    expect(checkSetup({ workers: 8 }, 4).setup.workers).toBe(8);
    expect(checkSetup({ workers: '8' }, 4).fieldProblems).toEqual({});
  });

  it('clamps 0 workers up to 1 and more than 2 × cores down, reporting the field', () => {
    const low = checkSetup({ workers: 0 }, 4);
    expect(low.setup.workers).toBe(1);
    expect(low.fieldProblems.workers).toMatch(/at least 1/);
    const high = checkSetup({ workers: 9 }, 4);
    expect(high.setup.workers).toBe(8);
    expect(high.fieldProblems.workers).toMatch(/at most 8/);
  });

  it('treats a machine reporting 0 cores as 1 core', () => {
    const c = checkSetup({ workers: 5 }, 0);
    expect(c.setup.workers).toBe(2);
    expect(settingSpecs(0).workers.default).toBe(1);
  });

  it('reports bad parameters under params.<key>', () => {
    const c = checkSetup({ workload: 'heavy-loop', params: { n: -5, tasks: 'x' } }, 2);
    expect(c.setup.params).toEqual({ tasks: 16, n: 1 });
    expect(Object.keys(c.fieldProblems).sort()).toEqual(['params.n', 'params.tasks']);
  });

  it('reports cross-parameter problems without clamping them away', () => {
    const c = checkSetup({ workload: 'fibonacci', params: { first: 40, step: 1, count: 5 } }, 2);
    expect(c.setup.params).toEqual({ first: 40, step: 1, count: 5 });
    expect(c.problems).toEqual([expect.stringContaining('fib(44)')]);
    expect(isRunnable(c)).toBe(false);
  });
});

describe('checkSetup fault injection', () => {
  it('makes a throw fault by default and a crash fault when asked', () => {
    expect(checkSetup({ workload: 'fibonacci', failTask: 3 }, 2).setup.fault).toEqual({
      task: 3,
      kind: 'throw',
    });
    expect(checkSetup({ workload: 'fibonacci', failTask: '3', failKind: 'crash' }, 2).setup.fault).toEqual({
      task: 3,
      kind: 'crash',
    });
    expect(checkSetup({ workload: 'fibonacci', failTask: 3, failKind: 'explode' }, 2).setup.fault).toEqual({
      task: 3,
      kind: 'throw',
    });
  });

  it('reports a fail task outside the task range and injects no fault', () => {
    // fibonacci default: 10 tasks, so 0…9 are valid.
    expect(checkSetup({ workload: 'fibonacci', failTask: 9 }, 2).setup.fault).toEqual({
      task: 9,
      kind: 'throw',
    });
    for (const bad of [10, -1, 2.5, 'abc', 1e9]) {
      const c = checkSetup({ workload: 'fibonacci', failTask: bad }, 2);
      expect(c.setup.fault, String(bad)).toBeNull();
      expect(c.fieldProblems.failTask, String(bad)).toBeDefined();
      expect(isRunnable(c)).toBe(false);
    }
  });

  it('judges the fail task against the clamped task count', () => {
    const c = checkSetup({ workload: 'fibonacci', params: { count: 4 }, failTask: 4 }, 2);
    expect(c.setup.fault).toBeNull();
    expect(c.fieldProblems.failTask).toMatch(/at most 3/);
    expect(failTaskSpec(4).max).toBe(3);
    expect(failTaskSpec(0).max).toBe(0);
  });

  it('treats null and undefined fail tasks as no fault', () => {
    expect(checkSetup({ failTask: null }, 2).setup.fault).toBeNull();
    expect(checkSetup({ failTask: undefined }, 2).setup.fault).toBeNull();
    expect(checkSetup({ failTask: null }, 2).fieldProblems).toEqual({});
  });
});

describe('checkSetup on a valid setup', () => {
  it('is idempotent: checking a checked setup again changes nothing', () => {
    const first = checkSetup(
      {
        workload: 'mandelbrot',
        params: { width: 100, height: 50 },
        strategy: 'shared-memory',
        workers: 3,
        failTask: 7,
      },
      2,
    );
    expect(isRunnable(first)).toBe(true);
    const again = checkSetup(toRaw(first.setup), 2);
    expect(again.setup).toEqual(first.setup);
    expect(isRunnable(again)).toBe(true);
  });
});

describe('problemKey', () => {
  it('is the same for two strategies on the same job and differs when the job differs', () => {
    const a = checkSetup({ workload: 'fibonacci', strategy: 'main-thread' }, 2).setup;
    const b = checkSetup({ workload: 'fibonacci', strategy: 'worker-pool', workers: 3 }, 2).setup;
    const c = checkSetup({ workload: 'fibonacci', params: { count: 9 } }, 2).setup;
    const d = checkSetup({ workload: 'fibonacci', failTask: 1 }, 2).setup;
    expect(problemKey(a)).toBe(problemKey(b));
    expect(problemKey(a)).not.toBe(problemKey(c));
    expect(problemKey(a)).not.toBe(problemKey(d));
  });
});

// A small seeded PRNG (mulberry32) so a failure reproduces.
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GARBAGE: readonly unknown[] = [
  undefined,
  null,
  true,
  false,
  0,
  -0,
  -1,
  1,
  2.5,
  -1e308,
  1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_VALUE,
  '',
  ' ',
  'abc',
  '1,000',
  '1_000_000',
  '-5',
  '3.7',
  '1e400',
  '0x10',
  'NaN',
  'heavy-loop',
  'fibonacci',
  'mandelbrot',
  'worker-pool',
  'shared-memory',
  'completion',
  'crash',
  '__proto__',
  'constructor',
  'toString',
  '<script>alert(1)</script>',
  'x'.repeat(10_000),
  {},
  [],
  [1, 2, 3],
  { n: 5 },
  { toString: 'nope' },
  // What JSON.parse makes of hostile files: an object whose toString is not a function.
  JSON.parse('{"toString": 1, "valueOf": 2}'),
  Object.create(null),
  Symbol('garbage'),
  10n,
];

function pick(r: () => number): unknown {
  const roll = r();
  if (roll < 0.2) return (r() - 0.5) * 10 ** Math.floor(r() * 20); // any magnitude, decimals
  if (roll < 0.3) return Math.floor((r() - 0.3) * 100); // plausible small integers
  if (roll < 0.35) return String(Math.floor(r() * 1e7)); // numeric strings
  return GARBAGE[Math.floor(r() * GARBAGE.length)];
}

function randomRaw(r: () => number): RawSetup {
  const params: Record<string, unknown> = {};
  for (const key of [
    'tasks',
    'n',
    'first',
    'step',
    'count',
    'limit',
    'ranges',
    'width',
    'height',
    'maxIter',
  ]) {
    if (r() < 0.6) params[key] = pick(r);
  }
  const maybe = (v: unknown) => (r() < 0.8 ? v : undefined);
  return {
    workload: maybe(r() < 0.5 ? WORKLOADS[Math.floor(r() * WORKLOADS.length)]?.id : pick(r)),
    // Sometimes the params themselves are garbage (a number, null, a string).
    params: (r() < 0.85 ? params : pick(r)) as RawSetup['params'],
    strategy: maybe(r() < 0.5 ? STRATEGIES[Math.floor(r() * STRATEGIES.length)]?.id : pick(r)),
    workers: maybe(pick(r)),
    chunkSize: maybe(pick(r)),
    order: maybe(r() < 0.3 ? 'completion' : pick(r)),
    yieldIntervalMs: maybe(pick(r)),
    repetitions: maybe(pick(r)),
    failTask: maybe(pick(r)),
    failKind: maybe(r() < 0.3 ? 'crash' : pick(r)),
  };
}

describe('checkSetup on garbage', () => {
  it('never throws and always returns a setup inside the limits (500 random raw setups)', () => {
    const r = rng(20_240_601);
    for (let k = 0; k < 500; k++) {
      const raw = randomRaw(r);
      const cores = [1, 2, 3, 8, 64][k % 5] as number;
      let c: CheckedSetup | undefined;
      expect(() => {
        c = checkSetup(raw, cores);
      }, `case ${k}`).not.toThrow();
      if (c === undefined) throw new Error('unreachable');
      expectWithinLimits(c, cores);
      // A checked setup is plain data that survives JSON and checks again to itself.
      expect(JSON.parse(JSON.stringify(c.setup))).toEqual(c.setup);
      expect(checkSetup(toRaw(c.setup), cores).setup).toEqual(c.setup);
    }
  });

  it('never throws when every field is the same garbage value', () => {
    for (const g of GARBAGE) {
      const raw = {
        workload: g,
        params: { n: g, tasks: g, first: g, count: g, width: g },
        strategy: g,
        workers: g,
        chunkSize: g,
        order: g,
        yieldIntervalMs: g,
        repetitions: g,
        failTask: g,
        failKind: g,
      };
      expect(() => checkSetup(raw, 2), String(typeof g)).not.toThrow();
      expectWithinLimits(checkSetup(raw, 2), 2);
    }
  });

  it('clamps huge values to the maximum rather than the default', () => {
    const c = checkSetup(
      { workers: 1e308, repetitions: '999999999', chunkSize: 1e300, yieldIntervalMs: 1e9 },
      2,
    );
    expect(c.setup.workers).toBe(4);
    expect(c.setup.repetitions).toBe(20);
    expect(c.setup.chunkSize).toBe(100_000);
    expect(c.setup.yieldIntervalMs).toBe(1000);
    expect(Object.keys(c.fieldProblems).sort()).toEqual([
      'chunkSize',
      'repetitions',
      'workers',
      'yieldIntervalMs',
    ]);
  });
});

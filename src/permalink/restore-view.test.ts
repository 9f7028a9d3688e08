import { describe, expect, it } from 'vitest';
import { checkSetup, isRunnable } from '../engine/setup';
import { MAX_CORES, restoreView } from './restore-view';
import { MAX_SAMPLES, type SharedView } from './share-view';

// restoreView() takes anything shaped like a SharedView. These tests feed it the shape by hand.

const GOOD = {
  version: 1,
  setup: {
    workload: 'fibonacci',
    params: { first: 20, step: 2, count: 10 },
    strategy: 'worker-pool',
    workers: 2,
    chunkSize: 0,
    order: 'submission',
    yieldIntervalMs: 50,
    repetitions: 3,
    fault: null,
  },
  env: {
    cores: 2,
    crossOriginIsolated: true,
    timerResolutionMs: 0.005,
    browser: 'Chrome 156',
    date: '2026-11-22T02:30:00.000Z',
  },
  results: [
    {
      strategy: 'main-thread',
      workers: 1,
      chunkSize: 1,
      samples: [401.2, 398.7, 402.9],
      median: 401.2,
      min: 398.7,
      max: 402.9,
      verified: true,
      fingerprint: '4e35f04d',
      answerText: '63,245,986',
      responsiveness: {
        longestFrameMs: 412.6,
        frames: 9,
        framesOver50: 4,
        totalBlockedMs: 1188.1,
        longTasks: 4,
        longestTaskMs: 415,
      },
      lanes: { durationMs: 401.2, bins: 4, busy: [[15, 15, 15, 14]] },
    },
  ],
  downsampled: false,
};

type Raw = Record<string, unknown>;
const clone = (): Raw => structuredClone(GOOD) as Raw;
const result0 = (raw: Raw) => (raw.results as Raw[])[0] as Raw;

function ok(raw: unknown, cores = 2): { view: SharedView; adjustments: readonly string[] } {
  const out = restoreView(raw, cores);
  if (!out.ok) throw new Error(`${out.code}: ${out.detail}`);
  return out;
}

describe('restoreView', () => {
  it('passes a valid view through unchanged, with no adjustments', () => {
    const { view, adjustments } = ok(GOOD);
    expect(adjustments).toEqual([]);
    expect(view).toEqual(GOOD);
  });

  it('sends the setup through checkSetup on this machine, so a 16-core link is clamped on 2 cores', () => {
    const raw = clone();
    (raw.setup as Raw).workers = 32;
    (raw.env as Raw).cores = 16;
    const { view, adjustments } = ok(raw, 2);
    expect(view.setup.workers).toBe(4);
    expect(adjustments).toContain('Workers must be at most 4.');
    expect(isRunnable(checkSetup({ ...view.setup, failTask: undefined }, 2))).toBe(true);
  });

  it('clamps parameters into the UI limits and says so', () => {
    const raw = clone();
    (raw.setup as Raw).params = { first: 1e12, step: -3, count: '7' };
    const { view, adjustments } = ok(raw);
    expect(view.setup.params).toEqual({ first: 42, step: 0, count: 7 });
    expect(adjustments).toContain('First n must be at most 42.');
    expect(adjustments).toContain('Step must be at least 0.');
  });

  it('uses the workload’s defaults when clamped parameters break a cross-parameter rule', () => {
    const raw = clone();
    (raw.setup as Raw).params = { first: 1e12, step: 3, count: 7 };
    const { view, adjustments } = ok(raw);
    expect(view.setup.params).toEqual({ first: 20, step: 2, count: 10 });
    expect(adjustments.join(' ')).toMatch(/fib\(60\).*Using Fibonacci's default parameters instead/);
  });

  it('keeps parameters that pass every rule', () => {
    const raw = clone();
    (raw.setup as Raw).params = { first: 25, step: 1, count: 4 };
    expect(ok(raw).view.setup.params).toEqual({ first: 25, step: 1, count: 4 });
  });

  it('refuses an unknown workload rather than showing its results under another', () => {
    const raw = clone();
    (raw.setup as Raw).workload = 'matrix-multiply';
    const out = restoreView(raw, 2);
    expect(out).toMatchObject({ ok: false, code: 'invalid' });
    if (!out.ok) expect(out.detail).toMatch(/"matrix-multiply" is not one this app knows/);
  });

  it('drops a result of an unknown strategy and says so', () => {
    const raw = clone();
    (raw.results as Raw[]).push({ ...result0(raw), strategy: 'gpu' });
    const { view, adjustments } = ok(raw);
    expect(view.results.map((r) => r.strategy)).toEqual(['main-thread']);
    expect(adjustments).toContain('Result 2: unknown strategy "gpu"; left out.');
  });

  it('keeps one result per strategy, in registry order', () => {
    const raw = clone();
    const r = result0(raw);
    raw.results = [{ ...r, strategy: 'shared-memory', workers: 2 }, r, { ...r, samples: [1] }];
    const { view, adjustments } = ok(raw);
    expect(view.results.map((x) => x.strategy)).toEqual(['main-thread', 'shared-memory']);
    expect(adjustments).toContain('A second result for main-thread was left out.');
  });

  it('recomputes median, min and max from the samples instead of trusting them', () => {
    const raw = clone();
    Object.assign(result0(raw), { samples: [3, 1, 2], median: 999, min: -5, max: 1e9 });
    const r = ok(raw).view.results[0];
    expect([r?.median, r?.min, r?.max]).toEqual([2, 1, 3]);
  });

  it('rounds samples to 0.01 ms and drops unusable ones', () => {
    const raw = clone();
    result0(raw).samples = [1.23456, -1, Number.NaN, 'fast', 2e9, null, 7];
    const { view, adjustments } = ok(raw);
    expect(view.results[0]?.samples).toEqual([1.23, 7]);
    expect(adjustments).toContain('Main thread: 5 unreadable or out-of-range samples left out.');
  });

  it('drops a result with no usable samples', () => {
    const raw = clone();
    result0(raw).samples = ['x'];
    expect(ok(raw).view.results).toEqual([]);
  });

  it('caps samples at the repetition limit', () => {
    const raw = clone();
    result0(raw).samples = Array.from({ length: 500 }, (_, i) => i);
    const { view, adjustments } = ok(raw);
    expect(view.results[0]?.samples).toHaveLength(MAX_SAMPLES);
    expect(adjustments).toContain(`Main thread: only the first ${MAX_SAMPLES} samples are kept.`);
  });

  it('keeps text as short plain text: no controls, no bidi overrides, no broken surrogates', () => {
    const raw = clone();
    (raw.env as Raw).browser =
      '<img src=x onerror=alert(1)>\u202eevil\u0000\ud800 and a very long tail that goes on';
    result0(raw).answerText = '\u2066=HYPERLINK("x")\u2069';
    const { view } = ok(raw);
    expect(view.env.browser).toBe('<img src=x onerror=alert(1)>evil\ufffd and a very long tail that goes');
    expect(view.env.browser).toHaveLength(64);
    expect(view.results[0]?.answerText).toBe('=HYPERLINK("x")');
  });

  it('accepts only 8-hex-digit fingerprints', () => {
    const raw = clone();
    result0(raw).fingerprint = 'DROP TABLE';
    const { view, adjustments } = ok(raw);
    expect(view.results[0]?.fingerprint).toBe('');
    expect(adjustments.join(' ')).toMatch(/fingerprint "DROP TABLE" is not 8 hex digits/);
  });

  it('clamps workers to what the sharer’s cores allow, and the sharer’s cores to a sane range', () => {
    const raw = clone();
    (raw.env as Raw).cores = 1e9;
    result0(raw).workers = 1e9;
    const { view } = ok(raw);
    expect(view.env.cores).toBe(MAX_CORES);
    expect(view.results[0]?.workers).toBe(256);
  });

  it('leaves out a lane summary whose rows do not match its bins, or whose levels are not numbers', () => {
    for (const lanes of [
      { durationMs: 1, bins: 4, busy: [[1, 2, 3]] },
      { durationMs: 1, bins: 4, busy: [[1, 2, 3, 'x']] },
      { durationMs: 1, bins: 4, busy: [] },
      { durationMs: 1, bins: 1e6, busy: [[1]] },
      { durationMs: 'long', bins: 1, busy: [[1]] },
      'lanes',
    ]) {
      const raw = clone();
      result0(raw).lanes = lanes;
      const { view, adjustments } = ok(raw);
      expect(view.results[0]?.lanes).toBeNull();
      expect(adjustments.join(' ')).toMatch(/lane summary left out/);
    }
  });

  it('clamps busy levels into 0..15', () => {
    const raw = clone();
    result0(raw).lanes = { durationMs: 1, bins: 3, busy: [[-4, 99, 7.6]] };
    expect(ok(raw).view.results[0]?.lanes?.busy).toEqual([[0, 15, 8]]);
  });

  it('accepts only ISO dates between 2000 and 2200, at whole seconds', () => {
    const at = (date: unknown) => {
      const raw = clone();
      (raw.env as Raw).date = date;
      return ok(raw).view.env.date;
    };
    expect(at('2026-11-22T02:30:00.789Z')).toBe('2026-11-22T02:30:00.000Z');
    expect(at('1970-01-01T00:00:00Z')).toBe('');
    expect(at('next tuesday')).toBe('');
    expect(at(1795314600)).toBe('');
    expect(at('')).toBe('');
  });

  it('treats "__proto__" and "constructor" keys as data, never as the prototype', () => {
    const text =
      '{"version":1,"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},' +
      '"setup":{"workload":"fibonacci","__proto__":{"workers":99},"params":{"__proto__":{"first":30},"constructor":5}},' +
      '"results":[{"__proto__":{"strategy":"main-thread"},"samples":[1]}]}';
    const { view } = ok(JSON.parse(text));
    expect(({} as Raw).polluted).toBeUndefined();
    expect(view.setup.workers).toBe(2); // the default for 2 cores, not 99
    expect(view.setup.params.first).toBe(20);
    expect(view.results).toEqual([]); // the strategy was only in __proto__
  });

  it('never throws, even for hostile objects', () => {
    const throwing = {
      version: 1,
      get setup(): unknown {
        throw new Error('boom');
      },
    };
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    for (const raw of [throwing, revoked.proxy, null, undefined, 42, 'x', [], () => 1, Symbol('s')]) {
      const out = restoreView(raw, 2);
      expect(out.ok).toBe(false);
      if (!out.ok) expect(out.code).toBe('invalid');
    }
  });

  it('says which version it reads', () => {
    expect(restoreView({ ...GOOD, version: 2 }, 2)).toMatchObject({ ok: false, code: 'future-version' });
    expect(restoreView({ ...GOOD, version: 0 }, 2)).toMatchObject({ ok: false, code: 'wrong-version' });
    expect(restoreView({ ...GOOD, version: '1' }, 2)).toMatchObject({ ok: false, code: 'wrong-version' });
  });

  it('reads a fault, and says so when its kind is unknown', () => {
    const raw = clone();
    (raw.setup as Raw).fault = { task: 3, kind: 'explode' };
    const { view, adjustments } = ok(raw);
    expect(view.setup.fault).toEqual({ task: 3, kind: 'throw' });
    expect(adjustments).toContain('Fault kind "explode" is unknown; using "throw".');
  });

  it('drops a fault on a task the workload does not have', () => {
    const raw = clone();
    (raw.setup as Raw).fault = { task: 10, kind: 'crash' };
    const { view, adjustments } = ok(raw);
    expect(view.setup.fault).toBeNull();
    expect(adjustments.join(' ')).toMatch(/Fail task must be at most 9/);
  });

  it('caps the list of adjustments', () => {
    const raw = clone();
    raw.results = Array.from({ length: 100 }, (_, i) => ({ strategy: `s${i}` }));
    const { adjustments } = ok(raw);
    expect(adjustments.length).toBeLessThanOrEqual(13);
    expect(adjustments.at(-1)).toMatch(/…and \d+ more adjustments/);
  });
});

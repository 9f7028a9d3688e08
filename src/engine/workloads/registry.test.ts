import { describe, expect, it } from 'vitest';
import type { Params, Workload, WorkloadId } from '../types';
import { costHashExpected } from './cost-hash';
import { fibIterative } from './fibonacci';
import { heavyLoopExpected } from './heavy-loop';
import { defaultParams, getWorkload, isWorkloadId, WORKLOADS } from './index';
import { mandelbrotPoint, pixelToComplex } from './mandelbrot';
import { countPrimesSieve } from './prime-count';

/** Small parameters per workload, plus an answer computed without the workload's kernel or verify. */
const CASES: Record<WorkloadId, { params: Params; answer: (p: Params) => number }> = {
  'heavy-loop': {
    params: { tasks: 7, n: 3001 },
    answer: (p) => {
      let s = 0;
      for (let x = 1; x <= (p.tasks ?? 0); x++) s += heavyLoopExpected(x, p.n ?? 0);
      return s;
    },
  },
  fibonacci: {
    params: { first: 3, step: 3, count: 6 }, // fib(3), fib(6), …, fib(18)
    answer: () => 2 + 8 + 34 + 144 + 610 + 2584,
  },
  'prime-count': {
    params: { limit: 1000, ranges: 7 },
    answer: () => 168,
  },
  mandelbrot: {
    params: { width: 12, height: 8, maxIter: 40 },
    answer: (p) => {
      let s = 0;
      for (let r = 0; r < (p.height ?? 0); r++) {
        for (let c = 0; c < (p.width ?? 0); c++) {
          const [cx, cy] = pixelToComplex(p, c, r);
          s += mandelbrotPoint(cx, cy, p.maxIter ?? 0);
        }
      }
      return s;
    },
  },
  'cost-hash': {
    params: { items: 5, difficulty: 1 },
    // The chain's closed form (repeated squaring of its affine step), not the loop.
    answer: (p) => {
      let s = 0;
      for (let i = 0; i < (p.items ?? 0); i++) s += costHashExpected(i, p.difficulty ?? 0);
      return s;
    },
  },
};

/** Runs every task of the workload into one array, the way every strategy lays results out. */
function runAll(w: Workload, p: Params): Float64Array {
  const n = w.taskCount(p);
  const width = w.resultWidth(p);
  const out = new Float64Array(n * width);
  for (let i = 0; i < n; i++) w.kernel(p, i, out, i * width);
  return out;
}

describe('workload registry', () => {
  it('lists every workload id once and finds each by id', () => {
    const ids = WORKLOADS.map((w) => w.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(Object.keys(CASES).sort());
    for (const w of WORKLOADS) {
      expect(isWorkloadId(w.id)).toBe(true);
      expect(getWorkload(w.id)).toBe(w);
    }
  });

  it('rejects ids that are not registered', () => {
    for (const bad of ['evil', '', 'Heavy-Loop', null, undefined, 3, {}, 'constructor', '__proto__']) {
      expect(isWorkloadId(bad)).toBe(false);
    }
    expect(() => getWorkload('evil' as WorkloadId)).toThrow(/Unknown workload "evil"/);
  });
});

describe.each(WORKLOADS.map((w) => [w.id, w] as const))('workload %s', (_id, w) => {
  const c = CASES[w.id];

  it('has defaults inside its own limits that pass its cross-parameter checks', () => {
    for (const spec of w.params) {
      expect(spec.default).toBeGreaterThanOrEqual(spec.min);
      expect(spec.default).toBeLessThanOrEqual(spec.max);
      expect(spec.min).toBeLessThanOrEqual(spec.max);
      if (spec.integer) expect(Number.isInteger(spec.default)).toBe(true);
    }
    expect(w.crossCheck(defaultParams(w))).toEqual([]);
    expect(Object.keys(defaultParams(w)).sort()).toEqual(w.params.map((s) => s.key).sort());
  });

  it('test parameters are valid for the workload', () => {
    for (const spec of w.params) {
      const v = c.params[spec.key];
      expect(v, spec.key).toBeDefined();
      expect(v).toBeGreaterThanOrEqual(spec.min);
      expect(v).toBeLessThanOrEqual(spec.max);
    }
    expect(w.crossCheck(c.params)).toEqual([]);
  });

  it('split into tasks and combined, gives the same answer as an independent computation', () => {
    const results = runAll(w, c.params);
    const v = w.verify(c.params, results);
    expect(v.ok, v.detail).toBe(true);
    expect(v.answer).toBe(c.answer(c.params));
    expect(w.formatAnswer(v.answer)).toMatch(/\d/);
  });

  it('tasks are independent: running them in reverse order gives identical results', () => {
    const forward = runAll(w, c.params);
    const n = w.taskCount(c.params);
    const width = w.resultWidth(c.params);
    const backward = new Float64Array(n * width);
    for (let i = n - 1; i >= 0; i--) w.kernel(c.params, i, backward, i * width);
    expect([...backward]).toEqual([...forward]);
  });

  it('each task writes exactly resultWidth numbers at its offset', () => {
    const n = w.taskCount(c.params);
    const width = w.resultWidth(c.params);
    expect(n).toBeGreaterThan(1);
    expect(width).toBeGreaterThanOrEqual(1);
    const out = new Float64Array((n + 2) * width).fill(Number.NaN);
    w.kernel(c.params, 1, out, width);
    for (let k = 0; k < out.length; k++) {
      if (k >= width && k < 2 * width) expect(Number.isNaN(out[k]), `index ${k}`).toBe(false);
      else expect(Number.isNaN(out[k]), `index ${k}`).toBe(true);
    }
  });

  it('verify rejects the results when any single value is changed', () => {
    const good = runAll(w, c.params);
    for (let k = 0; k < good.length; k++) {
      const bad = good.slice();
      const v = bad[k] ?? 0;
      bad[k] = v === 0 ? 1 : v - 1;
      const verdict = w.verify(c.params, bad);
      expect(verdict.ok, `changed index ${k}`).toBe(false);
      expect(verdict.detail.length).toBeGreaterThan(0);
    }
  });

  it('verify rejects NaN in the results', () => {
    const bad = runAll(w, c.params);
    bad[bad.length - 1] = Number.NaN;
    expect(w.verify(c.params, bad).ok).toBe(false);
  });

  it('labels tasks for people', () => {
    expect(w.taskLabel(c.params, 0)).not.toBe('');
    expect(w.taskLabel(c.params, 0)).not.toBe(w.taskLabel(c.params, 1));
  });
});

describe('workload-specific task layout', () => {
  it('fibonacci task i computes fib(first + i·step)', () => {
    const w = getWorkload('fibonacci');
    const p = { first: 5, step: 4, count: 4 };
    const out = runAll(w, p);
    expect([...out]).toEqual([5, 9, 13, 17].map(fibIterative));
    expect(w.taskLabel(p, 2)).toBe('fib(13)');
  });

  it('heavy loop task i uses x = i + 1', () => {
    const w = getWorkload('heavy-loop');
    const out = runAll(w, { tasks: 3, n: 10 });
    expect([...out]).toEqual([45, 90, 135]);
  });

  it('prime count ranges sum to the sieve count for uneven splits', () => {
    const w = getWorkload('prime-count');
    for (const ranges of [1, 3, 13, 100]) {
      const p = { limit: 997, ranges };
      const out = runAll(w, p);
      expect(out.reduce((a, b) => a + b, 0)).toBe(countPrimesSieve(997));
      expect(w.verify(p, out).ok).toBe(true);
    }
  });

  it('mandelbrot rejects two rows swapped', () => {
    const w = getWorkload('mandelbrot');
    const p = { width: 16, height: 8, maxIter: 30 };
    const out = runAll(w, p);
    const swapped = out.slice();
    swapped.set(out.subarray(16 * 2, 16 * 3), 16 * 3);
    swapped.set(out.subarray(16 * 3, 16 * 4), 16 * 2);
    expect([...swapped]).not.toEqual([...out]); // rows 2 and 3 really differ
    expect(w.verify(p, swapped).ok).toBe(false);
  });

  it('mandelbrot rejects counts above maxIter or fractional', () => {
    const w = getWorkload('mandelbrot');
    const p = { width: 16, height: 8, maxIter: 30 };
    const above = runAll(w, p);
    above[5] = 31;
    expect(w.verify(p, above).ok).toBe(false);
    const fractional = runAll(w, p);
    fractional[5] = 0.5;
    expect(w.verify(p, fractional).ok).toBe(false);
  });
});

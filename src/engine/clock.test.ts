import { describe, expect, it } from 'vitest';
import { measureTimerResolution, pageNow, toPageClock } from './clock';

describe('toPageClock', () => {
  it('shifts a worker reading by how much later the worker started than the page', () => {
    // Worker started 250 ms after the page; its now() of 10 ms is 260 ms on the page clock.
    expect(toPageClock(10, 1_000_250, 1_000_000)).toBe(260);
  });

  it('is the identity on the page itself', () => {
    expect(toPageClock(123.456, 1_700_000_000_000.5, 1_700_000_000_000.5)).toBe(123.456);
  });

  it('lines up two workers that read the same instant on different clocks', () => {
    const page = 1_700_000_000_000;
    // The same absolute instant: workerA started 5 ms after the page, workerB 40 ms after.
    const absolute = page + 100;
    const a = toPageClock(absolute - (page + 5), page + 5, page);
    const b = toPageClock(absolute - (page + 40), page + 40, page);
    expect(a).toBeCloseTo(100, 9);
    expect(b).toBeCloseTo(100, 9);
  });
});

describe('pageNow', () => {
  it("reads this thread's clock on the page's timeline", () => {
    const before = performance.now();
    const t = pageNow(performance.timeOrigin);
    const after = performance.now();
    expect(t).toBeGreaterThanOrEqual(before - 1e-3);
    expect(t).toBeLessThanOrEqual(after + 1e-3);
  });

  it('is later by the difference when the page started earlier than this thread', () => {
    const before = performance.now();
    const t = pageNow(performance.timeOrigin - 1000);
    const after = performance.now();
    // timeOrigin is ~1.7e12 ms, so the subtraction is exact only to about 1e-3 ms.
    expect(t).toBeGreaterThanOrEqual(before + 1000 - 1e-3);
    expect(t).toBeLessThanOrEqual(after + 1000 + 1e-3);
  });
});

describe('measureTimerResolution', () => {
  it('finds the smallest step of a coarse clock', () => {
    // A clock that advances 0.1 ms every third read.
    let reads = 0;
    const coarse = () => Math.floor(reads++ / 3) * 0.1;
    expect(measureTimerResolution(coarse)).toBeCloseTo(0.1, 9);
  });

  it('reports the smallest of uneven steps', () => {
    const steps = [0.3, 0.005, 0.2];
    let t = 0;
    let k = 0;
    const clock = () => {
      t += steps[k++ % steps.length] as number;
      return t;
    };
    expect(measureTimerResolution(clock)).toBeCloseTo(0.005, 9);
  });

  it('is positive and finite for the real clock', () => {
    const r = measureTimerResolution();
    expect(r).toBeGreaterThan(0);
    expect(Number.isFinite(r)).toBe(true);
  });
});

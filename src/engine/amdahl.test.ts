import { describe, expect, it } from 'vitest';
import {
  amdahlSpeedup,
  effectiveCores,
  fitAmdahl,
  idealSpeedup,
  idealTimeMs,
  type SpeedupPoint,
} from './amdahl';

/** Speedups Amdahl's law predicts for workers 1…maxWorkers. */
function synthetic(s: number, maxWorkers: number, cores: number): SpeedupPoint[] {
  return Array.from({ length: maxWorkers }, (_, i) => ({
    workers: i + 1,
    speedup: amdahlSpeedup(s, i + 1, cores),
  }));
}

/** A small deterministic generator (LCG), so "noisy" tests are reproducible. */
function noise(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32 - 0.5; // uniform in [−0.5, 0.5)
  };
}

/** The least-squares objective the fit minimises (normalised time residuals). */
function timeError(points: readonly SpeedupPoint[], s: number, cores: number): number {
  return points.reduce((acc, q) => acc + (1 / amdahlSpeedup(s, q.workers, cores) - 1 / q.speedup) ** 2, 0);
}

describe('ideal speedup', () => {
  it('grows with workers up to the core count, then stays flat', () => {
    expect([1, 2, 3, 4].map((n) => idealSpeedup(n, 2))).toEqual([1, 2, 2, 2]);
    expect(idealSpeedup(6, 8)).toBe(6);
  });

  it('treats a missing or zero core count as one core', () => {
    expect(effectiveCores(4, 0)).toBe(1);
    expect(effectiveCores(4, Number.NaN)).toBe(1);
  });

  it('divides the baseline time by the usable cores', () => {
    expect(idealTimeMs(600, 2, 2)).toBe(300);
    expect(idealTimeMs(600, 4, 2)).toBe(300);
    expect(idealTimeMs(600, 1, 2)).toBe(600);
  });
});

describe("Amdahl's law", () => {
  it('is 1 on one core, p with no serial part, and 1 with no parallel part', () => {
    expect(amdahlSpeedup(0.3, 1, 8)).toBe(1);
    expect(amdahlSpeedup(0, 8, 8)).toBe(8);
    expect(amdahlSpeedup(1, 8, 8)).toBe(1);
  });

  it('approaches 1 / s as cores grow', () => {
    expect(amdahlSpeedup(0.05, 1e9, 1e9)).toBeCloseTo(20, 5);
  });
});

describe('fitAmdahl', () => {
  it('recovers the serial fraction from exact data', () => {
    for (const s of [0, 0.042, 0.1, 0.5, 1]) {
      const fit = fitAmdahl(synthetic(s, 32, 16), 16);
      expect(fit?.serialFraction).toBeCloseTo(s, 10);
      expect(fit?.rmse).toBeCloseTo(0, 10);
      expect(fit?.clamped).toBe('none');
    }
  });

  it('recovers it on two cores, where only the points with 2+ workers say anything', () => {
    const fit = fitAmdahl(synthetic(0.07, 4, 2), 2);
    expect(fit?.serialFraction).toBeCloseTo(0.07, 10);
    expect(fit?.pointsUsed).toBe(3); // 2, 3 and 4 workers; 1 worker is p = 1
    expect(fit?.maxSpeedup).toBeCloseTo(1 / 0.07, 8);
  });

  it('recovers it from noisy data, and is the least-squares minimum', () => {
    const rand = noise(42);
    const s = 0.08;
    const points = synthetic(s, 16, 16).map((q) => ({ ...q, speedup: q.speedup * (1 + 0.06 * rand()) }));
    const fit = fitAmdahl(points, 16);
    expect(fit).not.toBeNull();
    const got = fit?.serialFraction ?? Number.NaN;
    expect(Math.abs(got - s)).toBeLessThan(0.01);
    // No nearby s explains the times better.
    for (const d of [-1e-3, -1e-5, 1e-5, 1e-3]) {
      expect(timeError(points, got, 16)).toBeLessThanOrEqual(timeError(points, got + d, 16));
    }
    expect(fit?.rmse).toBeGreaterThan(0);
  });

  it('fits a single point with more than one core exactly', () => {
    const fit = fitAmdahl([{ workers: 2, speedup: amdahlSpeedup(0.25, 2, 2) }], 2);
    expect(fit?.serialFraction).toBeCloseTo(0.25, 12);
    expect(fit?.pointsUsed).toBe(1);
  });

  it('cannot fit from one core alone', () => {
    expect(fitAmdahl([{ workers: 1, speedup: 0.97 }], 8)).toBeNull();
    expect(fitAmdahl(synthetic(0.1, 4, 1), 1)).toBeNull(); // every p = min(n, 1) = 1
    expect(fitAmdahl([], 4)).toBeNull();
  });

  it('clamps superlinear speedups at s = 0 and says so', () => {
    const fit = fitAmdahl(
      [
        { workers: 2, speedup: 2.3 },
        { workers: 4, speedup: 4.6 },
      ],
      4,
    );
    expect(fit?.serialFraction).toBe(0);
    expect(fit?.clamped).toBe('low');
    expect(fit?.maxSpeedup).toBe(Number.POSITIVE_INFINITY);
  });

  it('clamps runs slower than serial at s = 1 and says so', () => {
    const fit = fitAmdahl([{ workers: 2, speedup: 0.4 }], 2);
    expect(fit?.serialFraction).toBe(1);
    expect(fit?.clamped).toBe('high');
    expect(fit?.maxSpeedup).toBe(1);
  });

  it('ignores NaN, infinite, zero and negative values', () => {
    const good = synthetic(0.2, 4, 4);
    const bad: SpeedupPoint[] = [
      { workers: 2, speedup: Number.NaN },
      { workers: Number.NaN, speedup: 1.5 },
      { workers: 3, speedup: Number.POSITIVE_INFINITY },
      { workers: 4, speedup: 0 },
      { workers: 0, speedup: 1 },
      { workers: 2, speedup: -1 },
    ];
    const fit = fitAmdahl([...bad, ...good], 4);
    expect(fit?.serialFraction).toBeCloseTo(0.2, 10);
    expect(fit?.pointsUsed).toBe(3);
    expect(Number.isFinite(fit?.rmse)).toBe(true);
    expect(fitAmdahl(bad, 4)).toBeNull();
  });

  it('uses p = min(workers, cores): extra workers past the cores do not change the estimate', () => {
    const onCores = synthetic(0.1, 2, 2);
    const oversubscribed = [...onCores, { workers: 3, speedup: onCores[1]?.speedup ?? 0 }];
    expect(fitAmdahl(oversubscribed, 2)?.serialFraction).toBeCloseTo(0.1, 10);
  });
});

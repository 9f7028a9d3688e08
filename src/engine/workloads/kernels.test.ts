import { describe, expect, it } from 'vitest';
import { FIB_MAX_ARG, fibIterative, fibonacciWorkload, fibRecursive } from './fibonacci';
import { heavyLoop, heavyLoopExpected, heavyLoopWorkload } from './heavy-loop';
import { mandelbrotPoint, mandelbrotRow, mandelbrotWorkload, pixelToComplex } from './mandelbrot';
import {
  countPrimesSieve,
  countPrimesTrial,
  isPrimeTrial,
  primeCountWorkload,
  primeRange,
} from './prime-count';

describe('heavyLoop', () => {
  it.each([
    [1, 1],
    [1, 10],
    [3, 1000],
    [7, 12_345],
    [16, 100_000],
  ])('matches the closed form x·n(n−1)/2 for x=%i, n=%i', (x, n) => {
    expect(heavyLoop(x, n)).toBe(heavyLoopExpected(x, n));
  });

  it('sums i·x for i below n (0 + 2 + 4 + … + 18 = 90 for x=2, n=10)', () => {
    expect(heavyLoop(2, 10)).toBe(90);
    expect(heavyLoopExpected(2, 10)).toBe(90);
  });

  it('is 0 when the loop is empty or has only i = 0', () => {
    expect(heavyLoop(5, 0)).toBe(0);
    expect(heavyLoop(5, 1)).toBe(0);
    expect(heavyLoopExpected(5, 1)).toBe(0);
  });

  it('wraps modulo 2^30 past 2^30, like the closed form', () => {
    // 1·100000·99999/2 = 4_999_950_000 > 2^31: the exact value does not fit in int32.
    const x = 1;
    const n = 100_000;
    const exact = (x * n * (n - 1)) / 2;
    expect(exact).toBeGreaterThan(2 ** 31);
    const wrapped = heavyLoop(x, n);
    expect(wrapped).toBe(heavyLoopExpected(x, n));
    expect(wrapped).toBe(4_999_950_000 - 4 * 2 ** 30); // 704_982_704
    expect(heavyLoop(3, 100_000)).toBe((3 * 4_999_950_000) % 2 ** 30);
    expect(wrapped).toBeGreaterThanOrEqual(0);
    expect(wrapped).toBeLessThan(2 ** 30);
  });

  it('agrees with the closed form for large x, where single products overflow int32', () => {
    for (const x of [65_536, 1_000_003, 2_147_483_647]) {
      expect(heavyLoop(x, 5_000)).toBe(heavyLoopExpected(x, 5_000));
    }
  });

  it('closed form reduces the exact BigInt product modulo 2^30', () => {
    const big = (12n * 3_000_000n * 2_999_999n) / 2n;
    expect(heavyLoopExpected(12, 3_000_000)).toBe(Number(big % 2n ** 30n));
    expect(heavyLoopExpected(12, 3_000_000)).not.toBe(Number(big));
  });
});

describe('fibonacci kernels', () => {
  it('fibRecursive gives the textbook values', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(fibRecursive)).toEqual([
      0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55,
    ]);
    expect(fibRecursive(20)).toBe(6765);
    expect(fibRecursive(25)).toBe(75025);
  });

  it('fibIterative gives the textbook values up to the largest allowed argument', () => {
    expect(fibIterative(0)).toBe(0);
    expect(fibIterative(1)).toBe(1);
    expect(fibIterative(20)).toBe(6765);
    expect(fibIterative(30)).toBe(832040);
    expect(fibIterative(FIB_MAX_ARG)).toBe(267914296);
  });

  it('recursive and iterative agree for every n up to 24', () => {
    for (let n = 0; n <= 24; n++) expect(fibRecursive(n)).toBe(fibIterative(n));
  });

  it('fib(30) = 832040 from the recursive kernel', () => {
    expect(fibRecursive(30)).toBe(832040);
  });
});

describe('prime kernels', () => {
  it('isPrimeTrial classifies small numbers correctly', () => {
    const primes = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47];
    for (let k = -3; k < 50; k++) expect(isPrimeTrial(k), `k = ${k}`).toBe(primes.includes(k));
  });

  it('isPrimeTrial rejects squares of primes and accepts large primes', () => {
    expect(isPrimeTrial(9)).toBe(false);
    expect(isPrimeTrial(25)).toBe(false);
    expect(isPrimeTrial(7919 * 7919)).toBe(false);
    expect(isPrimeTrial(7919)).toBe(true);
    expect(isPrimeTrial(1_000_003)).toBe(true);
    expect(isPrimeTrial(2_147_483_647)).toBe(true);
  });

  it('countPrimesSieve counts primes strictly below n', () => {
    expect(countPrimesSieve(0)).toBe(0);
    expect(countPrimesSieve(2)).toBe(0);
    expect(countPrimesSieve(3)).toBe(1);
    expect(countPrimesSieve(10)).toBe(4);
    expect(countPrimesSieve(11)).toBe(4);
    expect(countPrimesSieve(12)).toBe(5);
    expect(countPrimesSieve(100)).toBe(25);
    expect(countPrimesSieve(1_000_000)).toBe(78498);
  });

  it('countPrimesSieve gives the same answer when asked twice (cache does not corrupt)', () => {
    expect(countPrimesSieve(1000)).toBe(168);
    expect(countPrimesSieve(1000)).toBe(168);
    for (let n = 10; n < 40; n++) countPrimesSieve(n); // overflow the cache
    expect(countPrimesSieve(1000)).toBe(168);
  });

  it('countPrimesTrial over [0, n) agrees with the sieve', () => {
    for (const n of [0, 1, 2, 3, 10, 100, 997, 1000, 10_007, 50_000]) {
      expect(countPrimesTrial(0, n), `n = ${n}`).toBe(countPrimesSieve(n));
    }
  });

  it('countPrimesTrial over adjacent ranges adds up to the whole', () => {
    expect(countPrimesTrial(0, 500) + countPrimesTrial(500, 1000)).toBe(168);
    expect(countPrimesTrial(90, 100)).toBe(1); // 97
    expect(countPrimesTrial(5, 5)).toBe(0);
  });

  it('primeRange splits [0, limit) into contiguous ranges that end at limit', () => {
    const p = { limit: 1001, ranges: 7 };
    let expectedLo = 0;
    for (let i = 0; i < 7; i++) {
      const [lo, hi] = primeRange(p, i);
      expect(lo).toBe(expectedLo);
      expect(hi).toBeGreaterThan(lo);
      expectedLo = hi;
    }
    expect(expectedLo).toBe(1001);
  });
});

describe('mandelbrot kernels', () => {
  it('c = 0 never escapes, so it runs to maxIter', () => {
    expect(mandelbrotPoint(0, 0, 100)).toBe(100);
    expect(mandelbrotPoint(0, 0, 1)).toBe(1);
  });

  it('c = −1 cycles 0, −1, 0, … and stays inside the set', () => {
    expect(mandelbrotPoint(-1, 0, 500)).toBe(500);
  });

  it('c = 1 escapes after a few iterations (0, 1, 2, 5 → |z| > 2)', () => {
    expect(mandelbrotPoint(1, 0, 1000)).toBe(3);
  });

  it('a point far outside escapes on the first step', () => {
    expect(mandelbrotPoint(3, 3, 1000)).toBe(1);
  });

  it('never returns more than maxIter nor a negative count', () => {
    for (const [cx, cy] of [
      [-0.75, 0.1],
      [0.25, 0],
      [-2, 0],
      [0.3, 0.5],
    ] as const) {
      const v = mandelbrotPoint(cx, cy, 64);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(64);
    }
  });

  it('pixelToComplex maps the view −2.2…0.8 with square pixels centred on the real axis', () => {
    const p = { width: 300, height: 200, maxIter: 10 };
    const [x0, y0] = pixelToComplex(p, 0, 0);
    const [x1, y1] = pixelToComplex(p, 299, 199);
    expect(x0).toBeCloseTo(-2.2 + 0.005, 12);
    expect(x1).toBeCloseTo(0.8 - 0.005, 12);
    expect(y0).toBeCloseTo(-y1, 12);
    expect(y0).toBeCloseTo(-(100 - 0.5) * 0.01, 12);
  });

  it('mandelbrotRow writes one count per column at the offset, and nothing else', () => {
    const p = { width: 8, height: 4, maxIter: 50 };
    const out = new Float64Array(20).fill(-1);
    mandelbrotRow(p, 2, out, 6);
    expect([...out.slice(0, 6)]).toEqual([-1, -1, -1, -1, -1, -1]);
    expect([...out.slice(14)]).toEqual([-1, -1, -1, -1, -1, -1]);
    for (let c = 0; c < 8; c++) {
      const [cx, cy] = pixelToComplex(p, c, 2);
      expect(out[6 + c]).toBe(mandelbrotPoint(cx, cy, 50));
    }
  });
});

describe('cross-parameter limits', () => {
  it('fibonacci reports a last argument above 42 and accepts exactly 42', () => {
    expect(fibonacciWorkload.crossCheck({ first: 20, step: 2, count: 12 })).toEqual([]); // last = fib(42)
    const problems = fibonacciWorkload.crossCheck({ first: 20, step: 2, count: 13 });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('fib(44)');
  });

  it('heavy loop reports more than 20 billion iterations in total', () => {
    expect(heavyLoopWorkload.crossCheck({ tasks: 20, n: 1_000_000_000 })).toEqual([]);
    expect(heavyLoopWorkload.crossCheck({ tasks: 21, n: 1_000_000_000 })).toHaveLength(1);
  });

  it('prime count reports more ranges than numbers', () => {
    expect(primeCountWorkload.crossCheck({ limit: 10, ranges: 10 })).toEqual([]);
    expect(primeCountWorkload.crossCheck({ limit: 10, ranges: 11 })).toHaveLength(1);
  });

  it('mandelbrot reports images above 4 megapixels', () => {
    expect(mandelbrotWorkload.crossCheck({ width: 2048, height: 2048, maxIter: 10 })).toEqual([]);
    expect(mandelbrotWorkload.crossCheck({ width: 2049, height: 2048, maxIter: 10 })).toHaveLength(1);
  });
});

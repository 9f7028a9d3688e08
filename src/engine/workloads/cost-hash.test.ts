import { describe, expect, it } from 'vitest';
import {
  COST_BASE_ROUNDS,
  costHash,
  costHashExpected,
  costHashWorkload,
  costRounds,
  costSeed,
  hashChain,
  hashChainClosedForm,
} from './cost-hash';

describe('cost-hash', () => {
  it('doubles its rounds per difficulty step, like bcrypt’s cost factor', () => {
    expect(costRounds(0)).toBe(COST_BASE_ROUNDS);
    for (let d = 1; d <= 14; d++) expect(costRounds(d)).toBe(2 * costRounds(d - 1));
    expect(costRounds(14) | 0).toBe(costRounds(14)); // the loop bound stays a 32-bit integer
  });

  it('has a closed form that matches the chain for any length and seed', () => {
    for (const n of [0, 1, 2, 3, 7, 64, 1000, 12_345, 100_001]) {
      for (const seed of [0, 1, 0x3fffffff, costSeed(5, 3), costSeed(0, 0)]) {
        expect(hashChainClosedForm(seed, n)).toBe(hashChain(seed, n));
      }
    }
    expect(costHashExpected(3, 1)).toBe(costHash(3, 1));
  });

  it('stays inside the small-integer range and differs between neighbouring items', () => {
    const xs = Array.from({ length: 20 }, (_, i) => costHash(i, 0));
    for (const x of xs) {
      expect(Number.isInteger(x)).toBe(true);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(2 ** 30);
    }
    expect(new Set(xs).size).toBe(20);
    expect(costHash(4, 1)).not.toBe(costHash(4, 2));
  });

  it('verify catches a wrong hash', () => {
    const p = { items: 3, difficulty: 0 };
    const out = new Float64Array([costHash(0, 0), costHash(1, 0) ^ 1, costHash(2, 0)]);
    const v = costHashWorkload.verify(p, out);
    expect(v.ok).toBe(false);
    expect(v.detail).toMatch(/item 1/);
  });
});

import { describe, expect, it } from 'vitest';
import { niceTicks } from './ticks';

describe('niceTicks', () => {
  it('ends on a round number at or above the top', () => {
    expect(niceTicks(862, 6)).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(niceTicks(2.2, 8)).toEqual([0, 0.5, 1, 1.5, 2, 2.5]);
    expect(niceTicks(4, 8)).toEqual([0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4]);
  });

  it('keeps to the tick budget', () => {
    for (const top of [0.003, 0.7, 9.99, 13, 101, 4321, 987_654]) {
      for (const max of [2, 3, 5, 8]) {
        const t = niceTicks(top, max);
        expect(t.length - 1).toBeLessThanOrEqual(max);
        expect(t.at(-1)).toBeGreaterThanOrEqual(top);
        expect(t[0]).toBe(0);
      }
    }
  });

  it('has no floating-point noise', () => {
    expect(niceTicks(0.3, 3)).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('falls back to 0–1 for empty or broken data', () => {
    expect(niceTicks(0, 5)).toEqual([0, 1]);
    expect(niceTicks(Number.NaN, 5)).toEqual([0, 1]);
  });
});

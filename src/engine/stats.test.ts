import { describe, expect, it } from 'vitest';
import { median, speedup, summarize } from './stats';

describe('median', () => {
  it('is the middle value of an odd-length list, whatever the order', () => {
    expect(median([5])).toBe(5);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([9, 1, 7, 3, 5])).toBe(5);
  });

  it('is the mean of the two middle values of an even-length list', () => {
    expect(median([1, 2])).toBe(1.5);
    expect(median([10, 1, 4, 3])).toBe(3.5);
  });

  it('sorts numerically, not as strings', () => {
    expect(median([100, 9, 20])).toBe(20);
  });

  it('does not reorder the caller’s array', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });

  it('is NaN for an empty list', () => {
    expect(median([])).toBeNaN();
  });
});

describe('summarize', () => {
  it('gives the median, min and max of the samples', () => {
    expect(summarize([12, 10, 30, 11])).toEqual({ median: 11.5, min: 10, max: 30 });
  });
});

describe('speedup', () => {
  it('is baseline ÷ strategy', () => {
    expect(speedup(200, 50)).toBe(4);
    expect(speedup(100, 200)).toBe(0.5);
  });

  it('is NaN without a baseline or with a zero strategy time', () => {
    expect(speedup(undefined, 10)).toBeNaN();
    expect(speedup(100, 0)).toBeNaN();
  });
});

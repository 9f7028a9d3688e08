import { describe, expect, it } from 'vitest';
import type { SweepRun } from './store';
import { sweepFor, sweepProgress, sweepWorkerCounts } from './sweep';

describe('sweepWorkerCounts', () => {
  it('goes from 1 to twice the cores, like the Workers field allows', () => {
    expect(sweepWorkerCounts(2)).toEqual([1, 2, 3, 4]);
    expect(sweepWorkerCounts(1)).toEqual([1, 2]);
    expect(sweepWorkerCounts(0)).toEqual([1, 2]); // a browser reporting no cores still gets a sweep
  });
});

describe('sweepProgress', () => {
  it('places each measurement in its share of the whole sweep', () => {
    // 5 measurements of 40 task-units each (10 tasks × (3 repetitions + warm-up)).
    expect(sweepProgress(0, 5, 40, { done: 0, total: 40, repetition: 0 })).toEqual({
      done: 0,
      total: 200,
      repetition: 0,
    });
    expect(sweepProgress(2, 5, 40, { done: 30, total: 40, repetition: 2 })).toEqual({
      done: 110,
      total: 200,
      repetition: 2,
    });
    expect(sweepProgress(4, 5, 40, { done: 40, total: 40, repetition: 3 }).done).toBe(200);
  });

  it('never runs past its own step', () => {
    expect(sweepProgress(1, 3, 10, { done: 15, total: 10, repetition: 1 }).done).toBe(20);
  });
});

describe('sweepFor', () => {
  const sweep = { problemKey: 'k1' } as SweepRun;
  it('shows a sweep only for the problem it measured', () => {
    expect(sweepFor(sweep, 'k1')).toBe(sweep);
    expect(sweepFor(sweep, 'k2')).toBeNull();
    expect(sweepFor(null, 'k1')).toBeNull();
  });
});

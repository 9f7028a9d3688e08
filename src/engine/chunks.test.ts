import { describe, expect, it } from 'vitest';
import { autoChunkSize, autoClaimSize, chunkRanges } from './chunks';

/** Python's multiprocessing.Pool._map_async: chunksize, extra = divmod(len, 4 × processes). */
function pythonChunksize(tasks: number, workers: number): number {
  let chunksize = Math.floor(tasks / (workers * 4));
  const extra = tasks % (workers * 4);
  if (extra) chunksize += 1;
  return chunksize;
}

describe('autoChunkSize', () => {
  it("matches Python's Pool.map default ceil(tasks / (4 × workers)) for every non-empty job", () => {
    const mismatches: string[] = [];
    for (let tasks = 1; tasks <= 300; tasks++) {
      for (let workers = 1; workers <= 16; workers++) {
        const got = autoChunkSize(tasks, workers);
        const want = pythonChunksize(tasks, workers);
        if (got !== want) mismatches.push(`${tasks} tasks, ${workers} workers: ${got} ≠ ${want}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('gives the values from the tutorial', () => {
    expect(autoChunkSize(16, 2)).toBe(2);
    expect(autoChunkSize(400, 4)).toBe(25);
    expect(autoChunkSize(401, 4)).toBe(26);
    expect(autoChunkSize(3, 8)).toBe(1);
  });

  it('never returns less than 1, even for 0 tasks or 0 workers', () => {
    expect(autoChunkSize(0, 4)).toBe(1);
    expect(autoChunkSize(10, 0)).toBe(3); // treated as one worker
  });
});

describe('autoClaimSize', () => {
  it('is ceil(tasks / (16 × workers)), at least 1', () => {
    expect(autoClaimSize(64, 2)).toBe(2);
    expect(autoClaimSize(65, 2)).toBe(3);
    expect(autoClaimSize(5, 4)).toBe(1);
    expect(autoClaimSize(0, 4)).toBe(1);
  });

  it('is never coarser than the pool chunk size', () => {
    for (let tasks = 1; tasks < 500; tasks += 7) {
      for (const workers of [1, 2, 3, 8]) {
        expect(autoClaimSize(tasks, workers)).toBeLessThanOrEqual(autoChunkSize(tasks, workers));
      }
    }
  });
});

describe('chunkRanges', () => {
  it('covers 0…tasks exactly once, in order, with ranges of the asked size', () => {
    for (let tasks = 0; tasks <= 60; tasks++) {
      for (let size = 1; size <= 13; size++) {
        const ranges = chunkRanges(tasks, size);
        const seen: number[] = [];
        for (const [first, end] of ranges) {
          expect(end).toBeGreaterThan(first);
          expect(end - first).toBeLessThanOrEqual(size);
          for (let i = first; i < end; i++) seen.push(i);
        }
        expect(seen).toEqual(Array.from({ length: tasks }, (_, i) => i));
        expect(ranges.length).toBe(Math.ceil(tasks / size));
        // Only the last range may be short.
        for (const [first, end] of ranges.slice(0, -1)) expect(end - first).toBe(size);
      }
    }
  });

  it('splits 10 tasks by 4 into [0,4) [4,8) [8,10)', () => {
    expect(chunkRanges(10, 4)).toEqual([
      [0, 4],
      [4, 8],
      [8, 10],
    ]);
  });

  it('treats sizes below 1 as 1 and rounds fractional sizes down', () => {
    expect(chunkRanges(3, 0)).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    expect(chunkRanges(3, -5)).toHaveLength(3);
    expect(chunkRanges(5, 2.9)).toEqual([
      [0, 2],
      [2, 4],
      [4, 5],
    ]);
  });

  it('gives no ranges for no tasks, and one range for a size beyond the task count', () => {
    expect(chunkRanges(0, 4)).toEqual([]);
    expect(chunkRanges(5, 100)).toEqual([[0, 5]]);
  });
});

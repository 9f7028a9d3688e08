import { describe, expect, it } from 'vitest';
import {
  BOOK,
  compareWithBook,
  costForRatio,
  effectiveWorkers,
  idealMs,
  predictedSerialOverAsync,
  predictedSerialOverAsyncAt,
} from './ideal';
import { getIoPreset } from './setup';
import type { IoSetup } from './types';

const io = getIoPreset('everyday-io').setup;
const book = getIoPreset('book').setup;
const noJitter = (s: IoSetup): IoSetup => ({ ...s, server: { ...s.server, jitterMs: 0 } });

describe('the book’s figures', () => {
  it('7.3× at L = 100 ms implies a task of about 16 ms, and 16 ms predicts about 7.3×', () => {
    expect(costForRatio(BOOK.serialOverAsync, 100)).toBeCloseTo(15.9, 1);
    expect(predictedSerialOverAsync(16, 100)).toBeCloseTo(7.25, 2);
    expect(predictedSerialOverAsyncAt(600, 16, 100)).toBeCloseTo(7.175, 3);
    expect(predictedSerialOverAsyncAt(1e9, 16, 100)).toBeCloseTo(7.25, 2);
  });
});

describe('idealMs', () => {
  it('I/O only: serial n·L, batched ⌈n/b⌉·L, async ⌈n/min(k, cap)⌉·L', () => {
    const s = noJitter({ ...io, items: 600, batchSize: 50, concurrency: 100 });
    expect(idealMs('serial', s, null, 2)).toEqual({ ms: 60_000, formula: 'n·L' });
    expect(idealMs('batched', s, null, 2).ms).toBe(12 * 100);
    expect(idealMs('async', s, null, 2)).toEqual({ ms: 600, formula: '⌈n/min(k, cap)⌉·L' });
    // A limit past capacity does not help: the server serves 100 at once.
    expect(idealMs('async', { ...s, concurrency: 400 }, null, 2).ms).toBe(600);
    // A batch larger than capacity takes ⌈b/cap⌉ waves.
    expect(idealMs('batched', { ...s, batchSize: 300 }, null, 2).ms).toBe(2 * 3 * 100);
  });

  it('uses the mean latency L + J/2 with jitter, and the slowest of a batch', () => {
    const s = { ...io, items: 100, batchSize: 100, concurrency: 100 };
    expect(idealMs('serial', s, null, 2).ms).toBe(100 * 110);
    expect(idealMs('batched', s, null, 2).ms).toBeCloseTo(100 + (20 * 100) / 101, 6);
  });

  it('mixed: serial n(c + L), batched n·c + ⌈n/b⌉·L, async n·c + L, hybrid ⌈n/W⌉·c + L', () => {
    const s = noJitter(book);
    expect(idealMs('serial', s, 16, 2).ms).toBe(600 * 116);
    expect(idealMs('batched', s, 16, 2).ms).toBe(600 * 16 + 6 * 100);
    expect(idealMs('async', s, 16, 2).ms).toBe(600 * 16 + 100);
    expect(idealMs('hybrid', s, 16, 2).ms).toBe(300 * 16 + 100);
    expect(idealMs('hybrid', s, 16, 8).ms).toBe(75 * 16 + 100);
    // When the CPU is fast, the server's waves bound the hybrid instead.
    expect(idealMs('hybrid', s, 0.1, 8)).toEqual({
      ms: 0.1 + 6 * 100,
      formula: 'max(⌈n/W⌉·c + L, c + ⌈n/min(k, cap)⌉·L)',
    });
  });

  it('counts at most one worker per core', () => {
    expect(effectiveWorkers(0, 4)).toBe(4);
    expect(effectiveWorkers(8, 4)).toBe(4);
    expect(effectiveWorkers(3, 4)).toBe(3);
    expect(effectiveWorkers(0, 0)).toBe(1);
  });
});

describe('compareWithBook', () => {
  it('puts our ratios beside the book’s, NaN where a strategy is missing', () => {
    const c = compareWithBook(
      [
        { strategy: 'serial', median: 7000, ioMs: 6000 },
        { strategy: 'batched', median: 1400, ioMs: 400 },
        { strategy: 'async', median: 1000, ioMs: 200 },
      ],
      16,
      book,
    );
    expect(c.serialOverAsync).toBe(7);
    expect(c.batchedIoOverAsyncIo).toBe(2);
    expect(Number.isNaN(c.serialOverHybrid)).toBe(true);
    expect(c.predictedSerialOverAsync).toBeCloseTo(7.25, 2);
    expect(c.book.serialOverAsync).toBe(7.3);
  });
});

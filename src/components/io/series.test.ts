import { describe, expect, it } from 'vitest';
import {
  countAnswered,
  guidelineRange,
  histogram,
  latencies,
  peakOpen,
  queuedIntervals,
  requestIntervals,
} from './series';

const T0 = 1000;

describe('peakOpen (requests in flight over time)', () => {
  it('counts overlapping requests and drops back when they are answered', () => {
    // Three requests: two overlap during 20–40 ms, the third alone at 60–80 ms.
    const sent = Float64Array.from([T0 + 0, T0 + 20, T0 + 60]);
    const answered = Float64Array.from([T0 + 40, T0 + 50, T0 + 80]);
    const series = peakOpen(requestIntervals(sent, answered, 3), T0, 100, T0 + 100, 10);
    const at = (t: number) => series.find((p) => p.t === t)?.value;
    expect(at(0)).toBe(1);
    expect(at(20)).toBe(2);
    expect(at(40)).toBe(1); // the first ended at 40, the second still open
    expect(at(50)).toBe(0);
    expect(at(60)).toBe(1);
    expect(at(90)).toBe(0);
  });

  it('counts back-to-back requests once (an end and a start at the same time)', () => {
    const sent = Float64Array.from([T0, T0 + 10, T0 + 20]);
    const answered = Float64Array.from([T0 + 10, T0 + 20, T0 + 30]);
    const series = peakOpen(requestIntervals(sent, answered, 3), T0, 30, T0 + 30, 3);
    expect(Math.max(...series.map((p) => p.value))).toBe(1);
  });

  it('keeps unanswered requests open until now, and ignores items never sent', () => {
    const sent = Float64Array.from([T0, 0]);
    const answered = Float64Array.from([0, 0]);
    const series = peakOpen(requestIntervals(sent, answered, 2), T0, 50, T0 + 50, 5);
    expect(series.every((p) => p.value === 1)).toBe(true);
  });

  it('keeps at most maxBins bins of a round width and ends at the extent', () => {
    const series = peakOpen(requestIntervals(new Float64Array(0), new Float64Array(0), 0), T0, 1234, T0, 100);
    expect(series.length).toBeLessThanOrEqual(101);
    expect(series[1]?.t).toBe(20); // 1234 / 100 → 20 ms bins
    expect(series.at(-1)?.t).toBe(1234);
  });
});

describe('queuedIntervals', () => {
  it('counts only acknowledged requests that waited for a free slot', () => {
    const log = [
      { ok: true, receivedAt: T0, startedAt: T0, finishedAt: T0 + 100 }, // served at once
      { ok: true, receivedAt: T0 + 1, startedAt: T0 + 100, finishedAt: T0 + 200 }, // queued 99 ms
      { ok: false, receivedAt: T0 + 2, startedAt: T0 + 2, finishedAt: T0 + 2 }, // refused
    ];
    const iv = queuedIntervals(log);
    expect(iv.count).toBe(1);
    expect(iv.start(0)).toBe(T0 + 1);
    expect(iv.end(0)).toBe(T0 + 100);
  });
});

describe('latencies', () => {
  it('measures answered − sent for acknowledged requests only', () => {
    const sent = Float64Array.from([10, 20, 30, 0]);
    const answered = Float64Array.from([110, 150, 31, 0]);
    const status = Int16Array.from([200, 200, 503, 0]);
    expect(latencies(sent, answered, status, 4)).toEqual([100, 130]);
    expect(countAnswered(answered, 4)).toBe(3);
  });
});

describe('histogram', () => {
  it('puts every value in exactly one bin of a round width', () => {
    const values = [100.2, 101.7, 104.9, 105, 119.99, 120];
    const bins = histogram(values, 5);
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(values.length);
    const width = (bins[0]?.to ?? 0) - (bins[0]?.from ?? 0);
    expect([1, 2, 5, 10].map((m) => m * 10 ** Math.floor(Math.log10(width)))).toContain(width);
    expect(bins.length).toBeLessThanOrEqual(5);
    expect(bins[0]?.from).toBeLessThanOrEqual(100.2);
    expect(bins.at(-1)?.to).toBeGreaterThan(120);
  });

  it('handles identical values and no values', () => {
    expect(histogram([7, 7, 7])).toEqual([expect.objectContaining({ count: 3 })]);
    expect(histogram([])).toEqual([]);
  });
});

describe('guidelineRange', () => {
  it('turns "yield every 50–100 ms" into items between yields for a task cost c', () => {
    expect(guidelineRange(16)).toEqual({ from: 50 / 16, to: 100 / 16 });
    expect(guidelineRange(null)).toBeNull();
    expect(guidelineRange(0)).toBeNull();
  });
});

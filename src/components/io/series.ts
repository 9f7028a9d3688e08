// The arithmetic behind the I/O lab's charts, kept pure (no DOM, no React) so it is unit tested.
// Every function reads the run's typed arrays in place; the live charts call these at most once a
// second while a run goes on.
import { niceCeil } from '../../engine/ticks';

/** One step of a count-over-time series: the value holds from `t` to the next point's `t` (ms). */
export interface CountPoint {
  readonly t: number;
  readonly value: number;
}

/** Half-open intervals [start, end) on the page clock; end 0 (or less than start) means "still open". */
export interface Intervals {
  readonly count: number;
  start(i: number): number;
  end(i: number): number;
}

/**
 * How many intervals are open over time, as the peak within each of at most `maxBins` bins of a
 * round width over [t0, t0 + extentMs] (ms relative to t0). Peaks, not averages: "at most 100 in
 * flight" should read as 100, not as the 97.3 a time-weighted mean would show. Open intervals run
 * to `now`. A sweep over sorted events: O(n log n) for n intervals.
 */
export function peakOpen(
  iv: Intervals,
  t0: number,
  extentMs: number,
  now: number,
  maxBins = 200,
): CountPoint[] {
  if (!(extentMs > 0)) return [];
  const binMs = niceCeil(extentMs / maxBins);
  const bins = Math.max(1, Math.min(maxBins, Math.ceil(extentMs / binMs - 1e-9)));
  // Events as (time, +1 | −1), ends before starts at equal times so back-to-back requests do not
  // count twice.
  const times: number[] = [];
  const deltas: number[] = [];
  for (let i = 0; i < iv.count; i++) {
    const s = iv.start(i);
    if (!(s > 0)) continue;
    const e = iv.end(i);
    times.push(s - t0);
    deltas.push(1);
    times.push((e >= s && e > 0 ? e : now) - t0);
    deltas.push(-1);
  }
  const order = Array.from(times.keys()).sort(
    (a, b) => (times[a] ?? 0) - (times[b] ?? 0) || (deltas[a] ?? 0) - (deltas[b] ?? 0),
  );
  const peak = new Array<number>(bins).fill(0);
  let open = 0;
  let k = 0;
  for (let b = 0; b < bins; b++) {
    const binStart = b * binMs;
    const binEnd = (b + 1) * binMs;
    // The count at the bin's start: apply what happens exactly then (ends first) before the peak.
    while (k < order.length && (times[order[k] as number] as number) <= binStart) {
      open += deltas[order[k] as number] as number;
      k++;
    }
    let max = open;
    while (k < order.length) {
      const j = order[k] as number;
      const t = times[j] as number;
      if (t >= binEnd && b < bins - 1) break;
      open += deltas[j] as number;
      if (open > max) max = open;
      k++;
    }
    peak[b] = max;
  }
  const out: CountPoint[] = peak.map((value, b) => ({ t: b * binMs, value }));
  out.push({ t: Math.min(bins * binMs, Math.max(extentMs, 0)), value: peak.at(-1) ?? 0 });
  return out;
}

/** The requests of one repetition as intervals: sent → answered (open while unanswered). */
export function requestIntervals(sentAt: Float64Array, answeredAt: Float64Array, n: number): Intervals {
  return {
    count: Math.min(n, sentAt.length, answeredAt.length),
    start: (i) => sentAt[i] ?? 0,
    end: (i) => answeredAt[i] ?? 0,
  };
}

/** The part of a server log entry the queue chart needs (page-clock ms). */
export interface LoggedRequest {
  readonly ok: boolean;
  readonly receivedAt: number;
  readonly startedAt: number;
  readonly finishedAt: number;
}

/** Requests waiting in the server's queue: received → started (refused ones never queue). */
export function queuedIntervals(log: readonly LoggedRequest[]): Intervals {
  const kept = log.filter((e) => e.ok && e.startedAt > e.receivedAt);
  return {
    count: kept.length,
    start: (i) => kept[i]?.receivedAt ?? 0,
    end: (i) => kept[i]?.startedAt ?? 0,
  };
}

/** Client-observed latency (answered − sent, ms) of every request the server acknowledged. */
export function latencies(
  sentAt: Float64Array,
  answeredAt: Float64Array,
  status: Int16Array,
  n: number,
): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = sentAt[i] ?? 0;
    const a = answeredAt[i] ?? 0;
    if (s > 0 && a >= s && status[i] === 200) out.push(a - s);
  }
  return out;
}

/** One bar of a histogram: values in [from, to) (the last bar includes its upper end). */
export interface HistogramBin {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

/**
 * Counts `values` in at most `maxBins` bins of a round width (1, 2 or 5 × 10^k) starting at a
 * multiple of that width, so bins read as "100–105 ms" rather than "99.37–104.81 ms".
 */
export function histogram(values: readonly number[], maxBins = 24): HistogramBin[] {
  if (values.length === 0) return [];
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  let width = niceCeil(Math.max(hi - lo, 1e-9) / maxBins);
  let start = Math.floor(lo / width) * width;
  // Flooring the start can push the top past maxBins bins; widen one step when it does.
  while (Math.floor((hi - start) / width) + 1 > maxBins) {
    width = niceCeil(width * 1.5);
    start = Math.floor(lo / width) * width;
  }
  const count = Math.floor((hi - start) / width) + 1;
  const counts = new Array<number>(count).fill(0);
  for (const v of values) {
    const k = Math.min(count - 1, Math.floor((v - start) / width));
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts.map((c, k) => ({
    from: Number((start + k * width).toPrecision(12)),
    to: Number((start + (k + 1) * width).toPrecision(12)),
    count: c,
  }));
}

/** Items a run has finished with (acknowledged or given up on): answered, or a final status set. */
export function countAnswered(answeredAt: Float64Array, n: number): number {
  let done = 0;
  for (let i = 0; i < n; i++) if ((answeredAt[i] ?? 0) > 0) done++;
  return done;
}

/**
 * The yield interval k (items between yields) whose time between yields, k·c, lies in
 * [loMs, hiMs]: the "yield every 50–100 ms" guideline as a range of k. Null without a cost.
 */
export function guidelineRange(
  costMs: number | null,
  loMs = 50,
  hiMs = 100,
): { from: number; to: number } | null {
  if (costMs === null || !(costMs > 0)) return null;
  return { from: loMs / costMs, to: hiMs / costMs };
}

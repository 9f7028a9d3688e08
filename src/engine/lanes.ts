// The arithmetic behind the task-lanes and throughput views, kept pure (no DOM) so it is unit
// tested and costs nothing to import in workers. Every function reads the live arrays in place and
// allocates little: the views call these up to once per animation frame during a run.
import { niceCeil } from './ticks';
import type { LiveTasks } from './types';

/** How far a repetition has got; the lanes redraw only when one of these changes. */
export interface LiveCounts {
  /** Tasks with a start time. */
  readonly started: number;
  /** Tasks with an end time. */
  readonly ended: number;
  /** Tasks handed to a worker (pool strategy only, else 0). */
  readonly sent: number;
}

/** Counts started, ended and sent tasks among the first `n`. */
export function countTasks(live: LiveTasks, n: number): LiveCounts {
  let started = 0;
  let ended = 0;
  let sent = 0;
  const { starts, ends } = live;
  for (let i = 0; i < n; i++) {
    if ((starts[i] ?? 0) > 0) started++;
    if ((ends[i] ?? 0) > 0) ended++;
  }
  const s = live.sent;
  if (s !== undefined) for (let i = 0; i < n; i++) if ((s[i] ?? 0) > 0) sent++;
  return { started, ended, sent };
}

/** True when two counts differ (something new to draw). */
export function countsDiffer(a: LiveCounts | null, b: LiveCounts): boolean {
  return a === null || a.started !== b.started || a.ended !== b.ended || a.sent !== b.sent;
}

/** Where a task's bar ends: its end time, or `now` while it runs. */
function endOrNow(end: number, now: number): number {
  return end > 0 ? end : now;
}

/** Page-clock time of the last event of the repetition (latest end, sent or start), or 0. */
export function latestTime(live: LiveTasks, n: number): number {
  let t = 0;
  for (let i = 0; i < n; i++) {
    const e = live.ends[i] ?? 0;
    const s = live.starts[i] ?? 0;
    if (e > t) t = e;
    if (s > t) t = s;
  }
  return t;
}

/** One lane's row of the text alternative. Times in ms; first/last are relative to the repetition start. */
export interface LaneStats {
  readonly lane: number;
  /** Tasks that started on this lane (running ones included). */
  readonly tasks: number;
  /** Tasks still running (started, not ended). */
  readonly running: number;
  /** Sum of task durations (running tasks counted up to `now`). */
  readonly busyMs: number;
  /** Time in the window [t0, windowEnd] the lane was not running a task. */
  readonly idleMs: number;
  /** NaN when the lane ran nothing. */
  readonly firstStartMs: number;
  /** NaN when no task on the lane has ended. */
  readonly lastEndMs: number;
}

/**
 * Per-lane totals for lanes 0…laneCount−1 over the window [t0, windowEnd] (page clock, ms). Idle is
 * the window minus busy time, so a lane that ran nothing is idle for the whole window.
 */
export function laneStats(
  live: LiveTasks,
  n: number,
  laneCount: number,
  t0: number,
  windowEnd: number,
  now: number,
): LaneStats[] {
  const tasks = new Array<number>(laneCount).fill(0);
  const running = new Array<number>(laneCount).fill(0);
  const busy = new Array<number>(laneCount).fill(0);
  const first = new Array<number>(laneCount).fill(Number.POSITIVE_INFINITY);
  const last = new Array<number>(laneCount).fill(Number.NEGATIVE_INFINITY);
  for (let i = 0; i < n; i++) {
    const s = live.starts[i] ?? 0;
    if (s <= 0) continue;
    const lane = live.lanes[i] ?? -1;
    if (lane < 0 || lane >= laneCount) continue;
    const e = live.ends[i] ?? 0;
    tasks[lane] = (tasks[lane] ?? 0) + 1;
    if (e <= 0) running[lane] = (running[lane] ?? 0) + 1;
    busy[lane] = (busy[lane] ?? 0) + Math.max(0, endOrNow(e, now) - s);
    if (s < (first[lane] ?? 0)) first[lane] = s;
    if (e > 0 && e > (last[lane] ?? 0)) last[lane] = e;
  }
  const window = Math.max(0, windowEnd - t0);
  return tasks.map((count, lane) => {
    const b = busy[lane] ?? 0;
    const f = first[lane] ?? Number.POSITIVE_INFINITY;
    const l = last[lane] ?? Number.NEGATIVE_INFINITY;
    return {
      lane,
      tasks: count,
      running: running[lane] ?? 0,
      busyMs: b,
      idleMs: Math.max(0, window - b),
      firstStartMs: Number.isFinite(f) ? f - t0 : Number.NaN,
      lastEndMs: Number.isFinite(l) ? l - t0 : Number.NaN,
    };
  });
}

/** Maps page-clock ms to pixel columns: column = (t − t0) / msPerPx. */
export interface TimeScale {
  readonly t0: number;
  readonly msPerPx: number;
  /** Columns in the plot. */
  readonly width: number;
}

/**
 * How much of each pixel column (0…1, may exceed 1 where intervals overlap) each phase covers in
 * one lane. Drawing from these instead of one rectangle per task keeps 20,000 sub-pixel tasks
 * cheap: the cost is tasks + columns, not tasks × draw calls.
 */
export interface LaneCoverage {
  /** A task was running (start → end, or → now). */
  readonly compute: Float32Array;
  /** The chunk was sent but its first task had not started: message transfer + the worker's queue. */
  readonly waiting: Float32Array;
  /** Sent to a worker, result not back yet (pool strategy: times arrive with the reply). */
  readonly inflight: Float32Array;
  /** 1 where a task wide enough to tell apart starts (drawn as a thin gap between bars). */
  readonly edges: Uint8Array;
}

/** Fresh zeroed coverage for `laneCount` lanes of `width` columns. */
export function makeCoverage(laneCount: number, width: number): LaneCoverage[] {
  return Array.from({ length: laneCount }, () => ({
    compute: new Float32Array(width),
    waiting: new Float32Array(width),
    inflight: new Float32Array(width),
    edges: new Uint8Array(width),
  }));
}

/** Adds the interval [a, b) (in columns, fractional) to `cov`, clipped to the plot. */
export function addInterval(cov: Float32Array, a: number, b: number): void {
  const w = cov.length;
  const lo = Math.max(0, a);
  const hi = Math.min(w, b);
  if (!(hi > lo)) return;
  const c0 = Math.floor(lo);
  const c1 = Math.floor(hi);
  if (c0 === c1) {
    cov[c0] = (cov[c0] ?? 0) + (hi - lo);
    return;
  }
  cov[c0] = (cov[c0] ?? 0) + (c0 + 1 - lo);
  for (let c = c0 + 1; c < c1; c++) cov[c] = (cov[c] ?? 0) + 1;
  if (c1 < w) cov[c1] = (cov[c1] ?? 0) + (hi - c1);
}

/** Tasks at least this many columns wide get a visible edge where they start. */
export const EDGE_MIN_COLUMNS = 4;

/**
 * Fills `out` (from makeCoverage, same lane count and width) with what each lane did. A pool chunk's
 * waiting time is drawn once, from its send time to its first task's start (tasks of a chunk are
 * consecutive indices with one send time); later tasks of the chunk waited on their siblings, which
 * is compute, not latency.
 */
export function fillCoverage(
  live: LiveTasks,
  n: number,
  scale: TimeScale,
  now: number,
  out: readonly LaneCoverage[],
): void {
  for (const c of out) {
    c.compute.fill(0);
    c.waiting.fill(0);
    c.inflight.fill(0);
    c.edges.fill(0);
  }
  const { t0, msPerPx } = scale;
  const col = (t: number) => (t - t0) / msPerPx;
  const sent = live.sent;
  for (let i = 0; i < n; i++) {
    const lane = live.lanes[i] ?? -1;
    const cov = out[lane];
    if (cov === undefined) continue;
    const s = live.starts[i] ?? 0;
    const chunkStart =
      sent !== undefined && (i === 0 || sent[i - 1] !== sent[i] || live.lanes[i - 1] !== lane);
    const sentAt = sent?.[i] ?? 0;
    if (s > 0) {
      const a = col(s);
      const b = col(endOrNow(live.ends[i] ?? 0, now));
      addInterval(cov.compute, a, b);
      if (b - a >= EDGE_MIN_COLUMNS && a >= 0 && a < cov.edges.length) cov.edges[Math.floor(a)] = 1;
      if (chunkStart && sentAt > 0 && sentAt < s) addInterval(cov.waiting, col(sentAt), a);
    } else if (sentAt > 0 && chunkStart) {
      addInterval(cov.inflight, col(sentAt), col(now));
    }
  }
}

/** Tasks completed in one bin of the throughput series. Times in ms from the repetition start. */
export interface ThroughputBin {
  readonly fromMs: number;
  readonly toMs: number;
  readonly done: number;
  /** done ÷ the bin's length in seconds (the last bin may be cut short by `extentMs`). */
  readonly perSecond: number;
}

/**
 * Tasks completed per second over [t0, t0 + extentMs], in at most `maxBins` bins of a round width
 * (1, 2 or 5 × 10^k ms). Ends before t0 count in the first bin, after the extent in the last.
 */
export function binThroughput(
  ends: Float64Array,
  n: number,
  t0: number,
  extentMs: number,
  maxBins = 100,
): ThroughputBin[] {
  if (!(extentMs > 0)) return [];
  const binMs = niceCeil(extentMs / maxBins);
  const count = Math.max(1, Math.min(maxBins, Math.ceil(extentMs / binMs - 1e-9)));
  const done = new Array<number>(count).fill(0);
  for (let i = 0; i < n; i++) {
    const e = ends[i] ?? 0;
    if (e <= 0) continue;
    const k = Math.min(count - 1, Math.max(0, Math.floor((e - t0) / binMs)));
    done[k] = (done[k] ?? 0) + 1;
  }
  return done.map((d, k) => {
    const fromMs = k * binMs;
    const toMs = Math.min((k + 1) * binMs, Math.max(extentMs, fromMs));
    const seconds = (toMs - fromMs) / 1000;
    return { fromMs, toMs, done: d, perSecond: seconds > 0 ? d / seconds : 0 };
  });
}

/** Task ids per lane that have started, ordered by start time: the index for hit-testing and keys. */
export function laneIndex(live: LiveTasks, n: number, laneCount: number): Int32Array[] {
  const sizes = new Int32Array(laneCount);
  for (let i = 0; i < n; i++) {
    const lane = live.lanes[i] ?? -1;
    if ((live.starts[i] ?? 0) > 0 && lane >= 0 && lane < laneCount) sizes[lane] = (sizes[lane] ?? 0) + 1;
  }
  const byLane = Array.from(sizes, (s) => new Int32Array(s));
  const fill = new Int32Array(laneCount);
  for (let i = 0; i < n; i++) {
    const lane = live.lanes[i] ?? -1;
    if ((live.starts[i] ?? 0) <= 0 || lane < 0 || lane >= laneCount) continue;
    const list = byLane[lane] as Int32Array;
    list[fill[lane] ?? 0] = i;
    fill[lane] = (fill[lane] ?? 0) + 1;
  }
  // Every strategy today starts a lane's tasks in index order, so this sort is usually skipped.
  for (const list of byLane) {
    let sorted = true;
    for (let k = 1; k < list.length && sorted; k++) {
      sorted = (live.starts[list[k - 1] ?? 0] ?? 0) <= (live.starts[list[k] ?? 0] ?? 0);
    }
    if (!sorted) list.sort((a, b) => (live.starts[a] ?? 0) - (live.starts[b] ?? 0));
  }
  return byLane;
}

/** Distance in ms from time t to task i's bar (0 inside it). */
function distanceTo(live: LiveTasks, i: number, t: number, now: number): number {
  const s = live.starts[i] ?? 0;
  const e = endOrNow(live.ends[i] ?? 0, now);
  return t < s ? s - t : t > e ? t - e : 0;
}

/** Position in `list` (a lane of laneIndex) of the task nearest to time t, or −1 if the lane is empty. */
export function nearestPosition(live: LiveTasks, list: Int32Array, t: number, now: number): number {
  if (list.length === 0) return -1;
  // Last task starting at or before t; the one after it is the only other candidate.
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((live.starts[list[mid] ?? 0] ?? 0) <= t) lo = mid;
    else hi = mid - 1;
  }
  const next = Math.min(lo + 1, list.length - 1);
  const dLo = distanceTo(live, list[lo] ?? 0, t, now);
  const dNext = distanceTo(live, list[next] ?? 0, t, now);
  return dNext < dLo ? next : lo;
}

/** The task under time t on `lane`, within `toleranceMs` of its bar, or −1. */
export function hitTest(
  live: LiveTasks,
  index: readonly Int32Array[],
  lane: number,
  t: number,
  toleranceMs: number,
  now: number,
): number {
  const list = index[lane];
  if (list === undefined) return -1;
  const pos = nearestPosition(live, list, t, now);
  if (pos < 0) return -1;
  const task = list[pos] ?? -1;
  return distanceTo(live, task, t, now) <= toleranceMs ? task : -1;
}

/** Keys that move the keyboard focus between bars. */
export type StepKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

/**
 * The task focus moves to from `task` (−1 = none yet: the first task of the first busy lane).
 * Left/right: previous/next task in the lane; up/down: the nearest-in-time task on the next lane
 * above/below that ran anything; Home/End: first/last task in the lane. Stays put at the edges.
 */
export function stepFocus(
  live: LiveTasks,
  index: readonly Int32Array[],
  task: number,
  key: StepKey,
  now: number,
): number {
  const firstBusy = index.findIndex((l) => l.length > 0);
  if (firstBusy < 0) return -1;
  const lane = task >= 0 ? (live.lanes[task] ?? -1) : -1;
  const list = index[lane];
  const pos = list === undefined ? -1 : list.indexOf(task);
  if (list === undefined || pos < 0) return index[firstBusy]?.[0] ?? -1;
  switch (key) {
    case 'ArrowLeft':
      return list[Math.max(0, pos - 1)] ?? task;
    case 'ArrowRight':
      return list[Math.min(list.length - 1, pos + 1)] ?? task;
    case 'Home':
      return list[0] ?? task;
    case 'End':
      return list[list.length - 1] ?? task;
    case 'ArrowUp':
    case 'ArrowDown': {
      const dir = key === 'ArrowUp' ? -1 : 1;
      const s = live.starts[task] ?? 0;
      const mid = (s + endOrNow(live.ends[task] ?? 0, now)) / 2;
      for (let l = lane + dir; l >= 0 && l < index.length; l += dir) {
        const other = index[l] as Int32Array;
        const p = nearestPosition(live, other, mid, now);
        if (p >= 0) return other[p] ?? task;
      }
      return task;
    }
  }
}

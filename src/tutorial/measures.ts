// Numbers the read-back quotes that the playground does not compute itself. Pure functions of a
// repetition's output (the result's `last`), so they are unit-tested with hand-made arrays.
import { laneStats } from '../engine/lanes';
import type { StrategyResult } from '../engine/runner';

/** Results delivered before some task submitted earlier had been delivered ("overtakes"). */
export function overtakes(deliveryOrder: ArrayLike<number>): number {
  let highest = -1;
  let count = 0;
  for (let k = 0; k < deliveryOrder.length; k++) {
    const i = deliveryOrder[k] ?? 0;
    if (i < highest) count++;
    else highest = i;
  }
  return count;
}

/**
 * In submission order a finished result is handed over only when every earlier one is: task i is
 * delivered at max(end of tasks 0…i). Returns the mean and longest wait (ms) and which task waited most.
 */
export function submissionWaits(ends: ArrayLike<number>): { mean: number; max: number; task: number } {
  let ready = 0;
  let sum = 0;
  let max = 0;
  let task = 0;
  for (let i = 0; i < ends.length; i++) {
    const e = ends[i] ?? 0;
    if (e > ready) ready = e;
    const wait = ready - e;
    sum += wait;
    if (wait > max) {
      max = wait;
      task = i;
    }
  }
  return { mean: ends.length > 0 ? sum / ends.length : 0, max, task };
}

/** Per-lane busy/idle time of a result's last repetition, workers only when it ran on workers. */
export function lanesOf(
  r: StrategyResult,
): { lane: number; tasks: number; busyMs: number; idleMs: number }[] {
  const out = r.last;
  const n = out.lanes.length;
  let end = r.lastStartedAt;
  for (let i = 0; i < n; i++) end = Math.max(end, out.ends[i] ?? 0);
  const stats = laneStats(out, n, r.workers + 1, r.lastStartedAt, end, end);
  const lanes =
    r.strategy === 'main-thread' || r.strategy === 'main-yielding' ? stats.slice(0, 1) : stats.slice(1);
  return lanes.map((l) => ({ lane: l.lane, tasks: l.tasks, busyMs: l.busyMs, idleMs: l.idleMs }));
}

/** The longest single task of a result's last repetition: its index and duration in ms. */
export function longestTask(r: StrategyResult): { task: number; ms: number } {
  let task = 0;
  let ms = 0;
  for (let i = 0; i < r.last.ends.length; i++) {
    const d = (r.last.ends[i] ?? 0) - (r.last.starts[i] ?? 0);
    if (d > ms) {
      ms = d;
      task = i;
    }
  }
  return { task, ms };
}

/** Sum of task durations of the last repetition, ms: the work itself, without scheduling. */
export function totalTaskMs(r: StrategyResult): number {
  let sum = 0;
  for (let i = 0; i < r.last.ends.length; i++)
    sum += Math.max(0, (r.last.ends[i] ?? 0) - (r.last.starts[i] ?? 0));
  return sum;
}

/** Messages one way for a pool run: one per chunk. */
export function chunkMessages(tasks: number, chunkSize: number): number {
  return Math.ceil(tasks / Math.max(1, chunkSize));
}

import { pageNow } from './clock';
import { prepareJob, runTask, workloadOf } from './task';
import type { SharedRequest } from './types';

// Control words (Int32). Each sits on its own 64-byte line: the claim counter is hammered by every
// worker, and a progress counter on the same line would make every claim a cache miss (false sharing).
const WORDS_PER_LINE = 16;
/** Next unclaimed task index (Atomics.add by `claimSize`). */
export const NEXT = 0;
/** Tasks finished, read by the page for progress. */
export const DONE = WORDS_PER_LINE;
/** Set to 1 to make every worker stop claiming (failure or cancel). */
export const STOP = 2 * WORDS_PER_LINE;
const CONTROL_WORDS = 3 * WORDS_PER_LINE;

/** The shared buffers of one repetition. */
export interface SharedBuffers {
  readonly control: SharedArrayBuffer;
  readonly results: SharedArrayBuffer;
  readonly lanes: SharedArrayBuffer;
  readonly starts: SharedArrayBuffer;
  readonly ends: SharedArrayBuffer;
}

/** Allocates zeroed shared buffers for `tasks` tasks of `width` numbers each. */
export function allocateShared(tasks: number, width: number): SharedBuffers {
  return {
    control: new SharedArrayBuffer(CONTROL_WORDS * 4),
    results: new SharedArrayBuffer(Math.max(8, tasks * width * 8)),
    lanes: new SharedArrayBuffer(Math.max(2, tasks * 2)),
    starts: new SharedArrayBuffer(Math.max(8, tasks * 8)),
    ends: new SharedArrayBuffer(Math.max(8, tasks * 8)),
  };
}

/**
 * Worker side: claim `claimSize` task indices at a time from the shared counter until none are
 * left, writing results, lane and times in place. Returns how many tasks this worker ran.
 */
export function claimLoop(req: SharedRequest): number {
  const job = prepareJob(req.job);
  const w = workloadOf(job);
  const n = w.taskCount(job.params);
  const width = w.resultWidth(job.params);
  const control = new Int32Array(req.control);
  const results = new Float64Array(req.results);
  const lanes = new Int16Array(req.lanes);
  const starts = new Float64Array(req.starts);
  const ends = new Float64Array(req.ends);
  let ran = 0;
  for (;;) {
    if (Atomics.load(control, STOP) !== 0) return ran;
    const first = Atomics.add(control, NEXT, req.claimSize);
    if (first >= n) return ran;
    const end = Math.min(n, first + req.claimSize);
    for (let i = first; i < end; i++) {
      // Lane first, then start: the page may read these at any moment to draw a running bar.
      lanes[i] = req.lane;
      if (req.timed) starts[i] = pageNow(req.pageTimeOrigin);
      try {
        runTask(w, job, i, results, i * width);
      } catch (e) {
        Atomics.store(control, STOP, 1); // siblings stop at their next claim
        throw e;
      }
      if (req.timed) ends[i] = pageNow(req.pageTimeOrigin);
    }
    ran += end - first;
    Atomics.add(control, DONE, end - first);
  }
}

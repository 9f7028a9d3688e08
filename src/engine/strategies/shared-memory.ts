import { autoClaimSize } from '../chunks';
import { abortError } from '../errors';
import { allocateShared, DONE, STOP } from '../shared-memory';
import { workloadOf } from '../task';
import type { RepetitionOutput, Strategy } from '../types';

/** How often the page reads progress from shared memory, in ms (about once per frame). */
const PROGRESS_POLL_MS = 16;

// Workers claim task indices with Atomics.add on one shared counter and write results straight
// into shared typed arrays: no result messages at all. The page only ever reads (never
// Atomics.wait, which throws on the main thread); completion is one reply per worker.
export const sharedMemoryStrategy: Strategy = {
  id: 'shared-memory',
  name: 'SharedArrayBuffer + Atomics',
  summary: 'Workers claim tasks from a shared atomic counter and write results into shared memory.',
  python: {
    idiom: 'multiprocessing.shared_memory + Value/Lock (or Manager)',
    code: 'counter = Value("i", 0)          # shared, lock-protected\nwith counter.get_lock():\n    i = counter.value; counter.value += 1\nresults[i] = task(inputs[i])      # shared_memory array',
  },
  usesWorkers: true,
  availability(env) {
    if (!env.workers) return 'This browser cannot start module workers.';
    if (!env.crossOriginIsolated) {
      return 'SharedArrayBuffer needs cross-origin isolation (COOP: same-origin + COEP: require-corp), and this page is not isolated.';
    }
    return null;
  },
  async run(job, settings, ctx): Promise<RepetitionOutput> {
    const pool = ctx.pool;
    if (pool === null || pool.size === 0) throw new Error('The worker pool is not running.');
    if (!ctx.crossOriginIsolated)
      throw new Error('SharedArrayBuffer is unavailable: the page is not cross-origin isolated.');
    const w = workloadOf(job);
    const n = w.taskCount(job.params);
    const width = w.resultWidth(job.params);
    const claimSize = settings.chunkSize > 0 ? settings.chunkSize : autoClaimSize(n, pool.size);
    const buffers = allocateShared(n, width);
    const control = new Int32Array(buffers.control);
    const lanes = new Int16Array(buffers.lanes);
    const starts = new Float64Array(buffers.starts);
    const ends = new Float64Array(buffers.ends);
    ctx.onLive?.({ lanes, starts, ends });
    const timed = settings.recordTasks !== false;

    // Progress from shared memory about once a frame. The wait is cut short when the run ends, so
    // polling never adds its interval to the measured time.
    let finished = false;
    let wake = () => {};
    const poll = (async () => {
      while (!finished) {
        ctx.onProgress(Atomics.load(control, DONE));
        await new Promise<void>((r) => {
          const timer = setTimeout(r, PROGRESS_POLL_MS);
          wake = () => {
            clearTimeout(timer);
            r();
          };
        });
      }
    })();

    const calls: Promise<number>[] = [];
    for (let lane = 1; lane <= pool.size; lane++) {
      calls.push(
        pool.call(
          lane,
          (api) =>
            api.runShared({ ...buffers, job, lane, claimSize, timed, pageTimeOrigin: ctx.pageTimeOrigin }),
          ctx.signal,
        ),
      );
    }
    let failure: unknown = null;
    await Promise.all(
      calls.map((c) =>
        c.catch((e: unknown) => {
          failure ??= e;
          Atomics.store(control, STOP, 1); // a dead worker cannot raise the flag itself
        }),
      ),
    );
    finished = true;
    wake();
    await poll;
    if (ctx.signal.aborted) throw abortError();
    if (failure !== null) throw failure;
    ctx.onProgress(n);

    // Results were written in place as tasks finished; completion order is end-time order.
    const deliveryOrder = Int32Array.from({ length: n }, (_, i) => i).sort(
      (a, b) => (ends[a] ?? 0) - (ends[b] ?? 0),
    );
    return {
      results: new Float64Array(buffers.results).slice(0, n * width),
      lanes: lanes.slice(0, n),
      starts: starts.slice(0, n),
      ends: ends.slice(0, n),
      deliveryOrder,
      chunkSize: claimSize,
      yields: 0,
    };
  },
};

import { autoChunkSize, chunkRanges } from '../chunks';
import { abortError } from '../errors';
import { workloadOf } from '../task';
import type { RepetitionOutput, Strategy } from '../types';
import { emptyOutput } from './main-thread';

// N warm workers pull chunks of tasks from one queue (dynamic claiming, like Pool.map's task
// queue). Each worker keeps up to two chunks in flight when chunks are plentiful, so it never sits
// idle waiting for the next message; with few chunks one at a time balances unequal tasks better.
export const workerPoolStrategy: Strategy = {
  id: 'worker-pool',
  name: 'Worker pool (Comlink)',
  summary: 'Warm Web Workers take chunks of tasks from a queue; results come back by message.',
  python: {
    idiom: 'multiprocessing.Pool.map / imap_unordered',
    code: 'with Pool(processes=n) as pool:\n    results = pool.map(task, inputs, chunksize=c)        # submission order\n    # for r in pool.imap_unordered(task, inputs, c): …  # completion order',
  },
  usesWorkers: true,
  availability: (env) => (env.workers ? null : 'This browser cannot start module workers.'),
  async run(job, settings, ctx): Promise<RepetitionOutput> {
    const pool = ctx.pool;
    if (pool === null || pool.size === 0) throw new Error('The worker pool is not running.');
    const w = workloadOf(job);
    const n = w.taskCount(job.params);
    const width = w.resultWidth(job.params);
    const size = settings.chunkSize > 0 ? settings.chunkSize : autoChunkSize(n, pool.size);
    const ranges = chunkRanges(n, size);
    const depth = ranges.length > 4 * pool.size ? 2 : 1;
    const o = emptyOutput(n, width);
    const timed = settings.recordTasks !== false;
    // When each chunk was posted (lanes view: chunk in flight, and queue/transfer wait before compute).
    const sent = timed ? new Float64Array(n) : undefined;
    ctx.onLive?.({ lanes: o.lanes, starts: o.starts, ends: o.ends, sent });

    let next = 0; // next chunk to hand out
    let done = 0; // tasks finished
    let delivered = 0; // entries of deliveryOrder written
    let nextInOrder = 0; // submission order: the chunk the caller is waiting for
    const arrived = new Set<number>();
    let failure: unknown = null;

    const deliver = (c: number) => {
      const [first, end] = ranges[c] as readonly [number, number];
      for (let i = first; i < end; i++) o.deliveryOrder[delivered++] = i;
    };

    const feed = async (lane: number) => {
      while (failure === null && next < ranges.length && !ctx.signal.aborted) {
        const c = next++;
        const [first, end] = ranges[c] as readonly [number, number];
        if (sent !== undefined) {
          sent.fill(ctx.now(), first, end);
          o.lanes.fill(lane, first, end);
        }
        const reply = await pool.call(
          lane,
          (api) => api.runChunk({ job, first, end, timed, pageTimeOrigin: ctx.pageTimeOrigin }),
          ctx.signal,
        );
        o.results.set(reply.results, first * width);
        for (let k = 0; k < end - first; k++) {
          o.lanes[first + k] = lane;
          o.starts[first + k] = reply.times[2 * k] ?? 0;
          o.ends[first + k] = reply.times[2 * k + 1] ?? 0;
        }
        if (settings.order === 'completion') deliver(c);
        else {
          arrived.add(c);
          while (arrived.delete(nextInOrder)) deliver(nextInOrder++);
        }
        done += end - first;
        ctx.onProgress(done);
      }
    };

    // Like Pool.map: the first failure is re-raised; unlike it, no new chunks start after it.
    const feeders: Promise<void>[] = [];
    for (let lane = 1; lane <= pool.size; lane++) {
      for (let d = 0; d < depth; d++) {
        feeders.push(
          feed(lane).catch((e: unknown) => {
            failure ??= e;
          }),
        );
      }
    }
    await Promise.all(feeders);
    if (ctx.signal.aborted) throw abortError();
    if (failure !== null) throw failure;
    return { ...o, chunkSize: size, yields: 0 };
  },
};

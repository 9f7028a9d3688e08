import { costRounds } from '../../workloads/cost-hash';
import { hybridWorkers } from '../ideal';
import { Semaphore } from '../semaphore';
import { IoRun, type IoStrategy } from './context';

// Hybrid: the CPU tasks run on the worker pool (each lane claims the next chunk as soon as it is
// free, two chunks in flight so it never idles), and the page starts each save, async, the moment
// a result comes back — at most k in flight. The page only sends and receives messages, so answers
// are handled promptly and the CPU work runs on every core.
export const hybridStrategy: IoStrategy = {
  id: 'hybrid',
  kinds: ['mixed'],
  python: {
    idiom: 'ProcessPoolExecutor + asyncio (run_in_executor)',
    code: 'async def calculate_task_hybrid(n, difficulty):\n    loop = asyncio.get_running_loop()\n    sem = asyncio.Semaphore(100)\n    with ProcessPoolExecutor() as pool:\n        async with aiohttp.ClientSession() as session:\n            async def one(i):\n                result = await loop.run_in_executor(pool, do_task, i, difficulty)\n                await save(result, session, sem)\n            await asyncio.gather(*(one(i) for i in range(n)))',
  },
  async run(setup, ctx) {
    const pool = ctx.pool;
    if (pool === null || pool.size === 0) throw new Error('The hybrid strategy needs the worker pool.');
    const run = new IoRun(setup, ctx);
    const n = setup.items;
    const sem = new Semaphore(setup.concurrency);
    const saves: Promise<void>[] = [];
    const startSave = async (i: number, value: number) => {
      if (!sem.tryAcquire()) await sem.acquire(ctx.signal);
      await run.save(i, value);
      sem.release();
    };
    // Tasks per message: one, unless a task is so short that messages would dominate (< ~1 M rounds).
    const chunk = Math.max(1, Math.ceil(2 ** 20 / costRounds(setup.difficulty)));
    const job = {
      workload: 'cost-hash',
      params: { items: n, difficulty: setup.difficulty },
      fault: null,
    } as const;
    let next = 0;
    const lane = async (l: number) => {
      while (next < n && !run.stopped) {
        const first = next;
        const end = Math.min(n, first + chunk);
        next = end;
        const reply = await pool.call(
          l,
          (api) => api.runChunk({ job, first, end, timed: true, pageTimeOrigin: ctx.pageTimeOrigin }),
          ctx.signal,
        );
        for (let i = first; i < end; i++) {
          const k = i - first;
          const value = reply.results[k] ?? Number.NaN;
          run.computed(i, value, l, reply.times[2 * k] ?? 0, reply.times[2 * k + 1] ?? 0);
          saves.push(startSave(i, value).catch((e: unknown) => run.fail(e)));
        }
      }
    };
    const workers = Math.min(hybridWorkers(setup.workers, ctx.cores), pool.size);
    const lanes: Promise<void>[] = [];
    for (let l = 1; l <= workers; l++) {
      for (let d = 0; d < 2; d++) lanes.push(lane(l).catch((e: unknown) => run.fail(e)));
    }
    await Promise.all(lanes);
    await Promise.all(saves);
    return run.finish();
  },
};

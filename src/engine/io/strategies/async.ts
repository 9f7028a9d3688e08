import { Semaphore } from '../semaphore';
import { IoRun, type IoStrategy } from './context';

// Fully async: start each save the moment its result is ready, with at most k in flight (a
// semaphore). In JS the request leaves at once (fetch/postMessage send immediately); only the
// handling of each answer waits until the loop gives the event loop a turn — every `yieldEvery`
// items, or when the semaphore is full. (asyncio's create_task does not even start the request
// until the loop yields: that is why the book needs `await asyncio.sleep(0)`.)
export const asyncStrategy: IoStrategy = {
  id: 'async',
  kinds: ['io-only', 'mixed'],
  python: {
    idiom: 'asyncio.create_task + Semaphore(100) + asyncio.sleep(0)',
    code: 'async def calculate_task_async(n, difficulty):\n    sem = asyncio.Semaphore(100)\n    async with aiohttp.ClientSession() as session:\n        tasks = []\n        for i in range(n):\n            result = do_task(i, difficulty)\n            tasks.append(asyncio.create_task(save(result, session, sem)))\n            await asyncio.sleep(0)   # let the loop start and finish requests\n        await asyncio.wait(tasks)',
  },
  async run(setup, ctx) {
    const run = new IoRun(setup, ctx);
    const sem = new Semaphore(setup.concurrency);
    const saves: Promise<void>[] = [];
    for (let i = 0; i < setup.items; i++) {
      const value = run.compute(i);
      if (!sem.tryAcquire()) await sem.acquire(ctx.signal); // k saves in flight: wait for one
      saves.push(run.save(i, value).finally(() => sem.release()));
      if (setup.kind === 'mixed' && setup.yieldEvery > 0 && (i + 1) % setup.yieldEvery === 0) {
        await run.pause(); // answers that arrived meanwhile are handled now
      }
      run.check();
    }
    await Promise.all(saves);
    return run.finish();
  },
};

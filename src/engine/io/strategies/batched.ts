import { IoRun, type IoStrategy } from './context';

// Batched: compute a batch of b results, then send all b saves at once and wait for the slowest
// (Promise.all, like asyncio.gather). The CPU idles while each batch's I/O is in flight.
export const batchedStrategy: IoStrategy = {
  id: 'batched',
  kinds: ['io-only', 'mixed'],
  python: {
    idiom: 'asyncio.gather per batch',
    code: 'async def calculate_task_batch(n, difficulty, batch_size=100):\n    async with aiohttp.ClientSession() as session:\n        batch = []\n        for i in range(n):\n            batch.append(do_task(i, difficulty))\n            if len(batch) == batch_size:\n                await asyncio.gather(*(save(r, session) for r in batch))\n                batch = []\n        await asyncio.gather(*(save(r, session) for r in batch))',
  },
  async run(setup, ctx) {
    const run = new IoRun(setup, ctx);
    for (let first = 0; first < setup.items; first += setup.batchSize) {
      const end = Math.min(setup.items, first + setup.batchSize);
      const values: number[] = [];
      for (let i = first; i < end; i++) values.push(run.compute(i));
      await Promise.all(values.map((value, k) => run.save(first + k, value)));
      run.check();
    }
    return run.finish();
  },
};

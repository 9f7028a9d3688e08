import { throwIfAborted } from '../errors';
import { prepareJob, workloadOf } from '../task';
import type { RepetitionOutput, Strategy } from '../types';
import { emptyOutput, runTaskOnMain } from './main-thread';

// The same loop, handing the event loop a turn whenever it has worked for yieldIntervalMs.
// The page stays responsive; the work is no faster (a little slower: each yield costs a turn).
export const mainYieldingStrategy: Strategy = {
  id: 'main-yielding',
  name: 'Main thread, yielding',
  summary: 'The same loop, yielding to the event loop every few ms. Responsive, not faster.',
  python: {
    idiom: 'asyncio + await asyncio.sleep(0)',
    code: 'async def run(inputs):\n    for x in inputs:\n        results.append(task(x))\n        await asyncio.sleep(0)   # let other coroutines run',
  },
  usesWorkers: false,
  availability: () => null,
  async run(rawJob, settings, ctx): Promise<RepetitionOutput> {
    const job = prepareJob(rawJob);
    const w = workloadOf(job);
    const n = w.taskCount(job.params);
    const width = w.resultWidth(job.params);
    const o = emptyOutput(n, width);
    ctx.onLive?.(o);
    let sliceStart = ctx.now();
    let yields = 0;
    for (let i = 0; i < n; i++) {
      o.starts[i] = ctx.now();
      runTaskOnMain(job, i, o.results, i * width);
      const end = ctx.now();
      o.ends[i] = end;
      o.deliveryOrder[i] = i;
      if (end - sliceStart >= settings.yieldIntervalMs && i < n - 1) {
        ctx.onProgress(i + 1);
        await ctx.yieldToMain();
        yields++;
        throwIfAborted(ctx.signal);
        sliceStart = ctx.now();
      }
    }
    ctx.onProgress(n);
    return { ...o, chunkSize: 1, yields };
  },
};

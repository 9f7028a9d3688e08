import { CrashRequest, TaskFailedError } from '../errors';
import { prepareJob, runTask, workloadOf } from '../task';
import type { Job, RepetitionOutput, Strategy } from '../types';

/** Result arrays for a repetition of `n` tasks of `width` numbers. */
export function emptyOutput(n: number, width: number) {
  return {
    results: new Float64Array(n * width),
    lanes: new Int16Array(n),
    starts: new Float64Array(n),
    ends: new Float64Array(n),
    deliveryOrder: new Int32Array(n),
  };
}

/** runTask on the page: a 'crash' fault cannot kill the page's only thread, so it fails the task. */
export function runTaskOnMain(job: Job, i: number, out: Float64Array, offset: number): void {
  try {
    runTask(workloadOf(job), job, i, out, offset);
  } catch (e) {
    if (e instanceof CrashRequest) {
      throw new TaskFailedError(
        `Task ${i} failed: injected crash (on the main thread a crash fails the task; only workers can die).`,
      );
    }
    throw e;
  }
}

// The plain loop. The page cannot paint or handle input until it ends: that is the lesson.
export const mainThreadStrategy: Strategy = {
  id: 'main-thread',
  name: 'Main thread',
  summary: 'A plain loop on the page’s own thread. The page freezes until it ends.',
  python: {
    idiom: 'for loop / map()',
    code: 'results = [task(x) for x in inputs]   # or list(map(task, inputs))',
  },
  usesWorkers: false,
  availability: () => null,
  async run(rawJob, _settings, ctx): Promise<RepetitionOutput> {
    const job = prepareJob(rawJob);
    const w = workloadOf(job);
    const n = w.taskCount(job.params);
    const width = w.resultWidth(job.params);
    const o = emptyOutput(n, width);
    ctx.onLive?.(o);
    for (let i = 0; i < n; i++) {
      o.starts[i] = ctx.now();
      runTaskOnMain(job, i, o.results, i * width);
      o.ends[i] = ctx.now();
      o.deliveryOrder[i] = i;
    }
    ctx.onProgress(n);
    return { ...o, chunkSize: 1, yields: 0 };
  },
};

import { CrashRequest, TaskFailedError } from './errors';
import type { Job, Workload } from './types';
import { getWorkload } from './workloads';

/**
 * Runs task i of the job into out[offset…]. Every strategy calls this, on any thread, so fault
 * injection and error wording are the same everywhere.
 */
export function runTask(w: Workload, job: Job, i: number, out: Float64Array, offset: number): void {
  const fault = job.fault;
  if (fault !== null && fault.task === i) {
    if (fault.kind === 'crash') throw new CrashRequest(`Injected crash at task ${i}`);
    throw new TaskFailedError(`Task ${i} (${w.taskLabel(job.params, i)}) failed: injected fault.`);
  }
  try {
    w.kernel(job.params, i, out, offset);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new TaskFailedError(`Task ${i} (${w.taskLabel(job.params, i)}) threw: ${why}`);
  }
}

/**
 * The job with whole-number parameters turned into small integers. Numbers that crossed a
 * postMessage can arrive as heap doubles; a kernel that loops to such a bound keeps deoptimising
 * (measured: 7× slower per task in Chromium workers). One `| 0` per chunk avoids that.
 */
export function prepareJob(job: Job): Job {
  const params: Record<string, number> = {};
  for (const [k, v] of Object.entries(job.params)) {
    params[k] = Number.isInteger(v) && Math.abs(v) < 2 ** 30 ? v | 0 : v;
  }
  return { ...job, params };
}

/** Looks up the job's workload; throws a clear error for an unknown id. */
export function workloadOf(job: Job): Workload {
  return getWorkload(job.workload);
}

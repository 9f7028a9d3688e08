import type { Workload, WorkloadId } from '../types';
import { costHashWorkload } from './cost-hash';
import { fibonacciWorkload } from './fibonacci';
import { heavyLoopWorkload } from './heavy-loop';
import { mandelbrotWorkload } from './mandelbrot';
import { primeCountWorkload } from './prime-count';

/** Every workload, in menu order. Adding one is one file plus one line here. */
export const WORKLOADS: readonly Workload[] = [
  heavyLoopWorkload,
  fibonacciWorkload,
  primeCountWorkload,
  mandelbrotWorkload,
  costHashWorkload,
];

/** True when `id` names a registered workload (ids arrive from URLs and files). */
export function isWorkloadId(id: unknown): id is WorkloadId {
  return WORKLOADS.some((w) => w.id === id);
}

export function getWorkload(id: WorkloadId): Workload {
  const w = WORKLOADS.find((x) => x.id === id);
  if (w === undefined) throw new Error(`Unknown workload "${id}"`);
  return w;
}

/** Default parameter values of a workload. */
export function defaultParams(w: Workload): Record<string, number> {
  return Object.fromEntries(w.params.map((s) => [s.key, s.default]));
}

import type { IoResult } from '../engine/io/measure';
import { defaultPresetFor, type IoField, ioSetupToInputs } from '../engine/io/setup';
import type { IoStrategyId } from '../engine/io/types';

/** One point of an experiment: x is the yield interval (items, 0 = never) or the concurrency limit. */
export interface IoExperimentPoint {
  readonly x: number;
  /** Wall time of the run, ms. */
  readonly totalMs: number;
  /** Mean client-observed latency (sent → answer handled), ms. */
  readonly meanLatencyMs: number;
  /** Saves acknowledged per second. */
  readonly throughput: number;
  readonly failed: number;
  readonly retried: number;
}

/** The yield-interval or overload experiment: a sweep of one knob on the setup on screen. */
export interface IoExperiment {
  readonly kind: 'yield' | 'overload';
  readonly status: 'running' | 'complete' | 'cancelled' | 'failed';
  /** The x values planned, in run order. */
  readonly xs: readonly number[];
  /** Server capacity during the experiment (the overload chart marks it). */
  readonly capacity: number;
  /** Measured so far, in run order. */
  readonly points: readonly IoExperimentPoint[];
}

/** The I/O lab's state: form text, results, the run in flight, experiments and the calibration. */
export interface IoSlice {
  io: {
    /** Form text, like the CPU form (typing is never lost or silently changed). */
    inputs: Record<IoField, string>;
    /** Newest per (experiment setup, strategy); at most 40. */
    results: readonly IoResult[];
    /** The repetition in flight (its arrays via getIoLive()). */
    live: { strategy: IoStrategyId; startedAt: number } | null;
    progress: { done: number; total: number; label: string } | null;
    /** The latest yield or overload experiment. */
    experiment: IoExperiment | null;
    /** Measured task cost c on this machine. */
    calibration: { difficulty: number; costMs: number } | null;
  };
}

/** The lab as it starts: the I/O-only everyday preset. */
export function initialIoSlice(): IoSlice {
  return {
    io: {
      inputs: ioSetupToInputs(defaultPresetFor('io-only').setup),
      results: [],
      live: null,
      progress: null,
      experiment: null,
      calibration: null,
    },
  };
}

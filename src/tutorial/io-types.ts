// The I/O chapters' plan and outcome (chapters 8 and 9 run in the I/O lab, issue 4).
import type { IoResult } from '../engine/io/measure';
import type { IoField, IoPresetId } from '../engine/io/setup';
import type { IoStrategyId } from '../engine/io/types';

/** An I/O chapter: a preset of the I/O lab with a few fields changed, the strategies, an experiment. */
export interface IoPlan {
  readonly kind: 'io';
  readonly preset: IoPresetId;
  /** Fields changed on top of the preset, as the lab's form holds them (text). */
  readonly inputs: Readonly<Partial<Record<IoField, string>>>;
  readonly strategies: readonly IoStrategyId[];
  /** Also run the lab's overload experiment after the strategies. */
  readonly overload?: boolean;
}

/** One I/O strategy's measurement, reduced to what the read-back quotes. Times in ms. */
export interface IoMeasured {
  readonly strategy: IoStrategyId;
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly idealMs: number;
  readonly meanLatencyMs: number;
  /** Measured CPU cost per task (mixed), else null. */
  readonly costMs: number | null;
  /** CPU lanes used (hybrid: workers). */
  readonly workers: number;
  readonly failed: number;
}

/** One point of the overload experiment: concurrency limit x. */
export interface IoOverloadPoint {
  readonly x: number;
  readonly totalMs: number;
  readonly meanLatencyMs: number;
  /** Saves acknowledged per second. */
  readonly throughput: number;
  readonly failed: number;
}

export interface IoOutcome {
  readonly kind: 'io';
  readonly predicted: string | null;
  readonly finishedAt: number;
  readonly cores: number;
  readonly items: number;
  readonly latencyMs: number;
  readonly capacity: number;
  readonly batchSize: number;
  readonly concurrency: number;
  readonly measured: readonly IoMeasured[];
  readonly overload: readonly IoOverloadPoint[];
  /** The lab's full results, for its comparison chart (not needed by the read-back). */
  readonly results: readonly IoResult[];
}

/** The measurement of a strategy, reduced from the lab's result. */
export function measuredFrom(r: IoResult): IoMeasured {
  return {
    strategy: r.strategy,
    median: r.median,
    min: r.min,
    max: r.max,
    idealMs: r.idealMs,
    meanLatencyMs: r.latency.mean,
    costMs: r.costMs,
    workers: r.workers,
    failed: r.failed,
  };
}

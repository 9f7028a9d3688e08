/// <reference types="vite/client" />
// The benchmark page (bench.html, not the app): a tiny API on `window.bench` that scripts/bench.mjs
// drives through Playwright. It runs the real engine measure() on a real WorkerPool, and the
// `workerpool` package as a peer baseline, side by side in one page.

import type { IoSetup, IoStrategyId } from '../engine/io/types';
import { measure } from '../engine/runner';
import { settingSpecs } from '../engine/setup';
import { getStrategy } from '../engine/strategies';
import type { Params, StrategyId, StrategySettings, WorkloadId } from '../engine/types';
import { defaultParams, getWorkload } from '../engine/workloads';
import { detectEnvironment, type Environment } from '../platform/capabilities';
import { type FrameReport, FrameSampler } from '../platform/frame-sampler';
import { spawnBrowserWorker } from '../platform/spawn-worker';
import { WorkerPool } from '../platform/worker-pool';
import { afterNextPaint, detectYield } from '../platform/yield';
import {
  type BenchIoRequest,
  type BenchIoResult,
  calibrateCost,
  idealWith,
  measureIoStrategy,
} from './io-bench';
import { PeerPool, type PeerResult } from './peer';

/** One measurement request from the script; omitted settings take the app's defaults. */
export interface BenchMeasureRequest {
  readonly strategy: StrategyId;
  readonly workload: WorkloadId;
  /** Omitted keys take the workload's defaults. */
  readonly params?: Readonly<Record<string, number>>;
  readonly settings?: Partial<StrategySettings>;
  /** Timed repetitions after one untimed warm-up (default 3). */
  readonly repetitions?: number;
}

/** What one measurement returns (no per-task arrays: they would swamp the protocol). Times in ms. */
export interface BenchMeasureResult extends FrameReport {
  readonly strategy: StrategyId;
  readonly workload: WorkloadId;
  readonly params: Params;
  readonly tasks: number;
  readonly samples: readonly number[];
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly verified: boolean;
  readonly verifyDetail: string;
  readonly answer: number;
  readonly fingerprint: string;
  readonly workers: number;
  readonly chunkSize: number;
  readonly yields: number;
  /**
   * Time one task took where it ran (end − start, last repetition; mean of the middle 80 %, which
   * averages out the 5 µs timer steps and drops preempted tasks). Compared across strategies it
   * shows whether the kernel itself ran at the same speed on every thread. NaN when tasks were not
   * timed (recordTasks false).
   */
  readonly taskMs: number;
  /** Start-up of workers the pool had to (re)start before this measurement; null when it was warm. */
  readonly poolStartupMs: number | null;
  /** Whether tasks were timed for the lanes (settings.recordTasks); taskMs is NaN when not. */
  readonly recordTasks: boolean;
  /** Tasks of the last repetition that carry a start time: all of them, or none without recording. */
  readonly timedTasks: number;
}

/** The API on window.bench. */
export interface BenchApi {
  readonly ready: true;
  environment(): Environment;
  /** Grows the engine's pool to `workers` and waits until all are ready; start-up ms or null. */
  warmPool(workers: number): Promise<number | null>;
  measure(req: BenchMeasureRequest): Promise<BenchMeasureResult>;
  /** Starts the workerpool peer with `workers` workers; start-up ms. */
  startPeer(workers: number): Promise<number>;
  measurePeer(req: { tasks: number; n: number; repetitions?: number }): Promise<PeerResult>;
  /** I/O lab (section 6): the task cost on the page at `difficulty`, ms. */
  ioCalibrate(difficulty: number): Promise<{ difficulty: number; costMs: number; samples: number[] }>;
  /** I/O lab: one strategy through measureIo against the server worker (hybrid: the engine's pool). */
  ioMeasure(req: BenchIoRequest): Promise<BenchIoResult>;
  /** I/O lab: the model's time for a strategy with a given task cost. */
  ioIdeal(req: { strategy: IoStrategyId; setup: IoSetup; costMs: number }): { ms: number; formula: string };
  dispose(): Promise<void>;
}

declare global {
  interface Window {
    bench?: BenchApi;
  }
}

const env = detectEnvironment();
const { yieldToMain } = detectYield();
const pool = new WorkerPool(spawnBrowserWorker);
const peer = new PeerPool();
const status = document.getElementById('status');

/** Mean of the middle 80 % of `xs` (NaN when empty). */
function trimmedMean(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const cut = Math.floor(s.length / 10);
  const mid = s.slice(cut, s.length - cut);
  return mid.length === 0 ? Number.NaN : mid.reduce((a, b) => a + b, 0) / mid.length;
}

function show(text: string): void {
  if (status !== null) status.textContent = text;
}

async function runMeasure(req: BenchMeasureRequest): Promise<BenchMeasureResult> {
  const strategy = getStrategy(req.strategy);
  const workload = getWorkload(req.workload);
  const params: Params = { ...defaultParams(workload), ...req.params };
  const defaults = settingSpecs(env.cores);
  const settings: StrategySettings = {
    workers: defaults.workers.default,
    chunkSize: defaults.chunkSize.default,
    order: 'submission',
    yieldIntervalMs: defaults.yieldIntervalMs.default,
    ...req.settings,
  };
  const why = strategy.availability({ crossOriginIsolated: env.crossOriginIsolated, workers: env.workers });
  if (why !== null) throw new Error(`${strategy.name} is unavailable: ${why}`);
  const poolStartupMs = strategy.usesWorkers ? await pool.resize(settings.workers) : null;

  show(`Measuring ${strategy.name} on ${workload.name} ${JSON.stringify(params)}…`);
  const sampler = new FrameSampler();
  let frames: FrameReport;
  sampler.start();
  try {
    const r = await measure({
      strategy,
      job: { workload: workload.id, params, fault: null },
      settings,
      repetitions: req.repetitions ?? defaults.repetitions.default,
      ctx: {
        signal: new AbortController().signal,
        now: () => performance.now(),
        pageTimeOrigin: performance.timeOrigin,
        yieldToMain,
        pool: strategy.usesWorkers ? pool : null,
        crossOriginIsolated: env.crossOriginIsolated,
      },
      onProgress: () => {},
      betweenRepetitions: afterNextPaint,
    });
    frames = await sampler.stop();
    show(`Done: ${strategy.name}, median ${r.median.toFixed(1)} ms.`);
    return {
      strategy: r.strategy,
      workload: r.workload,
      params: r.params,
      tasks: workload.taskCount(params),
      samples: r.samples,
      median: r.median,
      min: r.min,
      max: r.max,
      verified: r.verified,
      verifyDetail: r.verifyDetail,
      answer: r.answer,
      fingerprint: r.fingerprint,
      workers: r.workers,
      chunkSize: r.chunkSize,
      yields: r.yields,
      // Without lane recording (settings.recordTasks false) no task was timed.
      taskMs:
        settings.recordTasks === false
          ? Number.NaN
          : trimmedMean(Array.from(r.last.ends, (end, i) => end - (r.last.starts[i] ?? end))),
      recordTasks: settings.recordTasks !== false,
      timedTasks: r.last.starts.reduce((k, t) => (t > 0 ? k + 1 : k), 0),
      poolStartupMs,
      ...frames,
    };
  } catch (e) {
    await sampler.stop();
    throw e;
  }
}

window.bench = {
  ready: true,
  environment: () => env,
  warmPool: (workers) => pool.resize(workers),
  measure: runMeasure,
  startPeer: (workers) => peer.start(workers),
  measurePeer: ({ tasks, n, repetitions }) =>
    peer.measure(tasks, n, repetitions ?? settingSpecs(env.cores).repetitions.default),
  ioCalibrate: (difficulty) => calibrateCost(difficulty),
  ioMeasure: (req) => measureIoStrategy(req, pool, env.cores),
  ioIdeal: ({ strategy, setup, costMs }) => idealWith(strategy, setup, costMs, env.cores),
  async dispose() {
    pool.terminate();
    await peer.terminate();
  },
};
show(`Ready: ${env.cores} cores, crossOriginIsolated = ${env.crossOriginIsolated}.`);

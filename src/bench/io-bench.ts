// The I/O lab's part of the benchmark page: the real measureIo() against the real server worker and
// a real WorkerPool, driven by scripts/bench.mjs through window.bench (section 6).
import { hybridWorkers, idealMs } from '../engine/io/ideal';
import { type LatencyStats, measureIo } from '../engine/io/measure';
import { getIoPreset } from '../engine/io/setup';
import { abortableSleep } from '../engine/io/strategies/context';
import { getIoStrategy } from '../engine/io/strategies/index';
import type { IoSetup, IoStrategyId } from '../engine/io/types';
import { median } from '../engine/stats';
import { costHash } from '../engine/workloads/cost-hash';
import { getIoServer, yieldBehindMessages } from '../platform/io-server';
import type { WorkerPool } from '../platform/worker-pool';
import { afterNextPaint } from '../platform/yield';

/** One I/O measurement request; `setup` overrides the everyday mixed preset. */
export interface BenchIoRequest {
  readonly strategy: IoStrategyId;
  readonly setup?: Partial<IoSetup>;
}

/** What one I/O measurement returns (no per-request arrays). Times in ms. */
export interface BenchIoResult {
  readonly strategy: IoStrategyId;
  readonly setup: IoSetup;
  readonly samples: readonly number[];
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly verified: boolean;
  readonly verifyDetail: string;
  /** Task cost measured in this run (page, or the hybrid's workers), ms. */
  readonly costMs: number | null;
  /** The model's time with this run's own c, and its formula. */
  readonly idealMs: number;
  readonly idealFormula: string;
  readonly ioMs: number;
  readonly latency: LatencyStats;
  readonly serverLatency: LatencyStats;
  readonly workers: number;
  readonly retried: number;
  readonly failed: number;
  readonly yields: number;
  readonly yieldMs: number;
  /** Mean main-thread CPU per repetition (last repetition), ms. */
  readonly mainCpuMs: number;
}

/** The task cost on the page: a JIT warm-up, then `tasks` timed tasks; median and all samples, ms. */
export async function calibrateCost(
  difficulty: number,
  tasks = 7,
): Promise<{ difficulty: number; costMs: number; samples: number[] }> {
  let sink = 0;
  for (let i = 0; i < 400; i++) sink ^= costHash(i, 0);
  const samples: number[] = [];
  for (let i = 0; i < tasks; i++) {
    await afterNextPaint();
    const t = performance.now();
    sink ^= costHash(i, difficulty);
    samples.push(performance.now() - t);
  }
  if (sink === -1) throw new Error('unreachable');
  return { difficulty, costMs: median(samples), samples };
}

/** Runs one I/O strategy through measureIo on the page's server (and `pool` for the hybrid). */
export async function measureIoStrategy(
  req: BenchIoRequest,
  pool: WorkerPool,
  cores: number,
): Promise<BenchIoResult> {
  const base = getIoPreset('everyday-mixed').setup;
  const setup: IoSetup = { ...base, ...req.setup, strategy: req.strategy };
  const hybrid = req.strategy === 'hybrid';
  if (hybrid) await pool.resize(hybridWorkers(setup.workers, cores));
  const server = getIoServer();
  const r = await measureIo({
    strategy: getIoStrategy(req.strategy),
    setup,
    server,
    ctx: {
      client: server,
      signal: new AbortController().signal,
      now: () => performance.now(),
      pageTimeOrigin: performance.timeOrigin,
      yieldToMain: yieldBehindMessages,
      sleep: abortableSleep,
      pool: hybrid ? pool : null,
      cores,
    },
    onProgress: () => {},
    betweenRepetitions: afterNextPaint,
  });
  return {
    strategy: r.strategy,
    setup: r.setup,
    samples: r.samples,
    median: r.median,
    min: r.min,
    max: r.max,
    verified: r.verified,
    verifyDetail: r.verifyDetail,
    costMs: r.costMs,
    idealMs: r.idealMs,
    idealFormula: r.idealFormula,
    ioMs: r.ioMs,
    latency: r.latency,
    serverLatency: r.serverLatency,
    workers: r.workers,
    retried: r.retried,
    failed: r.failed,
    yields: r.yields,
    yieldMs: r.yieldMs,
    mainCpuMs: r.last.mainCpuMs,
  };
}

/** The model's time for `strategy` on `setup` with a given task cost (the script's strict bound). */
export function idealWith(strategy: IoStrategyId, setup: IoSetup, costMs: number, cores: number) {
  return idealMs(strategy, setup, costMs, cores);
}

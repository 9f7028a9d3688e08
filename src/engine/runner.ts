import { throwIfAborted, VerificationError } from './errors';
import { fingerprint } from './fingerprint';
import type { Responsiveness } from './responsiveness';
import { summarize } from './stats';
import { workloadOf } from './task';
import type {
  Fault,
  Job,
  RepetitionOutput,
  RunContext,
  Strategy,
  StrategyId,
  StrategySettings,
  WorkloadId,
} from './types';

/** Progress of a whole measured run: the warm-up plus every repetition. */
export interface RunProgress {
  readonly done: number;
  readonly total: number;
  /** 0 = warm-up, 1…repetitions = timed repetitions. */
  readonly repetition: number;
}

/** Everything measured for one strategy on one setup. Times in ms. */
export interface StrategyResult {
  readonly strategy: StrategyId;
  readonly workload: WorkloadId;
  readonly params: Readonly<Record<string, number>>;
  readonly fault: Fault | null;
  /** Workers that ran tasks (1 for main-thread strategies). */
  readonly workers: number;
  readonly chunkSize: number;
  readonly order: StrategySettings['order'];
  readonly yieldIntervalMs: number;
  /** Wall time of each timed repetition (the warm-up is not included). */
  readonly samples: readonly number[];
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly verified: boolean;
  readonly verifyDetail: string;
  readonly answer: number;
  readonly answerText: string;
  readonly fingerprint: string;
  /** Main-thread yields per repetition (yielding strategy), else 0. */
  readonly yields: number;
  /** The last repetition's per-task output: lanes, times, results (for drawing). */
  readonly last: RepetitionOutput;
  /** Page-clock time the last repetition started, so lanes can be drawn from 0. */
  readonly lastStartedAt: number;
  /** How responsive the page stayed during the whole run (set by the page, which can measure it). */
  readonly responsiveness?: Responsiveness;
}

export interface MeasureRequest {
  readonly strategy: Strategy;
  readonly job: Job;
  readonly settings: StrategySettings;
  readonly repetitions: number;
  readonly ctx: Omit<RunContext, 'onProgress'>;
  onProgress(p: RunProgress): void;
  /** A repetition started (0 = warm-up); `startedAt` is its page-clock start. */
  onRepetition?(repetition: number, startedAt: number): void;
  /** Lets the page paint and handle input between repetitions (outside the timed region). */
  betweenRepetitions(): Promise<void>;
}

/**
 * One warm-up, then `repetitions` timed runs. Every repetition is verified and must produce the
 * same fingerprint; verification and the pauses between repetitions are not timed.
 */
export async function measure(req: MeasureRequest): Promise<StrategyResult> {
  const { strategy, job, settings, ctx } = req;
  const w = workloadOf(job);
  const n = w.taskCount(job.params);
  const total = n * (req.repetitions + 1);
  const samples: number[] = [];
  let print = '';
  let verification = { ok: false, answer: Number.NaN, detail: '' };
  let last: RepetitionOutput | null = null;
  let lastStartedAt = 0;

  for (let rep = 0; rep <= req.repetitions; rep++) {
    throwIfAborted(ctx.signal);
    const base = rep * n;
    const runCtx: RunContext = {
      ...ctx,
      onProgress: (done) => req.onProgress({ done: base + done, total, repetition: rep }),
    };
    const t0 = ctx.now();
    req.onRepetition?.(rep, t0);
    const out = await strategy.run(job, settings, runCtx);
    const elapsed = ctx.now() - t0;
    if (rep > 0) samples.push(elapsed);
    req.onProgress({ done: base + n, total, repetition: rep });

    verification = w.verify(job.params, out.results);
    if (!verification.ok) {
      throw new VerificationError(`${strategy.name} computed a wrong answer: ${verification.detail}.`);
    }
    const f = fingerprint(out.results);
    if (print !== '' && f !== print) {
      throw new VerificationError(
        `${strategy.name} gave different results in two repetitions (${print} vs ${f}).`,
      );
    }
    print = f;
    last = out;
    lastStartedAt = t0;
    await req.betweenRepetitions();
  }

  if (last === null) throw new Error('No repetition ran.');
  return {
    strategy: strategy.id,
    workload: job.workload,
    params: job.params,
    fault: job.fault,
    workers: strategy.usesWorkers ? (ctx.pool?.size ?? 0) : 1,
    chunkSize: last.chunkSize,
    order: settings.order,
    yieldIntervalMs: settings.yieldIntervalMs,
    samples,
    ...summarize(samples),
    verified: true,
    verifyDetail: verification.detail,
    answer: verification.answer,
    answerText: w.formatAnswer(verification.answer),
    fingerprint: print,
    yields: last.yields,
    last,
    lastStartedAt,
  };
}

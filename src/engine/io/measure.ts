// Measuring one I/O strategy: (a warm-up where the JIT matters), repetitions, an exactly-once check
// of every repetition against the server's own log, latency statistics and the model's ideal time.
import { throwIfAborted } from '../errors';
import { median, summarize } from '../stats';
import { costHash, costHashExpected } from '../workloads/cost-hash';
import { hybridWorkers, idealMs } from './ideal';
import type { IoContext, IoStrategy } from './strategies/context';
import type { IoKind, IoRunOutput, IoSetup, IoStrategyId, ServerConfig, ServerLogEntry } from './types';

/** A latency distribution, ms. */
export interface LatencyStats {
  readonly mean: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

/** Everything measured for one strategy on one setup. Times in ms. */
export interface IoResult {
  readonly strategy: IoStrategyId;
  readonly kind: IoKind;
  readonly setup: IoSetup;
  /** Wall time of each timed repetition. */
  readonly samples: number[];
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** Every repetition passed the exactly-once check against the server's log. */
  readonly verified: boolean;
  readonly verifyDetail: string;
  /** The last repetition (arrays for the charts) and the server's log of it. */
  readonly last: IoRunOutput;
  readonly log: ServerLogEntry[];
  /** Page-clock time the last repetition started, so its charts can start at 0. */
  readonly lastStartedAt: number;
  /** Client-observed: sent → answer handled by the page (last repetition, acknowledged saves). */
  readonly latency: LatencyStats;
  /** Server-side: received → answered. */
  readonly serverLatency: LatencyStats;
  /** Measured CPU cost per task (mixed), on this machine; null for I/O only. */
  readonly costMs: number | null;
  readonly idealMs: number;
  readonly idealFormula: string;
  /** Time attributable to I/O: median over repetitions of (total − CPU on the critical path). */
  readonly ioMs: number;
  /** CPU lanes used: 1 (the page) or the hybrid's workers. */
  readonly workers: number;
  readonly cores: number;
  /** Last repetition's counts. */
  readonly retried: number;
  readonly failed: number;
  readonly yields: number;
  readonly yieldMs: number;
}

/** p-quantile (0…1) of sorted values, by linear interpolation; NaN when empty. */
function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const x = (sorted.length - 1) * p;
  const lo = Math.floor(x);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(sorted.length - 1, lo + 1)] as number;
  return a + (b - a) * (x - lo);
}

/** Mean, median, 95th percentile and max of `xs` (NaN for all when empty). */
export function latencyStats(xs: readonly number[]): LatencyStats {
  const s = [...xs].sort((a, b) => a - b);
  const mean = s.length === 0 ? Number.NaN : s.reduce((a, b) => a + b, 0) / s.length;
  return {
    mean,
    p50: quantile(s, 0.5),
    p95: quantile(s, 0.95),
    max: s.length === 0 ? Number.NaN : (s.at(-1) as number),
  };
}

/** Client-observed latency of every acknowledged save of a repetition, ms. */
export function clientLatencies(out: IoRunOutput): number[] {
  const xs: number[] = [];
  for (let i = 0; i < out.status.length; i++) {
    if (out.status[i] === 200) xs.push((out.answeredAt[i] as number) - (out.sentAt[i] as number));
  }
  return xs;
}

/** Server-side latency (received → answered) of every request it saved, ms. */
export function serverLatencies(log: readonly ServerLogEntry[]): number[] {
  return log.filter((e) => e.status === 200).map((e) => e.finishedAt - e.receivedAt);
}

/** What the exactly-once check found. */
export interface DeliveryCheck {
  readonly ok: boolean;
  readonly detail: string;
  /** Items the client gave up on (refused every time); counted, never silently dropped. */
  readonly failed: number;
  readonly problems: readonly string[];
}

/**
 * The exactly-once check, from the server's own log: every item the client says was saved is in
 * the log exactly once with status 200 and the right value; every item it gave up on was refused
 * every time and never saved; nothing else reached the server; refusals = retries + failures.
 */
export function checkDelivery(
  out: IoRunOutput,
  log: readonly ServerLogEntry[],
  expected: (i: number) => number,
): DeliveryCheck {
  const n = out.status.length;
  const problems: string[] = [];
  const saved = new Int32Array(n);
  const arrivals = new Int32Array(n);
  let refused = 0;
  for (const e of log) {
    if (!Number.isInteger(e.id) || e.id < 0 || e.id >= n) {
      problems.push(`the server received item ${e.id}, which does not exist`);
      continue;
    }
    arrivals[e.id] = (arrivals[e.id] as number) + 1;
    if (e.status === 503) refused++;
    if (e.status !== 200) continue;
    saved[e.id] = (saved[e.id] as number) + 1;
    const want = expected(e.id);
    if (e.value !== want) problems.push(`item ${e.id}: the server saved ${e.value}, expected ${want}`);
  }
  let failed = 0;
  let acknowledged = 0;
  for (let i = 0; i < n; i++) {
    const s = saved[i] as number;
    const status = out.status[i] as number;
    if (s > 1) problems.push(`item ${i}: saved ${s} times`);
    if (status === 200) {
      acknowledged++;
      if (s === 0) problems.push(`item ${i}: acknowledged to the client but missing from the server's log`);
    } else if (status === 503) {
      failed++;
      if (s > 0) problems.push(`item ${i}: counted as failed but the server saved it`);
      if (arrivals[i] !== out.attempts[i])
        problems.push(`item ${i}: ${out.attempts[i]} attempts sent, ${arrivals[i]} received`);
    } else {
      problems.push(`item ${i}: ${status === 0 ? 'never answered' : `answered ${status}`}`);
    }
  }
  if (failed !== out.failed)
    problems.push(`the client counted ${out.failed} failures, the log shows ${failed}`);
  if (refused !== out.retried + out.failed)
    problems.push(
      `the server refused ${refused} requests, but the client counted ${out.retried} retries + ${out.failed} failures`,
    );
  const ok = problems.length === 0;
  const shown =
    problems.slice(0, 5).join('; ') + (problems.length > 5 ? `; and ${problems.length - 5} more` : '');
  const failNote =
    failed === 0
      ? ''
      : `; ${failed} failed after ${Math.max(...Array.from(out.attempts.filter((_, i) => out.status[i] === 503)))} attempts (refused every time, counted)`;
  return {
    ok,
    failed,
    problems,
    detail: ok
      ? `all ${acknowledged} acknowledged saves reached the server exactly once with the right value${failNote}`
      : shown,
  };
}

/** The value item i must save in this setup (closed form for mixed: no need to rerun the task). */
export function expectedFor(setup: Pick<IoSetup, 'kind' | 'difficulty'>): (i: number) => number {
  return setup.kind === 'mixed' ? (i) => costHashExpected(i, setup.difficulty) : (i) => i;
}

/** Mean time of the CPU tasks of a repetition (mixed), ms; null when none ran. */
export function taskCost(out: IoRunOutput): number | null {
  const xs: number[] = [];
  for (let i = 0; i < out.cpuStarts.length; i++) {
    const s = out.cpuStarts[i] as number;
    const e = out.cpuEnds[i] as number;
    if (e > 0 && s > 0) xs.push(e - s);
  }
  if (xs.length === 0) return null;
  // Trimmed mean (middle 80 %): averages the 5 µs timer steps out and drops a preempted task or two.
  xs.sort((a, b) => a - b);
  const cut = Math.floor(xs.length / 10);
  const mid = xs.slice(cut, xs.length - cut);
  return mid.reduce((a, b) => a + b, 0) / mid.length;
}

/** CPU time on the run's critical path: the page's own (one lane) or the busiest worker's, ms. */
export function criticalCpuMs(out: IoRunOutput): number {
  const perLane = new Map<number, number>();
  for (let i = 0; i < out.cpuLanes.length; i++) {
    const lane = out.cpuLanes[i] as number;
    if (lane < 0) continue;
    const d = (out.cpuEnds[i] as number) - (out.cpuStarts[i] as number);
    perLane.set(lane, (perLane.get(lane) ?? 0) + d);
  }
  return perLane.size === 0 ? 0 : Math.max(...perLane.values());
}

/** The server as measureIo needs it: reset per repetition, and its log. */
export interface IoServerControl {
  reset(config: ServerConfig): Promise<void>;
  log(): Promise<ServerLogEntry[]>;
}

export interface MeasureIoRequest {
  readonly strategy: IoStrategy;
  readonly setup: IoSetup;
  readonly server: IoServerControl;
  readonly ctx: Omit<IoContext, 'onProgress' | 'onLive'>;
  /** Saves settled over the whole measurement (every repetition), of `total`. */
  onProgress(done: number, total: number): void;
  /** A repetition started (1-based) at page-clock `startedAt`; its arrays fill in place. */
  onRepetition?(repetition: number, startedAt: number, out: IoRunOutput): void;
  /** Lets the page paint between repetitions (outside the timed region). */
  betweenRepetitions(): Promise<void>;
}

/**
 * Warm-up where the JIT matters: the CPU task many times on the thread(s) that will run it (a long
 * first call can stay in a slower tier for its whole length), and a burst of instant saves so the
 * server path has run before timing. Not timed.
 */
async function warmUp(req: MeasureIoRequest): Promise<void> {
  const { setup, ctx, strategy } = req;
  const { signal } = ctx;
  if (setup.kind === 'mixed') {
    if (strategy.id === 'hybrid' && ctx.pool !== null) {
      const lanes = Math.min(ctx.pool.size, hybridWorkers(setup.workers, ctx.cores));
      const job = { workload: 'cost-hash', params: { items: 400, difficulty: 0 }, fault: null } as const;
      const calls: Promise<unknown>[] = [];
      for (let l = 1; l <= lanes; l++) {
        calls.push(
          ctx.pool.call(
            l,
            (api) =>
              api.runChunk({ job, first: 0, end: 400, timed: false, pageTimeOrigin: ctx.pageTimeOrigin }),
            signal,
          ),
        );
      }
      await Promise.all(calls);
    } else {
      let sink = 0;
      for (let i = 0; i < 400; i++) sink ^= costHash(i, 0);
      if (sink === -1) throw new Error('unreachable');
    }
  }
  throwIfAborted(signal);
  await req.server.reset({ ...setup.server, latencyMs: 0, jitterMs: 0, overflow: 'queue' });
  await Promise.all(Array.from({ length: 20 }, (_, i) => ctx.client.save({ id: i, value: 0 }, signal)));
  throwIfAborted(signal);
}

/**
 * Measures one strategy: a warm-up (not timed), then `setup.repetitions` timed runs, each checked
 * against the server's log. Throws on failure or cancellation; an exactly-once violation is not
 * thrown but reported (verified false), so the evidence stays on screen.
 */
export async function measureIo(req: MeasureIoRequest): Promise<IoResult> {
  const { strategy, setup, ctx, server } = req;
  if (!strategy.kinds.includes(setup.kind)) {
    throw new Error(`The ${strategy.id} strategy does not run on the ${setup.kind} experiment.`);
  }
  const n = setup.items;
  const reps = setup.repetitions;
  const total = n * reps;
  const expected = expectedFor(setup);
  await warmUp(req);

  const samples: number[] = [];
  const ioTimes: number[] = [];
  const costs: number[] = [];
  let verified = true;
  let detail = '';
  let last: IoRunOutput | null = null;
  let lastLog: ServerLogEntry[] = [];
  let lastStartedAt = 0;
  for (let rep = 1; rep <= reps; rep++) {
    throwIfAborted(ctx.signal);
    await server.reset(setup.server);
    const base = (rep - 1) * n;
    const startedAt = ctx.now();
    const out = await strategy.run(setup, {
      ...ctx,
      onProgress: (done) => req.onProgress(base + done, total),
      onLive: (o) => req.onRepetition?.(rep, startedAt, o),
    });
    req.onProgress(base + n, total);
    const log = await server.log();
    const check = checkDelivery(out, log, expected);
    if (!check.ok) verified = false;
    if (detail === '' || !check.ok) detail = check.ok ? check.detail : `repetition ${rep}: ${check.detail}`;
    samples.push(out.totalMs);
    ioTimes.push(Math.max(0, out.totalMs - criticalCpuMs(out)));
    const c = taskCost(out);
    if (c !== null) costs.push(c);
    last = out;
    lastLog = log;
    lastStartedAt = startedAt;
    await req.betweenRepetitions();
  }
  if (last === null) throw new Error('No repetition ran.');
  const costMs = setup.kind === 'mixed' && costs.length > 0 ? median(costs) : null;
  const ideal = idealMs(strategy.id, setup, costMs, ctx.cores);
  return {
    strategy: strategy.id,
    kind: setup.kind,
    setup,
    samples,
    ...summarize(samples),
    verified,
    verifyDetail: detail,
    last,
    log: lastLog,
    lastStartedAt,
    latency: latencyStats(clientLatencies(last)),
    serverLatency: latencyStats(serverLatencies(lastLog)),
    costMs,
    idealMs: ideal.ms,
    idealFormula: ideal.formula,
    ioMs: median(ioTimes),
    workers: strategy.id === 'hybrid' ? hybridWorkers(setup.workers, ctx.cores) : 1,
    cores: ctx.cores,
    retried: last.retried,
    failed: last.failed,
    yields: last.yields,
    yieldMs: last.yieldMs,
  };
}

// Running the I/O lab: the only place its store meets the engine and the platform. Runs share the
// app's global `status`, `error` and `notices` with CPU runs, so the two can never overlap and one
// Messages banner reports both.
import { abortError, isAbort, throwIfAborted } from '../engine/errors';
import { hybridWorkers } from '../engine/io/ideal';
import { type IoResult, measureIo } from '../engine/io/measure';
import {
  type CheckedIoSetup,
  checkIoSetup,
  defaultPresetFor,
  getIoPreset,
  type IoField,
  type IoPresetId,
  ioProblemKey,
  ioSetupToInputs,
  isIoRunnable,
  NUMERIC_IO_FIELDS,
  strategiesFor,
} from '../engine/io/setup';
import { abortableSleep } from '../engine/io/strategies/context';
import { getIoStrategy, IO_STRATEGIES } from '../engine/io/strategies/index';
import type { IoKind, IoRunOutput, IoSetup, IoStrategyId } from '../engine/io/types';
import { median } from '../engine/stats';
import { costHash } from '../engine/workloads/cost-hash';
import { phrase } from '../i18n/phrase';
import { getIoServer, yieldBehindMessages } from '../platform/io-server';
import { afterNextPaint } from '../platform/yield';
import type { IoExperiment, IoExperimentPoint, IoSlice } from './io-slice';
import { getPool, runErrorBanner } from './run';
import { type AppState, getStore } from './store';

export type { IoExperiment, IoExperimentPoint } from './io-slice';

type IoState = IoSlice['io'];

/** Merges a change into the lab's slice. */
function setIo(change: Partial<IoState> | ((io: IoState) => Partial<IoState>)): void {
  getStore().setState((s) => ({
    io: { ...s.io, ...(typeof change === 'function' ? change(s.io) : change) },
  }));
}

// ---------- the form ----------

let lastInputs: unknown = null;
let lastCores = -1;
let lastChecked: CheckedIoSetup | null = null;

/** The form's inputs, checked; memoised on the inputs so every component shares one result. */
export function selectIoChecked(s: AppState): CheckedIoSetup {
  if (lastChecked !== null && s.io.inputs === lastInputs && s.env.cores === lastCores) return lastChecked;
  lastInputs = s.io.inputs;
  lastCores = s.env.cores;
  lastChecked = checkIoSetup(s.io.inputs, s.env.cores);
  return lastChecked;
}

/**
 * Sets one field's text. Changing the experiment kind also moves every field still showing the old
 * kind's default to the new kind's (600 requests → 40 CPU + save items), and leaves the hybrid
 * (mixed only) for async when switching to I/O only.
 */
export function setIoInput(field: IoField, text: string): void {
  setIo((io) => {
    const inputs = { ...io.inputs, [field]: text };
    if (field === 'kind' && text !== io.inputs.kind && (text === 'io-only' || text === 'mixed')) {
      const from = ioSetupToInputs(defaultPresetFor(io.inputs.kind === 'mixed' ? 'mixed' : 'io-only').setup);
      const to = ioSetupToInputs(defaultPresetFor(text).setup);
      for (const f of [...NUMERIC_IO_FIELDS, 'server.overflow'] as const) {
        if (io.inputs[f] === from[f]) inputs[f] = to[f];
      }
      if (!strategiesFor(text).includes(inputs.strategy as IoStrategyId)) inputs.strategy = 'async';
    }
    return { inputs };
  });
}

/** Replaces the form with a preset (the book's setup, or an everyday one). */
export function applyIoPreset(id: IoPresetId): void {
  setIo({ inputs: ioSetupToInputs(getIoPreset(id).setup) });
}

// ---------- live data ----------

let live: IoRunOutput | null = null;
const liveListeners = new Set<() => void>();

/** The repetition in flight (arrays filled in place), or the last one; read once a frame. */
export function getIoLive(): IoRunOutput | null {
  return live;
}

/** Called when a repetition starts or the run ends; not per request. */
export function subscribeIoLive(listener: () => void): () => void {
  liveListeners.add(listener);
  return () => liveListeners.delete(listener);
}

function publishIoLive(out: IoRunOutput | null): void {
  live = out;
  for (const l of liveListeners) l();
}

let lastResults: readonly IoResult[] | null = null;
let lastKey = '';
let lastFor: IoResult[] = [];

/**
 * Results for the setup on screen (same experiment and server), newest per strategy, in registry
 * order. Memoised on the results and the setup's key, so it is safe as a store selector.
 */
export function ioResultsFor(state: AppState): IoResult[] {
  const key = ioProblemKey(selectIoChecked(state).setup);
  if (state.io.results === lastResults && key === lastKey) return lastFor;
  const mine = state.io.results.filter((r) => ioProblemKey(r.setup) === key);
  lastResults = state.io.results;
  lastKey = key;
  lastFor = IO_STRATEGIES.map((s) => mine.filter((r) => r.strategy === s.id).at(-1)).filter(
    (r): r is IoResult => r !== undefined,
  );
  return lastFor;
}

// ---------- running ----------

let controller: AbortController | null = null;

/** Coalesces progress into at most one store update per 100 ms (page work competes with workers). */
const PROGRESS_INTERVAL_MS = 100;

function progressReporter(): {
  report(done: number, total: number, label: string): void;
  flush(): void;
} {
  let latest: IoState['progress'] = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (latest !== null) setIo({ progress: latest });
  };
  return {
    report(done, total, label) {
      latest = { done, total, label };
      timer ??= setTimeout(flush, PROGRESS_INTERVAL_MS);
    },
    flush,
  };
}

interface IoScope {
  readonly signal: AbortSignal;
  readonly setup: IoSetup;
  readonly progress: ReturnType<typeof progressReporter>;
}

/**
 * Runs `body` as the app's one run in flight: checks the lab's setup, owns the AbortController and
 * the global status, turns failures into the error banner and cancellation into a notice, resets the
 * server after a cancel, and always leaves the app idle.
 */
async function runIoExclusive(body: (scope: IoScope) => Promise<void>): Promise<void> {
  const store = getStore();
  const state = store.getState();
  if (state.status !== 'idle') return;
  const checked = selectIoChecked(state);
  if (!isIoRunnable(checked)) {
    store.setState({
      error: {
        title: phrase('ui.error.checkSetup'),
        message: phrase('ui.issues', { issues: [...checked.issues, ...Object.values(checked.fieldIssues)] }),
      },
    });
    return;
  }
  controller = new AbortController();
  const signal = controller.signal;
  store.setState({ status: 'running', error: null, notices: [] });
  setIo({ progress: null });
  const progress = progressReporter();
  try {
    await body({ signal, setup: checked.setup, progress });
    if (signal.aborted) throw abortError();
  } catch (e) {
    if (isAbort(e)) {
      // Saves in flight were abandoned and the server reset (below); busy workers were replaced.
      store.setState({ notices: [phrase('ui.notice.cancelled')] });
    } else {
      store.setState({ error: runErrorBanner(e) });
    }
  } finally {
    if (signal.aborted) {
      // Drop what the server still holds (it answers them 499), so the next run starts clean.
      await getIoServer()
        .reset(checked.setup.server)
        .catch(() => {});
    }
    progress.flush();
    controller = null;
    setIo({ live: null, progress: null });
    publishIoLive(live);
    store.setState({ status: 'idle', current: null });
  }
}

/** Measures one strategy on `setup` against the page's server, with live arrays and progress. */
async function measureOn(
  id: IoStrategyId,
  setup: IoSetup,
  scope: IoScope,
  label: string,
  progressBase: { done: number; total: number },
): Promise<IoResult> {
  const store = getStore();
  const cores = store.getState().env.cores;
  const strategy = getIoStrategy(id);
  const usesPool = id === 'hybrid';
  if (usesPool) await getPool().resize(hybridWorkers(setup.workers, cores));
  throwIfAborted(scope.signal);
  const server = getIoServer();
  return measureIo({
    strategy,
    setup,
    server,
    ctx: {
      client: server,
      signal: scope.signal,
      now: () => performance.now(),
      pageTimeOrigin: performance.timeOrigin,
      yieldToMain: yieldBehindMessages,
      sleep: abortableSleep,
      pool: usesPool ? getPool() : null,
      cores,
    },
    onProgress: (done) => scope.progress.report(progressBase.done + done, progressBase.total, label),
    onRepetition: (_rep, startedAt, out) => {
      setIo({ live: { strategy: id, startedAt } });
      publishIoLive(out);
    },
    betweenRepetitions: afterNextPaint,
  });
}

/** Keeps the newest result per (setup, strategy), at most 40; notes the measured task cost. */
function addResult(result: IoResult): void {
  const key = ioProblemKey(result.setup);
  setIo((io) => ({
    results: [
      ...io.results.filter((r) => !(ioProblemKey(r.setup) === key && r.strategy === result.strategy)),
      result,
    ].slice(-40),
    // A page-run mixed strategy measures c where the calibration does: keep the latest.
    calibration:
      result.costMs !== null && result.strategy !== 'hybrid'
        ? { difficulty: result.setup.difficulty, costMs: result.costMs }
        : io.calibration,
  }));
  if (!result.verified) {
    getStore().setState({
      error: { title: phrase('ui.error.wrongAnswer'), message: `${result.strategy}: ${result.verifyDetail}` },
    });
  }
}

/** Runs strategies on the setup on screen, in order (Run = [selected]; Compare all = strategiesFor(kind)). */
export function runIoStrategies(ids: readonly IoStrategyId[]): Promise<void> {
  return runIoExclusive(async (scope) => {
    const plan = ids.filter((id) => strategiesFor(scope.setup.kind).includes(id));
    const per = scope.setup.items * scope.setup.repetitions;
    for (const [k, id] of plan.entries()) {
      throwIfAborted(scope.signal);
      const setup = { ...scope.setup, strategy: id };
      const r = await measureOn(id, setup, scope, id, { done: k * per, total: plan.length * per });
      addResult(r);
    }
  });
}

/** Cancels the I/O run in progress: in-flight saves are abandoned, busy workers replaced, the server reset. */
export function cancelIoRun(): void {
  if (controller === null) return;
  getStore().setState({ status: 'cancelling' });
  controller.abort();
}

// ---------- experiments ----------

/** Yield intervals the yield experiment tries, in items (0 = never). */
export const YIELD_STEPS: readonly number[] = [1, 2, 5, 10, 25, 50, 0];
/** Concurrency limits the overload experiment tries, as multiples of the server's capacity. */
export const OVERLOAD_FACTORS: readonly number[] = [0.25, 0.5, 1, 2, 4];

function pointOf(x: number, r: IoResult): IoExperimentPoint {
  const acknowledged = r.setup.items - r.failed;
  return {
    x,
    totalMs: r.median,
    meanLatencyMs: r.latency.mean,
    throughput: r.median > 0 ? (acknowledged / r.median) * 1000 : 0,
    failed: r.failed,
    retried: r.retried,
  };
}

async function runExperiment(
  kind: IoExperiment['kind'],
  setupFor: (s: IoSetup) => IoSetup,
  xs: (s: IoSetup) => number[],
  apply: (s: IoSetup, x: number) => IoSetup,
): Promise<void> {
  return runIoExclusive(async (scope) => {
    const base = setupFor(scope.setup);
    const plan = xs(base);
    setIo({
      experiment: { kind, status: 'running', xs: plan, capacity: base.server.capacity, points: [] },
    });
    const update = (change: Partial<IoExperiment>) =>
      setIo((io) => (io.experiment === null ? {} : { experiment: { ...io.experiment, ...change } }));
    try {
      for (const [k, x] of plan.entries()) {
        throwIfAborted(scope.signal);
        const setup = apply(base, x);
        const r = await measureOn(setup.strategy, setup, scope, `${kind} ${x}`, {
          done: k * setup.items,
          total: plan.length * setup.items,
        });
        setIo((io) =>
          io.experiment === null
            ? {}
            : { experiment: { ...io.experiment, points: [...io.experiment.points, pointOf(x, r)] } },
        );
      }
      update({ status: 'complete' });
    } catch (e) {
      update({ status: isAbort(e) ? 'cancelled' : 'failed' });
      throw e;
    }
  });
}

/** The mixed setup an experiment runs: the one on screen, or the everyday mixed preset's items and task. */
function asMixed(s: IoSetup): IoSetup {
  if (s.kind === 'mixed') return s;
  const m = defaultPresetFor('mixed').setup;
  return { ...s, kind: 'mixed', items: m.items, difficulty: m.difficulty, batchSize: m.batchSize };
}

/** The I/O-only setup an experiment runs: the one on screen, or the everyday I/O-only preset's items. */
function asIoOnly(s: IoSetup): IoSetup {
  return s.kind === 'io-only' ? s : { ...s, kind: 'io-only', items: defaultPresetFor('io-only').setup.items };
}

/**
 * Mixed async at every yield interval of YIELD_STEPS (on the setup on screen, one repetition each):
 * total time and mean I/O latency as the loop yields more or less often.
 */
export function runYieldExperiment(): Promise<void> {
  return runExperiment(
    'yield',
    (s) => ({ ...asMixed(s), strategy: 'async', repetitions: 1 }),
    () => [...YIELD_STEPS],
    (s, x) => ({ ...s, yieldEvery: x }),
  );
}

/** The concurrency limits the overload experiment tries for a server of `capacity`. */
export function overloadSteps(capacity: number): number[] {
  const xs = OVERLOAD_FACTORS.map((f) => Math.max(1, Math.min(5000, Math.round(f * capacity))));
  return [...new Set(xs)];
}

/**
 * I/O-only async with the concurrency limit at ¼, ½, 1, 2 and 4 × the server's capacity: past
 * capacity throughput stops improving and latency rises (queue), or refusals appear (reject).
 */
export function runOverloadExperiment(): Promise<void> {
  return runExperiment(
    'overload',
    (s) => ({ ...asIoOnly(s), strategy: 'async', repetitions: 1 }),
    (s) => overloadSteps(s.server.capacity),
    (s, x) => ({ ...s, concurrency: x }),
  );
}

// ---------- calibration ----------

/**
 * Measures the CPU task's cost c on this machine at the setup's difficulty: a JIT warm-up, then
 * five tasks on the page with a turn of the event loop between them; the median is kept.
 */
export function calibrate(): Promise<void> {
  return runIoExclusive(async (scope) => {
    const d = scope.setup.difficulty;
    let sink = 0;
    for (let i = 0; i < 400; i++) sink ^= costHash(i, 0);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      await afterNextPaint();
      throwIfAborted(scope.signal);
      const t = performance.now();
      sink ^= costHash(i, d);
      times.push(performance.now() - t);
      scope.progress.report(i + 1, 5, 'calibrate');
    }
    if (sink === -1) throw new Error('unreachable');
    setIo({ calibration: { difficulty: d, costMs: median(times) } });
  });
}

/** Test hook: the kinds each strategy runs on (re-exported for the UI's menus). */
export function kindsOf(id: IoStrategyId): readonly IoKind[] {
  return getIoStrategy(id).kinds;
}

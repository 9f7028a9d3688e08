import { abortError, describeError, isAbort, throwIfAborted } from '../engine/errors';
import { measure, type RunProgress, type StrategyResult } from '../engine/runner';
import { isRunnable, problemKey, type Setup } from '../engine/setup';
import { BASELINE, getStrategy, STRATEGIES } from '../engine/strategies';
import type { StrategyId } from '../engine/types';
import { getWorkload } from '../engine/workloads';
import type { MessageKey } from '../i18n/messages';
import { phrase } from '../i18n/phrase';
import { FrameSampler } from '../platform/frame-sampler';
import { spawnBrowserWorker } from '../platform/spawn-worker';
import { WorkerPool } from '../platform/worker-pool';
import { afterNextPaint, detectYield } from '../platform/yield';
import { endLive, publishLive } from './live';
import { getStore, type RunError, selectChecked } from './store';

// Running: the only place the store meets the engine and the platform.

let pool: WorkerPool | null = null;
let controller: AbortController | null = null;

/**
 * The page's one warm worker pool, made on first use and kept between runs. The I/O lab's hybrid
 * uses it too: runs never overlap, so one set of workers serves both.
 */
export function getPool(): WorkerPool {
  pool ??= new WorkerPool(spawnBrowserWorker);
  return pool;
}

/** Titles for the error banner, by error name (names survive the worker boundary). */
const ERROR_TITLES: Readonly<Record<string, MessageKey>> = {
  TaskFailedError: 'ui.error.taskFailed',
  WorkerCrashedError: 'ui.error.workerDied',
  VerificationError: 'ui.error.wrongAnswer',
};

/** The error banner for a failed run: a title by error name (names survive the worker boundary). */
export function runErrorBanner(e: unknown): RunError {
  const name = e instanceof Error ? e.name : '';
  // The engine's English message: said in the reader's language when it is a known sentence.
  return { title: phrase(ERROR_TITLES[name] ?? 'ui.error.runFailed'), message: describeError(e) };
}

/** Runs the selected strategy. */
export function runSelected(): Promise<void> {
  const { setup } = selectChecked(getStore().getState());
  return runPlan([setup.strategy]);
}

/** Runs every strategy available here on the same setup, the baseline first. */
export function compareAll(): Promise<void> {
  const env = getStore().getState().env;
  const ids = STRATEGIES.filter((s) => s.availability(env) === null).map((s) => s.id);
  return runPlan(ids);
}

/** Cancels the run in progress: busy workers are terminated and replaced, every promise settles. */
export function cancelRun(): void {
  if (controller === null) return;
  getStore().setState({ status: 'cancelling' });
  controller.abort();
}

/**
 * Coalesces progress into at most one store update per PROGRESS_INTERVAL_MS. On a 2-core machine
 * with 2 busy workers every bit of page work competes with them: updating once per frame made a
 * Mandelbrot pool run ~25% slower (lane busy time 190 vs 165 ms per worker); 10 updates a second
 * cost nothing measurable and still read as live.
 */
const PROGRESS_INTERVAL_MS = 100;

function progressReporter(): { report(p: RunProgress): void; flush(): void } {
  let latest: RunProgress | null = null;
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (latest !== null) getStore().setState({ progress: latest });
  };
  return {
    report(p) {
      latest = p;
      if (!scheduled) {
        scheduled = true;
        setTimeout(flush, PROGRESS_INTERVAL_MS);
      }
    },
    flush,
  };
}

/** Everything a measurement needs from the run around it. */
export interface RunScope {
  readonly signal: AbortSignal;
  readonly setup: Setup;
  /** Reports progress to the progress bar (coalesced). */
  readonly progress: (p: RunProgress) => void;
}

/**
 * Runs `body` as the one run in flight: checks the setup, owns the AbortController and the status,
 * turns failures into the error banner and cancellation into a notice, and always leaves the app
 * idle. `plan` names the strategies shown in the progress label.
 */
export async function runExclusive(
  plan: readonly StrategyId[],
  body: (scope: RunScope) => Promise<void>,
): Promise<void> {
  const store = getStore();
  const state = store.getState();
  if (state.status !== 'idle') return;
  const checked = selectChecked(state);
  if (!isRunnable(checked)) {
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
  store.setState({
    status: 'running',
    plan,
    current: plan[0] ?? null,
    progress: null,
    error: null,
    notices: [],
  });
  const progress = progressReporter();
  try {
    await body({ signal, setup: checked.setup, progress: progress.report });
    if (signal.aborted) throw abortError(); // cancelled between measurements or during pool start-up
  } catch (e) {
    if (isAbort(e)) {
      store.setState({
        notices: [phrase('ui.notice.cancelled')],
      });
    } else {
      store.setState({ error: runErrorBanner(e) });
    }
  } finally {
    endLive();
    progress.flush();
    controller = null;
    store.setState({ status: 'idle', current: null });
  }
}

/**
 * Measures one strategy on `setup` (its `workers` sizes the pool): warm-up, repetitions,
 * verification, live lanes and responsiveness. Throws on failure or cancellation.
 */
export async function measureOne(id: StrategyId, setup: Setup, scope: RunScope): Promise<StrategyResult> {
  const store = getStore();
  const env = store.getState().env;
  const strategy = getStrategy(id);
  const why = strategy.availability(env);
  if (why !== null) throw new Error(`${strategy.name} is unavailable here: ${why}`);
  if (strategy.usesWorkers) {
    const startup = await getPool().resize(setup.workers);
    if (startup !== null) store.setState({ poolStartupMs: startup });
  }
  throwIfAborted(scope.signal);
  store.setState({ current: id, progress: null });
  const tasks = getWorkload(setup.workload).taskCount(setup.params);
  let repetition = 0;
  let startedAt = 0;
  // Responsiveness is sampled over the whole run of each strategy, warm-up included.
  const sampler = new FrameSampler();
  sampler.start();
  const measuring = measure({
    strategy,
    job: { workload: setup.workload, params: setup.params, fault: setup.fault },
    settings: setup,
    repetitions: setup.repetitions,
    ctx: {
      signal: scope.signal,
      now: () => performance.now(),
      pageTimeOrigin: performance.timeOrigin,
      yieldToMain: detectYield().yieldToMain,
      pool: strategy.usesWorkers ? getPool() : null,
      crossOriginIsolated: env.crossOriginIsolated,
      onLive: (live) =>
        publishLive({ strategy: id, workers: setup.workers, tasks, startedAt, repetition, live }),
    },
    onProgress: scope.progress,
    onRepetition: (rep, t0) => {
      repetition = rep;
      startedAt = t0;
    },
    betweenRepetitions: afterNextPaint,
  });
  // Stop sampling whether the run succeeds or not; only a finished run keeps the figures.
  const outcome = await measuring.then(
    (result) => ({ result }),
    (error: unknown) => ({ error }),
  );
  const responsiveness = await sampler.stop();
  if ('error' in outcome) throw outcome.error;
  return { ...outcome.result, responsiveness };
}

function runPlan(plan: StrategyId[]): Promise<void> {
  return runExclusive(plan, async (scope) => {
    for (const id of plan) {
      if (scope.signal.aborted) return;
      addResult(await measureOne(id, scope.setup, scope), scope.setup);
    }
  });
}

/** Keeps the newest result per strategy and setup; a fingerprint disagreement is an error. */
function addResult(result: StrategyResult, setup: Setup): void {
  const store = getStore();
  const key = problemKey(setup);
  const others = store
    .getState()
    .results.filter((r) => problemKey(r) === key && r.strategy !== result.strategy);
  const disagreeing = others.find((r) => r.fingerprint !== result.fingerprint);
  store.setState((s) => ({
    results: [
      ...s.results.filter((r) => !(problemKey(r) === key && r.strategy === result.strategy)),
      result,
    ].slice(-40),
  }));
  if (disagreeing !== undefined) {
    store.setState({
      error: {
        title: phrase('ui.error.disagree'),
        message: phrase('ui.error.disagreeDetail', {
          a: { strategy: result.strategy },
          fa: result.fingerprint,
          b: { strategy: disagreeing.strategy },
          fb: disagreeing.fingerprint,
        }),
      },
    });
  }
}

/** Results for the setup on screen, newest per strategy, in registry order. */
export function resultsFor(results: readonly StrategyResult[], key: string): StrategyResult[] {
  return STRATEGIES.map((s) =>
    results.filter((r) => r.strategy === s.id && problemKey(r) === key).at(-1),
  ).filter((r): r is StrategyResult => r !== undefined);
}

/** The baseline median for a setup, if the main thread has been measured on it in this page. */
export function baselineMedian(results: readonly StrategyResult[], key: string): number | undefined {
  return resultsFor(results, key).find((r) => r.strategy === BASELINE)?.median;
}

import { abortError, describeError, isAbort } from '../engine/errors';
import { measure, type RunProgress, type StrategyResult } from '../engine/runner';
import { isRunnable, problemKey, type Setup } from '../engine/setup';
import { BASELINE, getStrategy, STRATEGIES } from '../engine/strategies';
import type { StrategyId } from '../engine/types';
import { spawnBrowserWorker } from '../platform/spawn-worker';
import { WorkerPool } from '../platform/worker-pool';
import { afterNextPaint, detectYield } from '../platform/yield';
import { getStore, selectChecked } from './store';

// Running: the only place the store meets the engine and the platform.

let pool: WorkerPool | null = null;
let controller: AbortController | null = null;

/** The page's warm worker pool, made on first use and kept between runs. */
function getPool(): WorkerPool {
  pool ??= new WorkerPool(spawnBrowserWorker);
  return pool;
}

/** Titles for the error banner, by error name (names survive the worker boundary). */
const ERROR_TITLES: Record<string, string> = {
  TaskFailedError: 'A task failed',
  WorkerCrashedError: 'A worker died',
  VerificationError: 'Wrong answer',
};

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

async function runPlan(plan: StrategyId[]): Promise<void> {
  const store = getStore();
  const state = store.getState();
  if (state.status !== 'idle') return;
  const checked = selectChecked(state);
  if (!isRunnable(checked)) {
    store.setState({
      error: {
        title: 'Check the setup',
        message: [...checked.problems, ...Object.values(checked.fieldProblems)].join(' '),
      },
    });
    return;
  }
  const setup = checked.setup;
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
  const { yieldToMain } = detectYield();
  const progress = progressReporter();
  try {
    const needsWorkers = plan.some((id) => getStrategy(id).usesWorkers);
    if (needsWorkers) {
      const startup = await getPool().resize(setup.workers);
      if (startup !== null) store.setState({ poolStartupMs: startup });
    }
    for (const id of plan) {
      if (signal.aborted) break;
      const strategy = getStrategy(id);
      const why = strategy.availability(state.env);
      if (why !== null) throw new Error(`${strategy.name} is unavailable here: ${why}`);
      store.setState({ current: id, progress: null });
      const result = await measure({
        strategy,
        job: { workload: setup.workload, params: setup.params, fault: setup.fault },
        settings: setup,
        repetitions: setup.repetitions,
        ctx: {
          signal,
          now: () => performance.now(),
          pageTimeOrigin: performance.timeOrigin,
          yieldToMain,
          pool: strategy.usesWorkers ? getPool() : null,
          crossOriginIsolated: state.env.crossOriginIsolated,
        },
        onProgress: progress.report,
        betweenRepetitions: afterNextPaint,
      });
      addResult(result, setup);
    }
    if (signal.aborted) throw abortError(); // cancelled between strategies or during pool start-up
  } catch (e) {
    if (isAbort(e)) {
      store.setState({
        notices: ['Run cancelled. Busy workers were stopped and replaced; the app is ready.'],
      });
    } else {
      const name = e instanceof Error ? e.name : '';
      store.setState({ error: { title: ERROR_TITLES[name] ?? 'The run failed', message: describeError(e) } });
    }
  } finally {
    progress.flush();
    controller = null;
    store.setState({ status: 'idle', current: null });
  }
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
        title: 'Strategies disagree',
        message: `${getStrategy(result.strategy).name} produced results ${result.fingerprint}, but ${getStrategy(disagreeing.strategy).name} produced ${disagreeing.fingerprint} for the same setup.`,
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

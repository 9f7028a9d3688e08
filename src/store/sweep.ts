import { fitAmdahl } from '../engine/amdahl';
import { isAbort, throwIfAborted } from '../engine/errors';
import type { RunProgress } from '../engine/runner';
import { problemKey, settingSpecs } from '../engine/setup';
import { speedup } from '../engine/stats';
import { BASELINE } from '../engine/strategies';
import { getWorkload } from '../engine/workloads';
import { afterNextPaint } from '../platform/yield';
import { measureOne, type RunScope, runExclusive } from './run';
import { getStore, type SweepPoint, type SweepRun, type SweepStrategyId } from './store';

// The scaling sweep: the main-thread baseline once, then one strategy at every worker count the
// setup form allows (1 … 2 × cores), on the setup on screen, as one cancellable run.

/** Worker counts a sweep measures on a machine with `cores` cores: 1, 2, … the Workers limit. */
export function sweepWorkerCounts(cores: number): number[] {
  const max = settingSpecs(cores).workers.max;
  return Array.from({ length: max }, (_, i) => i + 1);
}

/**
 * Progress of the whole sweep from the progress of its `step`-th measurement (0 = baseline):
 * every measurement runs the same tasks and repetitions, so each is `perStep` units of `steps`.
 */
export function sweepProgress(step: number, steps: number, perStep: number, p: RunProgress): RunProgress {
  return {
    done: step * perStep + Math.min(p.done, perStep),
    total: steps * perStep,
    repetition: p.repetition,
  };
}

/** Chooses the strategy of the next sweep. */
export function setSweepStrategy(strategy: SweepStrategyId): void {
  getStore().setState({ sweepStrategy: strategy });
}

/** The sweep to show for a setup: only one measured on the same problem. */
export function sweepFor(sweep: SweepRun | null, key: string): SweepRun | null {
  return sweep !== null && sweep.problemKey === key ? sweep : null;
}

function updateSweep(change: (s: SweepRun) => Partial<SweepRun>): void {
  getStore().setState((state) =>
    state.sweep === null ? {} : { sweep: { ...state.sweep, ...change(state.sweep) } },
  );
}

/**
 * Runs the chosen strategy at 1 … 2 × cores workers after one main-thread baseline, adding each
 * point (and a fresh Amdahl fit) to the store as it is measured, so the chart fills in live.
 * Cancel stops it between or during measurements; the points measured so far stay.
 */
export function runSweep(): Promise<void> {
  const strategy = getStore().getState().sweepStrategy;
  return runExclusive([BASELINE, strategy], async (scope) => {
    const store = getStore();
    const { cores } = store.getState().env;
    const setup = scope.setup;
    const counts = sweepWorkerCounts(cores);
    const steps = counts.length + 1;
    const perStep = getWorkload(setup.workload).taskCount(setup.params) * (setup.repetitions + 1);
    store.setState({
      sweep: {
        strategy,
        problemKey: problemKey(setup),
        cores,
        counts,
        repetitions: setup.repetitions,
        baselineMs: null,
        points: [],
        fit: null,
        status: 'running',
        measuring: 0,
      },
    });

    // The progress bar shows the whole sweep. measureOne clears it when each measurement starts
    // (right for a single run); put back where the sweep stands so the bar does not drop to 0.
    let held: RunProgress = sweepProgress(0, steps, perStep, { done: 0, total: perStep, repetition: 0 });
    const unsubscribe = store.subscribe((s) => {
      if (s.progress === null && s.status === 'running') store.setState({ progress: held });
    });
    const stepScope = (step: number): RunScope => {
      held = sweepProgress(step, steps, perStep, { done: 0, total: perStep, repetition: 0 });
      return { ...scope, progress: (p) => scope.progress(sweepProgress(step, steps, perStep, p)) };
    };

    try {
      // The baseline freezes the page; let it show what is being measured first.
      await afterNextPaint();
      const base = await measureOne(BASELINE, { ...setup, strategy: BASELINE }, stepScope(0));
      updateSweep(() => ({ baselineMs: base.median }));
      for (const [i, n] of counts.entries()) {
        throwIfAborted(scope.signal);
        updateSweep(() => ({ measuring: n }));
        const r = await measureOne(strategy, { ...setup, strategy, workers: n }, stepScope(i + 1));
        const point: SweepPoint = {
          workers: r.workers,
          median: r.median,
          min: r.min,
          max: r.max,
          speedup: speedup(base.median, r.median),
        };
        updateSweep((s) => {
          const points = [...s.points, point];
          return { points, fit: fitAmdahl(points, s.cores) };
        });
      }
      updateSweep(() => ({ status: 'complete', measuring: null }));
    } catch (e) {
      updateSweep(() => ({ status: isAbort(e) ? 'cancelled' : 'failed', measuring: null }));
      throw e; // runExclusive reports it (notice or error banner) and leaves the app idle
    } finally {
      unsubscribe();
    }
  });
}

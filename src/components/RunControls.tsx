import { getStrategy } from '../engine/strategies';
import { cancelRun, compareAll, runSelected } from '../store/run';
import { selectChecked, useApp } from '../store/store';

/** Run, Compare all, Cancel, and the progress of the run in flight. */
export function RunControls() {
  const status = useApp((s) => s.status);
  const current = useApp((s) => s.current);
  const plan = useApp((s) => s.plan);
  const progress = useApp((s) => s.progress);
  const runnable = useApp((s) => {
    const c = selectChecked(s);
    return c.problems.length === 0 && Object.keys(c.fieldProblems).length === 0;
  });
  const repetitions = useApp((s) => selectChecked(s).setup.repetitions);
  const idle = status === 'idle';
  const fraction = progress && progress.total > 0 ? progress.done / progress.total : 0;
  const step = current ? plan.indexOf(current) + 1 : 0;

  let label = 'Ready.';
  if (status === 'cancelling') label = 'Cancelling…';
  else if (current) {
    const phase =
      progress === null || progress.repetition === 0
        ? 'warm-up'
        : `repetition ${progress.repetition} of ${repetitions}`;
    label = `${getStrategy(current).name} (${step} of ${plan.length}): ${phase}`;
  }

  return (
    <section className="panel run" aria-label="Run">
      <div className="run__buttons">
        <button type="button" className="primary" onClick={runSelected} disabled={!idle || !runnable}>
          Run
        </button>
        <button type="button" onClick={compareAll} disabled={!idle || !runnable}>
          Compare all
        </button>
        <button type="button" onClick={cancelRun} disabled={status !== 'running'}>
          Cancel
        </button>
      </div>
      <div className="run__progress">
        <progress
          aria-label="Run progress"
          max={1}
          value={idle ? 0 : fraction}
          aria-valuetext={`${Math.round(fraction * 100)}%`}
        />
        <span className="run__label" aria-live="polite">
          {label}
          {!idle && ` ${Math.round(fraction * 100)}%`}
        </span>
      </div>
      {current === 'main-thread' && (
        <p className="hint">
          The page is frozen while the main thread computes; Cancel works between repetitions.
        </p>
      )}
    </section>
  );
}

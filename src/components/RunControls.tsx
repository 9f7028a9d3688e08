import { strategyName } from '../i18n/engine-text';
import { useLocale, useT } from '../i18n/react';
import { formatNumber } from '../i18n/translate';
import { cancelRun, compareAll, runSelected } from '../store/run';
import { selectChecked, useApp } from '../store/store';

/** Run, Compare all, Cancel, and the progress of the run in flight. */
export function RunControls() {
  const t = useT();
  const locale = useLocale();
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
  const percent = `${formatNumber(locale, Math.round(fraction * 100), 0)}%`;

  let label = t('ui.run.ready');
  if (status === 'cancelling') label = t('ui.run.cancelling');
  else if (current) {
    const phase =
      progress === null || progress.repetition === 0
        ? t('ui.warmUp')
        : t('ui.repetitionOf', { n: progress.repetition, total: repetitions });
    label = t('ui.run.step', { strategy: strategyName(t, current), step, steps: plan.length, phase });
  }

  return (
    <section className="panel run" aria-label={t('ui.run.label')}>
      <div className="run__buttons">
        <button type="button" className="primary" onClick={runSelected} disabled={!idle || !runnable}>
          {t('ui.run.run')}
        </button>
        <button type="button" onClick={compareAll} disabled={!idle || !runnable}>
          {t('ui.run.compareAll')}
        </button>
        <button type="button" onClick={cancelRun} disabled={status !== 'running'}>
          {t('ui.run.cancel')}
        </button>
      </div>
      <div className="run__progress">
        <progress
          aria-label={t('ui.run.progress')}
          max={1}
          value={idle ? 0 : fraction}
          aria-valuetext={percent}
        />
        <span className="run__label" aria-live="polite">
          {label}
          {!idle && ` ${percent}`}
        </span>
      </div>
      {current === 'main-thread' && <p className="hint">{t('ui.run.frozenHint')}</p>}
    </section>
  );
}

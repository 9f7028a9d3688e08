import { isIoStrategyId, strategiesFor } from '../../engine/io/setup';
import type { IoStrategyId } from '../../engine/io/types';
import { useT } from '../../i18n/react';
import type { Translate } from '../../i18n/translate';
import { calibrate, cancelIoRun, runIoStrategies, selectIoChecked } from '../../store/io-run';
import { useApp } from '../../store/store';
import { formatMs } from '../format';
import { strategyName } from './labels';

/** The measured cost c of one CPU task at `difficulty`, from a calibration at another difficulty. */
export function costAt(calibration: { difficulty: number; costMs: number } | null, difficulty: number) {
  if (calibration === null) return null;
  // Each difficulty step doubles the work (like bcrypt's cost factor).
  return calibration.costMs * 2 ** (difficulty - calibration.difficulty);
}

/**
 * What is running, in words: the store's label is an id ('serial', 'yield 5', 'overload 50',
 * 'calibrate'), worded here in the UI's language. (Its counts span the whole plan, so the bar and
 * the percentage say how far; the live panel counts the strategy's own saves.)
 */
function progressLabel(t: Translate, label: string, strategy: IoStrategyId | null): string {
  const [what, x] = label.split(' ');
  if (what === 'calibrate') return t('io.progress.calibrating');
  let head: string;
  if (what === 'yield')
    head = Number(x) === 0 ? t('io.progress.yieldNever') : t('io.progress.yield', { k: x ?? '' });
  else if (what === 'overload') head = t('io.progress.overload', { k: x ?? '' });
  else if (isIoStrategyId(what)) head = strategyName(t, what);
  else head = strategy ? strategyName(t, strategy) : t('io.preparing');
  return head;
}

/** Run, Compare all, Cancel, the progress of the run in flight, and (mixed) the CPU cost per task. */
export function IoRunControls() {
  const t = useT();
  const status = useApp((s) => s.status);
  const progress = useApp((s) => s.io.progress);
  const live = useApp((s) => s.io.live);
  const calibration = useApp((s) => s.io.calibration);
  const checked = useApp(selectIoChecked);
  const runnable = checked.problems.length === 0 && Object.keys(checked.fieldProblems).length === 0;
  const { setup } = checked;
  const idle = status === 'idle';
  const fraction = progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0;
  const percent = Math.round(fraction * 100);

  let label = t('io.ready');
  if (status === 'cancelling') label = t('io.cancelling');
  else if (!idle) label = progressLabel(t, progress?.label ?? '', live?.strategy ?? null);
  const cost = costAt(calibration, setup.difficulty);

  return (
    <section className="panel run" aria-label={t('io.run.region')}>
      <div className="run__buttons">
        <button
          type="button"
          className="primary"
          onClick={() => void runIoStrategies([setup.strategy])}
          disabled={!idle || !runnable}
        >
          {t('io.run')}
        </button>
        <button
          type="button"
          onClick={() => void runIoStrategies([...strategiesFor(setup.kind)])}
          disabled={!idle || !runnable}
        >
          {t('io.compareAll')}
        </button>
        <button type="button" onClick={cancelIoRun} disabled={status !== 'running'}>
          {t('io.cancel')}
        </button>
      </div>
      <div className="run__progress">
        <progress
          aria-label={t('io.progress')}
          max={1}
          value={idle ? 0 : fraction}
          aria-valuetext={`${percent}%`}
        />
        <span className="run__label" aria-live="polite">
          {label}
          {!idle && ` · ${percent}%`}
        </span>
      </div>
      {!runnable && idle && <p className="hint io-blocked">{t('io.blocked')}</p>}
      {setup.kind === 'mixed' && (
        <div className="io-cost">
          <p className="io-cost__value">
            <strong>{t('io.cost.title')}</strong>{' '}
            {cost === null ? (
              t('io.cost.none')
            ) : (
              <span data-cost-ms={cost.toFixed(4)}>
                {t('io.cost.value', { cost: formatMs(cost), difficulty: setup.difficulty })}
              </span>
            )}
          </p>
          <button type="button" onClick={() => void calibrate()} disabled={!idle || !runnable}>
            {t('io.calibrate')}
          </button>
          <p className="hint">{t('io.cost.book')}</p>
        </div>
      )}
    </section>
  );
}

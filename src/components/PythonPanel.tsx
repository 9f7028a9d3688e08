import { getStrategy } from '../engine/strategies';
import { getWorkload } from '../engine/workloads';
import { strategyName } from '../i18n/engine-text';
import { useT } from '../i18n/react';
import { rich } from '../i18n/rich';
import { useApp } from '../store/store';

/** The Python a person would write for the selected workload and strategy (code stays as written). */
export function PythonPanel() {
  const t = useT();
  const strategy = getStrategy(useApp((s) => s.strategy));
  const workload = getWorkload(useApp((s) => s.workload));
  return (
    <section className="panel python" aria-labelledby="python-title">
      <h2 id="python-title">{t('ui.python.title')}</h2>
      <p>
        {rich(t('ui.python.corresponds', { strategy: strategyName(t, strategy.id) }), {
          idiom: <code>{strategy.python.idiom}</code>,
        })}
      </p>
      <pre>
        <code>{`${workload.python}\n\n${strategy.python.code}`}</code>
      </pre>
    </section>
  );
}

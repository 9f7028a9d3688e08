import { getStrategy } from '../engine/strategies';
import { getWorkload } from '../engine/workloads';
import { useApp } from '../store/store';

/** The Python a person would write for the selected workload and strategy. */
export function PythonPanel() {
  const strategy = getStrategy(useApp((s) => s.strategy));
  const workload = getWorkload(useApp((s) => s.workload));
  return (
    <section className="panel python" aria-labelledby="python-title">
      <h2 id="python-title">In Python</h2>
      <p>
        {strategy.name} corresponds to <code>{strategy.python.idiom}</code>.
      </p>
      <pre>
        <code>{`${workload.python}\n\n${strategy.python.code}`}</code>
      </pre>
    </section>
  );
}

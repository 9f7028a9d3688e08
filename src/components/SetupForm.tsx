import { autoChunkSize } from '../engine/chunks';
import { failTaskSpec, settingSpecs } from '../engine/setup';
import type { WorkloadId } from '../engine/types';
import { getWorkload, WORKLOADS } from '../engine/workloads';
import { setFault, setOrder, setParamInput, setSettingInput, setWorkload } from '../store/actions';
import { selectChecked, useApp } from '../store/store';
import { NumberField } from './NumberField';

/** Workload, its parameters, and the run settings, each with its limits. */
export function SetupForm() {
  const workloadId = useApp((s) => s.workload);
  const inputs = useApp((s) => s.paramInputs[s.workload]);
  const settings = useApp((s) => s.settingInputs);
  const order = useApp((s) => s.order);
  const failTask = useApp((s) => s.failTask);
  const failKind = useApp((s) => s.failKind);
  const cores = useApp((s) => s.env.cores);
  const running = useApp((s) => s.status !== 'idle');
  const checked = useApp(selectChecked);
  const w = getWorkload(workloadId);
  const specs = settingSpecs(cores);
  const tasks = w.taskCount(checked.setup.params);
  const autoChunk = autoChunkSize(tasks, checked.setup.workers);

  return (
    <fieldset className="panel setup" disabled={running}>
      <legend>Workload</legend>
      <div className="field">
        <label htmlFor="workload">Workload</label>
        <select id="workload" value={workloadId} onChange={(e) => setWorkload(e.target.value as WorkloadId)}>
          {WORKLOADS.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name}
            </option>
          ))}
        </select>
        <span className="field__limits">{w.summary}</span>
      </div>
      <div className="fields">
        {w.params.map((spec) => (
          <NumberField
            key={`${w.id}.${spec.key}`}
            spec={spec}
            value={inputs[spec.key] ?? ''}
            problem={checked.fieldProblems[`params.${spec.key}`]}
            onChange={(v) => setParamInput(spec.key, v)}
          />
        ))}
      </div>
      {checked.problems.length > 0 && (
        <ul className="problems" aria-label="Setup problems">
          {checked.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <p className="hint">
        {tasks.toLocaleString('en-US')} tasks. Python: <code>{w.python.split('\n')[0]}</code>
      </p>

      <details className="settings" open>
        <summary>Run settings</summary>
        <div className="fields">
          <NumberField
            spec={specs.workers}
            value={settings.workers}
            problem={checked.fieldProblems.workers}
            onChange={(v) => setSettingInput('workers', v)}
            note={`${cores} cores`}
          />
          <NumberField
            spec={specs.chunkSize}
            value={settings.chunkSize}
            problem={checked.fieldProblems.chunkSize}
            onChange={(v) => setSettingInput('chunkSize', v)}
            note={`0 = auto (${autoChunk})`}
          />
          <NumberField
            spec={specs.yieldIntervalMs}
            value={settings.yieldIntervalMs}
            problem={checked.fieldProblems.yieldIntervalMs}
            onChange={(v) => setSettingInput('yieldIntervalMs', v)}
          />
          <NumberField
            spec={specs.repetitions}
            value={settings.repetitions}
            problem={checked.fieldProblems.repetitions}
            onChange={(v) => setSettingInput('repetitions', v)}
            note="+1 warm-up"
          />
          <div className="field">
            <label htmlFor="order">Result order (pool)</label>
            <select id="order" value={order} onChange={(e) => setOrder(e.target.value as typeof order)}>
              <option value="submission">Submission order (Pool.map)</option>
              <option value="completion">Completion order (imap_unordered)</option>
            </select>
          </div>
        </div>
        <div className="fields">
          <NumberField
            spec={failTaskSpec(tasks)}
            value={failTask}
            placeholder="none"
            problem={checked.fieldProblems.failTask}
            onChange={(v) => setFault(v, failKind)}
            note="empty = no fault"
          />
          <div className="field">
            <label htmlFor="fail-kind">Fault kind</label>
            <select
              id="fail-kind"
              value={failKind}
              onChange={(e) => setFault(failTask, e.target.value === 'crash' ? 'crash' : 'throw')}
            >
              <option value="throw">Kernel throws</option>
              <option value="crash">Worker dies</option>
            </select>
          </div>
        </div>
      </details>
    </fieldset>
  );
}

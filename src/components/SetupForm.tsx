import { autoChunkSize } from '../engine/chunks';
import type { Issue } from '../engine/issue';
import { failTaskSpec, type SettingKey, settingSpecs } from '../engine/setup';
import type { WorkloadId } from '../engine/types';
import { getWorkload, WORKLOADS } from '../engine/workloads';
import {
  issueText,
  paramHelp,
  paramLabel,
  settingHelp,
  settingLabel,
  workloadName,
  workloadSummary,
} from '../i18n/engine-text';
import { useT } from '../i18n/react';
import { rich } from '../i18n/rich';
import { plural } from '../i18n/translate';
import { setFault, setOrder, setParamInput, setSettingInput, setWorkload } from '../store/actions';
import { selectChecked, useApp } from '../store/store';
import { NumberField } from './NumberField';

/** Workload, its parameters, and the run settings, each with its limits. */
export function SetupForm() {
  const t = useT();
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
  const problemOf = (field: string): string | undefined => {
    const i: Issue | undefined = checked.fieldIssues[field];
    return i === undefined ? undefined : issueText(t, i);
  };
  const setting = (key: SettingKey) => ({
    spec: specs[key],
    label: settingLabel(t, key),
    help: settingHelp(t, key, cores),
    value: settings[key],
    problem: problemOf(key),
    onChange: (v: string) => setSettingInput(key, v),
  });

  return (
    <fieldset className="panel setup" disabled={running}>
      <legend>{t('ui.setup.legend')}</legend>
      <div className="field">
        <label htmlFor="workload">{t('ui.setup.workload')}</label>
        <select id="workload" value={workloadId} onChange={(e) => setWorkload(e.target.value as WorkloadId)}>
          {WORKLOADS.map((x) => (
            <option key={x.id} value={x.id}>
              {workloadName(t, x.id)}
            </option>
          ))}
        </select>
        <span className="field__limits">{workloadSummary(t, w.id)}</span>
      </div>
      <div className="fields">
        {w.params.map((spec) => (
          <NumberField
            key={`${w.id}.${spec.key}`}
            spec={spec}
            label={paramLabel(t, w.id, spec.key)}
            help={paramHelp(t, w.id, spec.key)}
            value={inputs[spec.key] ?? ''}
            problem={problemOf(`params.${spec.key}`)}
            onChange={(v) => setParamInput(spec.key, v)}
          />
        ))}
      </div>
      {checked.issues.length > 0 && (
        <ul className="problems" aria-label={t('ui.setup.problems')}>
          {checked.issues.map((p) => (
            <li key={p.text}>{issueText(t, p)}</li>
          ))}
        </ul>
      )}
      <p className="hint">
        {plural(t, tasks, 'ui.tasks.one', 'ui.tasks.other')}.{' '}
        {rich(t('ui.setup.python'), { code: <code>{w.python.split('\n')[0]}</code> })}
      </p>

      <details className="settings" open>
        <summary>{t('ui.setup.settings')}</summary>
        <div className="fields">
          <NumberField {...setting('workers')} note={plural(t, cores, 'ui.cores.one', 'ui.cores.other')} />
          <NumberField {...setting('chunkSize')} note={t('ui.setup.auto', { n: autoChunk })} />
          <NumberField {...setting('yieldIntervalMs')} />
          <NumberField {...setting('repetitions')} note={t('ui.setup.plusWarmUp')} />
          {/* Full row: the options name the Python call ("Completion order (imap_unordered)"). */}
          <div className="field" style={{ gridColumn: '1 / -1' }}>
            <label htmlFor="order">{t('ui.setup.order')}</label>
            <select id="order" value={order} onChange={(e) => setOrder(e.target.value as typeof order)}>
              <option value="submission">{t('ui.setup.orderSubmission')}</option>
              <option value="completion">{t('ui.setup.orderCompletion')}</option>
            </select>
          </div>
        </div>
        <div className="fields">
          <NumberField
            spec={failTaskSpec(tasks)}
            label={settingLabel(t, 'failTask')}
            help={settingHelp(t, 'failTask', cores)}
            value={failTask}
            placeholder={t('ui.setup.none')}
            problem={problemOf('failTask')}
            onChange={(v) => setFault(v, failKind)}
            note={t('ui.setup.noFault')}
          />
          <div className="field">
            <label htmlFor="fail-kind">{t('ui.setup.faultKind')}</label>
            <select
              id="fail-kind"
              value={failKind}
              onChange={(e) => setFault(failTask, e.target.value === 'crash' ? 'crash' : 'throw')}
            >
              <option value="throw">{t('ui.setup.faultThrow')}</option>
              <option value="crash">{t('ui.setup.faultCrash')}</option>
            </select>
          </div>
        </div>
      </details>
    </fieldset>
  );
}

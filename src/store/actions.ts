import type { SettingKey, Setup } from '../engine/setup';
import { checkSetup } from '../engine/setup';
import type { ResultOrder, StrategyId, WorkloadId } from '../engine/types';
import { phrase } from '../i18n/phrase';
import { queryToRawSetup } from '../permalink/setup-query';
import { getStore } from './store';

// Setup edits. Each is one set(); validation happens in selectChecked, never by rejecting input.

export function setWorkload(workload: WorkloadId): void {
  getStore().setState({ workload });
}

export function setParamInput(key: string, value: string): void {
  getStore().setState((s) => ({
    paramInputs: { ...s.paramInputs, [s.workload]: { ...s.paramInputs[s.workload], [key]: value } },
  }));
}

export function setSettingInput(key: SettingKey, value: string): void {
  getStore().setState((s) => ({ settingInputs: { ...s.settingInputs, [key]: value } }));
}

export function setStrategy(strategy: StrategyId): void {
  getStore().setState({ strategy });
}

export function setOrder(order: ResultOrder): void {
  getStore().setState({ order });
}

export function setFault(failTask: string, failKind: 'throw' | 'crash'): void {
  getStore().setState({ failTask, failKind });
}

export function dismissError(): void {
  getStore().setState({ error: null });
}

export function dismissNotices(): void {
  getStore().setState({ notices: [] });
}

/** Puts a validated setup into the form's inputs. */
export function applySetup(setup: Setup): void {
  getStore().setState((s) => ({
    workload: setup.workload,
    paramInputs: {
      ...s.paramInputs,
      [setup.workload]: Object.fromEntries(Object.entries(setup.params).map(([k, v]) => [k, String(v)])),
    },
    strategy: setup.strategy,
    settingInputs: {
      workers: String(setup.workers),
      chunkSize: String(setup.chunkSize),
      yieldIntervalMs: String(setup.yieldIntervalMs),
      repetitions: String(setup.repetitions),
    },
    order: setup.order,
    failTask: setup.fault === null ? '' : String(setup.fault.task),
    failKind: setup.fault?.kind ?? 'throw',
  }));
}

/**
 * Restores a setup from an untrusted query string. Values are clamped into the UI's limits and
 * every adjustment is reported; nothing runs until the person presses Run.
 */
export function restoreFromQuery(search: string): void {
  const raw = queryToRawSetup(search);
  if (raw === null) return;
  const checked = checkSetup(raw, getStore().getState().env.cores);
  applySetup(checked.setup);
  const adjusted = [...checked.issues, ...Object.values(checked.fieldIssues)];
  getStore().setState({
    notices: [
      adjusted.length > 0
        ? phrase('ui.notice.restoredChanged', { changes: adjusted })
        : phrase('ui.notice.restored'),
    ],
  });
}

import type { RawSetup, Setup } from '../engine/setup';
import { getWorkload } from '../engine/workloads';

// A setup in the query string, readable and hand-editable:
//   ?workload=fibonacci&first=20&step=2&count=10&strategy=worker-pool&workers=4&fail=3&failKind=crash
// Results travel separately (see the share feature); a page load never starts a run by itself.

const SETTING_KEYS = ['workers', 'chunkSize', 'yieldIntervalMs', 'repetitions'] as const;

/** Query string (without "?") describing `setup`; defaults are written too so links stay stable. */
export function setupToQuery(setup: Setup): string {
  const q = new URLSearchParams();
  q.set('workload', setup.workload);
  for (const spec of getWorkload(setup.workload).params) q.set(spec.key, String(setup.params[spec.key]));
  q.set('strategy', setup.strategy);
  for (const k of SETTING_KEYS) q.set(k, String(setup[k]));
  q.set('order', setup.order);
  if (setup.fault !== null) {
    q.set('fail', String(setup.fault.task));
    q.set('failKind', setup.fault.kind);
  }
  return q.toString();
}

/** Untrusted query string → RawSetup for checkSetup(); null when it names no setup at all. */
export function queryToRawSetup(search: string): RawSetup | null {
  const q = new URLSearchParams(search);
  if (!q.has('workload') && !q.has('strategy')) return null;
  const params: Record<string, string> = {};
  const workload = q.get('workload');
  let specs: readonly { key: string }[] = [];
  try {
    if (workload !== null) specs = getWorkload(workload as Setup['workload']).params;
  } catch {
    specs = []; // unknown workload: checkSetup reports it
  }
  for (const { key } of specs) {
    const v = q.get(key);
    if (v !== null) params[key] = v;
  }
  const get = (k: string) => q.get(k) ?? undefined;
  return {
    workload: workload ?? undefined,
    params,
    strategy: get('strategy'),
    workers: get('workers'),
    chunkSize: get('chunkSize'),
    order: get('order'),
    yieldIntervalMs: get('yieldIntervalMs'),
    repetitions: get('repetitions'),
    failTask: get('fail'),
    failKind: get('failKind'),
  };
}

import { type Issue, issue } from './issue';
import { checkParams, checkValue, inputText } from './params';
import { isStrategyId } from './strategies';
import type { Fault, ParamSpec, Params, ResultOrder, StrategyId, WorkloadId } from './types';
import { getWorkload, isWorkloadId } from './workloads';

/** A complete, validated description of what to run and how. */
export interface Setup {
  readonly workload: WorkloadId;
  readonly params: Params;
  readonly strategy: StrategyId;
  readonly workers: number;
  /** 0 = automatic. */
  readonly chunkSize: number;
  readonly order: ResultOrder;
  readonly yieldIntervalMs: number;
  readonly repetitions: number;
  readonly fault: Fault | null;
}

/** A setup as it arrives from a form, a URL or a file: anything may be missing or wrong. */
export interface RawSetup {
  readonly workload?: unknown;
  readonly params?: Readonly<Record<string, unknown>>;
  readonly strategy?: unknown;
  readonly workers?: unknown;
  readonly chunkSize?: unknown;
  readonly order?: unknown;
  readonly yieldIntervalMs?: unknown;
  readonly repetitions?: unknown;
  /** Task index to fail; '' or undefined for none. */
  readonly failTask?: unknown;
  readonly failKind?: unknown;
}

export const DEFAULT_WORKLOAD: WorkloadId = 'heavy-loop';
export const DEFAULT_STRATEGY: StrategyId = 'worker-pool';

export type SettingKey = 'workers' | 'chunkSize' | 'yieldIntervalMs' | 'repetitions';

/** Limits of the run settings; the worker limit depends on this machine's cores. */
export function settingSpecs(cores: number): Record<SettingKey, ParamSpec> {
  const c = Math.max(1, cores);
  return {
    workers: {
      key: 'workers',
      label: 'Workers',
      min: 1,
      max: 2 * c,
      default: c,
      integer: true,
      help: `Pool size; this machine reports ${c} cores.`,
    },
    chunkSize: {
      key: 'chunkSize',
      label: 'Chunk size',
      min: 0,
      max: 100_000,
      default: 0,
      integer: true,
      help: 'Tasks per message (0 = automatic, like Pool.map: tasks ÷ (4 × workers)).',
    },
    yieldIntervalMs: {
      key: 'yieldIntervalMs',
      label: 'Yield interval',
      min: 0,
      max: 1000,
      default: 50,
      integer: true,
      unit: 'ms',
      help: 'The yielding strategy gives the page a turn after this much work.',
    },
    repetitions: {
      key: 'repetitions',
      label: 'Repetitions',
      min: 1,
      max: 20,
      default: 3,
      integer: true,
      help: 'Timed runs after one untimed warm-up; the median is reported.',
    },
  };
}

/** The fault-injection field's limits for a workload with `tasks` tasks. */
export function failTaskSpec(tasks: number): ParamSpec {
  return {
    key: 'failTask',
    label: 'Fail task',
    min: 0,
    max: Math.max(0, tasks - 1),
    default: 0,
    integer: true,
    help: 'Make this task fail, to see what each strategy does (empty = no fault).',
  };
}

/** The outcome of checking a RawSetup: always a usable setup, plus what was wrong. */
export interface CheckedSetup {
  readonly setup: Setup;
  /** Per-field problems, keyed by field name ('params.n', 'workers', …). */
  readonly fieldProblems: Readonly<Record<string, string>>;
  /** Problems not tied to one field (unknown workload, cross-parameter limits). */
  readonly problems: readonly string[];
  /**
   * The same problems as data, for the UI's other languages: `fieldIssues` has the keys of
   * `fieldProblems`, `issues` the order of `problems`. Field issues carry `field` and `workload`
   * in their vars, so a list of them still says which input each is about.
   */
  readonly fieldIssues: Readonly<Record<string, Issue>>;
  readonly issues: readonly Issue[];
}

/**
 * The one gate for untrusted setups (form, URL, file): fills defaults, clamps into the UI's
 * limits, and says what it changed. Never throws.
 */
export function checkSetup(raw: RawSetup, cores: number): CheckedSetup {
  const issues: Issue[] = [];
  const fieldIssues: Record<string, Issue> = {};

  let workload = DEFAULT_WORKLOAD;
  if (isWorkloadId(raw.workload)) workload = raw.workload;
  else if (raw.workload !== undefined) {
    const input = inputText(raw.workload);
    issues.push(
      issue(
        'setup.unknownWorkload',
        { input, fallback: workload },
        `Unknown workload "${input}"; using ${getWorkload(workload).name}.`,
      ),
    );
  }
  const w = getWorkload(workload);
  // Says which input a field issue is about, so it can be listed away from its field.
  const onField = (field: string, i: Issue) => {
    fieldIssues[field] = { ...i, vars: { ...i.vars, field, workload } };
  };

  const rawParams =
    raw.params !== undefined && typeof raw.params === 'object' && raw.params !== null ? raw.params : {};
  const p = checkParams(w, rawParams);
  for (const [k, i] of Object.entries(p.issues)) onField(`params.${k}`, i);
  for (const text of p.crossProblems) issues.push(issue('setup.cross', { workload }, text));

  let strategy = DEFAULT_STRATEGY;
  if (isStrategyId(raw.strategy)) strategy = raw.strategy;
  else if (raw.strategy !== undefined) {
    const input = inputText(raw.strategy);
    issues.push(
      issue('setup.unknownStrategy', { input }, `Unknown strategy "${input}"; using the worker pool.`),
    );
  }

  const specs = settingSpecs(cores);
  const settings = {} as Record<SettingKey, number>;
  for (const key of Object.keys(specs) as SettingKey[]) {
    const input = raw[key];
    const c = input === undefined || input === '' ? null : checkValue(specs[key], input);
    settings[key] = c === null ? specs[key].default : c.value;
    if (c?.issue) onField(key, c.issue);
  }

  let order: ResultOrder = 'submission';
  if (raw.order === 'completion' || raw.order === 'submission') order = raw.order;
  else if (raw.order !== undefined) {
    const input = inputText(raw.order);
    issues.push(
      issue('setup.unknownOrder', { input }, `Unknown result order "${input}"; using submission order.`),
    );
  }

  let fault: Fault | null = null;
  if (raw.failTask !== undefined && raw.failTask !== '' && raw.failTask !== null) {
    const c = checkValue(failTaskSpec(w.taskCount(p.params)), raw.failTask);
    if (c.issue !== null) onField('failTask', c.issue);
    else fault = { task: c.value, kind: raw.failKind === 'crash' ? 'crash' : 'throw' };
  }

  return {
    setup: { workload, params: p.params, strategy, ...settings, order, fault },
    fieldProblems: Object.fromEntries(Object.entries(fieldIssues).map(([k, i]) => [k, i.text])),
    problems: issues.map((i) => i.text),
    fieldIssues,
    issues,
  };
}

/** True when nothing is wrong with a checked setup, so it may run as entered. */
export function isRunnable(c: CheckedSetup): boolean {
  return c.problems.length === 0 && Object.keys(c.fieldProblems).length === 0;
}

/** Identifies what is computed (not how), so results of different strategies can be compared. */
export function problemKey(s: Pick<Setup, 'workload' | 'params' | 'fault'>): string {
  return JSON.stringify([s.workload, s.params, s.fault]);
}

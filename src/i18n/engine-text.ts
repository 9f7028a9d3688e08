// The engine's words in the reader's language. The engine stays pure and English (its names and
// sentences are what logs, exports and tests read); the UI asks here, by id, for the same words
// in the current locale. Every lookup falls back to the engine's English when a key is missing,
// so a new workload shows up (in English) before its translation does; engine-text.test.ts fails
// until every registered workload, parameter and strategy has its keys.
import type { Issue } from '../engine/issue';
import type { SettingKey } from '../engine/setup';
import { STRATEGIES } from '../engine/strategies';
import type { Params, StrategyId, WorkloadId } from '../engine/types';
import { getWorkload, isWorkloadId } from '../engine/workloads';
import { DICTIONARIES, type MessageKey } from './messages';
import type { MessageVars, Translate } from './translate';

/** True when `key` is a message key (keys built from ids are checked at run time, not by tsc). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(DICTIONARIES.en, key);
}

/** t(key) when the key exists, else the engine's English. */
function lookup(t: Translate, key: string, english: string, vars?: MessageVars): string {
  return isMessageKey(key) ? t(key, vars) : english;
}

/** "Heavy loop" / "무거운 루프". */
export function workloadName(t: Translate, id: WorkloadId): string {
  return lookup(t, `engine.workload.${id}.name`, getWorkload(id).name);
}

/** The one-line description under the workload menu. */
export function workloadSummary(t: Translate, id: WorkloadId): string {
  return lookup(t, `engine.workload.${id}.summary`, getWorkload(id).summary);
}

function paramSpec(workload: WorkloadId, key: string) {
  return getWorkload(workload).params.find((p) => p.key === key);
}

/** A workload parameter's label, e.g. "Iterations per task". */
export function paramLabel(t: Translate, workload: WorkloadId, key: string): string {
  return lookup(t, `engine.param.${workload}.${key}.label`, paramSpec(workload, key)?.label ?? key);
}

/** A workload parameter's help (the tooltip beside its limits). */
export function paramHelp(t: Translate, workload: WorkloadId, key: string): string {
  return lookup(t, `engine.param.${workload}.${key}.help`, paramSpec(workload, key)?.help ?? '');
}

/** The run settings and the fault-injection field. */
export type SettingField = SettingKey | 'failTask';

const SETTING_LABELS: Readonly<Record<SettingField, MessageKey>> = {
  workers: 'engine.setting.workers.label',
  chunkSize: 'engine.setting.chunkSize.label',
  yieldIntervalMs: 'engine.setting.yieldIntervalMs.label',
  repetitions: 'engine.setting.repetitions.label',
  failTask: 'engine.setting.failTask.label',
};

const SETTING_HELP: Readonly<Record<SettingField, MessageKey>> = {
  workers: 'engine.setting.workers.help',
  chunkSize: 'engine.setting.chunkSize.help',
  yieldIntervalMs: 'engine.setting.yieldIntervalMs.help',
  repetitions: 'engine.setting.repetitions.help',
  failTask: 'engine.setting.failTask.help',
};

function isSettingField(x: unknown): x is SettingField {
  return typeof x === 'string' && Object.hasOwn(SETTING_LABELS, x);
}

/** "Workers" / "워커 수". */
export function settingLabel(t: Translate, key: SettingField): string {
  return t(SETTING_LABELS[key]);
}

/** The help of a run setting; `cores` fills the workers help. */
export function settingHelp(t: Translate, key: SettingField, cores: number): string {
  return t(SETTING_HELP[key], { cores: Math.max(1, cores) });
}

function strategyText(t: Translate, id: StrategyId, part: 'name' | 'short' | 'summary'): string {
  const s = STRATEGIES.find((x) => x.id === id);
  const english = part === 'summary' ? s?.summary : s?.name;
  return lookup(t, `engine.strategy.${id}.${part}`, english ?? id);
}

/** "Worker pool (Comlink)" / "워커 풀 (Comlink)". */
export function strategyName(t: Translate, id: StrategyId): string {
  return strategyText(t, id, 'name');
}

/** "Worker pool": for chart axes and the heartbeat strip, where space is tight. */
export function strategyShortName(t: Translate, id: StrategyId): string {
  return strategyText(t, id, 'short');
}

/** What the strategy does, one sentence. */
export function strategySummary(t: Translate, id: StrategyId): string {
  return strategyText(t, id, 'summary');
}

/** The verified answer for people, e.g. "148,933 primes" / "소수 148,933개". */
export function answerText(t: Translate, workload: WorkloadId, answer: number): string {
  return lookup(t, `engine.workload.${workload}.answer`, getWorkload(workload).formatAnswer(answer), {
    answer,
  });
}

/** A task's label for tooltips: translated where it is words ("row 3"), else the engine's ("fib(30)"). */
export function taskLabel(t: Translate, workload: WorkloadId, params: Params, i: number): string {
  return engineText(t, getWorkload(workload).taskLabel(params, i));
}

/** The label a field issue is about: translated when the issue says which field it is. */
function issueLabel(t: Translate, vars: Issue['vars']): string {
  const { field, workload, key, label } = vars;
  if (typeof field === 'string' && field.startsWith('params.') && isWorkloadId(workload))
    return paramLabel(t, workload, String(key));
  if (isSettingField(field)) return settingLabel(t, field);
  return String(label);
}

/** One setup problem in the reader's language. */
export function issueText(t: Translate, issue: Issue): string {
  const v = issue.vars;
  const input = String(v.input ?? '');
  switch (issue.code) {
    case 'value.notNumber':
      return t('engine.issue.notNumber', {
        label: issueLabel(t, v),
        input,
        min: v.min ?? '',
        max: v.max ?? '',
      });
    case 'value.notWhole':
      return t('engine.issue.notWhole', { label: issueLabel(t, v) });
    case 'value.tooLow':
      return t('engine.issue.tooLow', { label: issueLabel(t, v), min: v.min ?? '' });
    case 'value.tooHigh':
      return t('engine.issue.tooHigh', { label: issueLabel(t, v), max: v.max ?? '' });
    case 'setup.unknownWorkload':
      return t('engine.issue.unknownWorkload', {
        input,
        fallback: isWorkloadId(v.fallback) ? workloadName(t, v.fallback) : String(v.fallback),
      });
    case 'setup.unknownStrategy':
      return t('engine.issue.unknownStrategy', { input });
    case 'setup.unknownOrder':
      return t('engine.issue.unknownOrder', { input });
    case 'setup.cross':
      return engineText(t, issue.text);
  }
}

// The catalogue of sentences the engine writes: each `engine.text.*` key (and the words-only task
// labels) as a whole-string pattern built from its English, {name} matching any text.
interface Pattern {
  readonly key: MessageKey;
  readonly re: RegExp;
  readonly names: readonly string[];
  /** Characters outside placeholders: the more, the more specific ("row {row}" is tried last). */
  readonly literal: number;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let patterns: Pattern[] | null = null;

function catalogue(): Pattern[] {
  if (patterns !== null) return patterns;
  patterns = [];
  for (const key of Object.keys(DICTIONARIES.en) as MessageKey[]) {
    if (!key.startsWith('engine.text.') && !/^engine\.workload\.[^.]+\.task$/.test(key)) continue;
    const english = DICTIONARIES.en[key];
    const names: string[] = [];
    let literal = 0;
    const source = english
      .split(/(\{\w+\})/)
      .map((part) => {
        const m = /^\{(\w+)\}$/.exec(part);
        if (m === null) {
          literal += part.length;
          return escapeRe(part);
        }
        names.push(m[1] as string);
        return '(.+?)';
      })
      .join('');
    patterns.push({ key, re: new RegExp(`^${source}$`, 's'), names, literal });
  }
  patterns.sort((a, b) => b.literal - a.literal);
  return patterns;
}

/** Values inside engine sentences that are themselves engine words. */
function translateVar(t: Translate, name: string, value: string): string {
  if (name === 'strategy') {
    const s = STRATEGIES.find((x) => x.name === value);
    return s === undefined ? value : strategyName(t, s.id);
  }
  if (name === 'why' || name === 'detail' || name === 'label') return engineText(t, value);
  return value;
}

/**
 * One of the engine's English sentences (an error, a reason a strategy is unavailable, a
 * verification detail, a cross-parameter rule) in the reader's language; text it does not know
 * is returned as written.
 */
export function engineText(t: Translate, english: string): string {
  for (const p of catalogue()) {
    const m = p.re.exec(english);
    if (m === null) continue;
    const vars: Record<string, string> = {};
    p.names.forEach((name, k) => {
      vars[name] = translateVar(t, name, m[k + 1] ?? '');
    });
    return t(p.key, vars);
  }
  return english;
}

import { type Issue, issue } from './issue';
import type { ParamSpec, Params, Workload } from './types';

/**
 * A value checked against its spec: the value to use, and what was wrong with the input, if
 * anything: `problem` in English, `issue` the same as data (for the UI's other languages).
 */
export interface CheckedValue {
  readonly value: number;
  readonly problem: string | null;
  readonly issue: Issue | null;
}

/** A CheckedValue with nothing wrong. */
function fine(value: number): CheckedValue {
  return { value, problem: null, issue: null };
}

function bad(value: number, problem: Issue): CheckedValue {
  return { value, problem: problem.text, issue: problem };
}

/** Formats a limit the way the UI shows it beside the input. */
export function formatLimit(v: number): string {
  return v.toLocaleString('en-US');
}

/** String(input) that cannot throw: JSON can make objects whose toString is not a function. */
export function inputText(input: unknown): string {
  try {
    return String(input);
  } catch {
    return `(${typeof input})`;
  }
}

/**
 * Checks one untrusted input (a string from a form or URL, or a number from a file) against its
 * spec. Out-of-range values are clamped and reported; unreadable ones fall back to the default.
 */
export function checkValue(spec: ParamSpec, input: unknown): CheckedValue {
  const raw = typeof input === 'string' ? input.trim().replaceAll(',', '').replaceAll('_', '') : input;
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw !== '' ? Number(raw) : Number.NaN;
  const range = `${formatLimit(spec.min)} – ${formatLimit(spec.max)}`;
  const vars = { label: spec.label, key: spec.key, min: spec.min, max: spec.max };
  if (!Number.isFinite(n)) {
    const text = inputText(input);
    return bad(
      spec.default,
      issue(
        'value.notNumber',
        { ...vars, input: text },
        `${spec.label}: "${text}" is not a number (allowed ${range}).`,
      ),
    );
  }
  if (spec.integer && !Number.isInteger(n)) {
    return bad(
      Math.min(spec.max, Math.max(spec.min, Math.round(n))),
      issue('value.notWhole', vars, `${spec.label} must be a whole number.`),
    );
  }
  if (n < spec.min)
    return bad(
      spec.min,
      issue('value.tooLow', vars, `${spec.label} must be at least ${formatLimit(spec.min)}.`),
    );
  if (n > spec.max)
    return bad(
      spec.max,
      issue('value.tooHigh', vars, `${spec.label} must be at most ${formatLimit(spec.max)}.`),
    );
  return fine(n === 0 ? 0 : n); // -0 (from "-0") would show as "-0"
}

/** Checks every parameter of a workload plus its cross-parameter rules. */
export function checkParams(
  w: Workload,
  inputs: Readonly<Record<string, unknown>>,
): {
  params: Params;
  problems: Record<string, string>;
  /** The same problems as data, by parameter key. */
  issues: Record<string, Issue>;
  crossProblems: string[];
} {
  const params: Record<string, number> = {};
  const problems: Record<string, string> = {};
  const issues: Record<string, Issue> = {};
  for (const spec of w.params) {
    const input = inputs[spec.key];
    const checked = input === undefined ? fine(spec.default) : checkValue(spec, input);
    params[spec.key] = checked.value;
    if (checked.issue !== null) {
      problems[spec.key] = checked.issue.text;
      issues[spec.key] = checked.issue;
    }
  }
  return { params, problems, issues, crossProblems: w.crossCheck(params) };
}

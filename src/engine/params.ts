import type { ParamSpec, Params, Workload } from './types';

/** A value checked against its spec: the value to use, and what was wrong with the input, if anything. */
export interface CheckedValue {
  readonly value: number;
  readonly problem: string | null;
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
  if (!Number.isFinite(n)) {
    return {
      value: spec.default,
      problem: `${spec.label}: "${inputText(input)}" is not a number (allowed ${range}).`,
    };
  }
  if (spec.integer && !Number.isInteger(n)) {
    return {
      value: Math.min(spec.max, Math.max(spec.min, Math.round(n))),
      problem: `${spec.label} must be a whole number.`,
    };
  }
  if (n < spec.min)
    return { value: spec.min, problem: `${spec.label} must be at least ${formatLimit(spec.min)}.` };
  if (n > spec.max)
    return { value: spec.max, problem: `${spec.label} must be at most ${formatLimit(spec.max)}.` };
  return { value: n === 0 ? 0 : n, problem: null }; // -0 (from "-0") would show as "-0"
}

/** Checks every parameter of a workload plus its cross-parameter rules. */
export function checkParams(
  w: Workload,
  inputs: Readonly<Record<string, unknown>>,
): { params: Params; problems: Record<string, string>; crossProblems: string[] } {
  const params: Record<string, number> = {};
  const problems: Record<string, string> = {};
  for (const spec of w.params) {
    const input = inputs[spec.key];
    const checked = input === undefined ? { value: spec.default, problem: null } : checkValue(spec, input);
    params[spec.key] = checked.value;
    if (checked.problem !== null) problems[spec.key] = checked.problem;
  }
  return { params, problems, crossProblems: w.crossCheck(params) };
}

import { describe, expect, it } from 'vitest';
import { checkParams, checkValue, formatLimit } from './params';
import type { ParamSpec } from './types';
import { getWorkload } from './workloads';

const spec: ParamSpec = {
  key: 'n',
  label: 'Iterations',
  min: 10,
  max: 5000,
  default: 100,
  integer: true,
  help: '',
};

describe('checkValue', () => {
  it('accepts an in-range number or numeric string as is', () => {
    expect(checkValue(spec, 250)).toEqual({ value: 250, problem: null, issue: null });
    expect(checkValue(spec, '250')).toEqual({ value: 250, problem: null, issue: null });
    expect(checkValue(spec, '  42 ')).toEqual({ value: 42, problem: null, issue: null });
    expect(checkValue(spec, 10)).toEqual({ value: 10, problem: null, issue: null });
    expect(checkValue(spec, 5000)).toEqual({ value: 5000, problem: null, issue: null });
  });

  it('accepts thousands separators: "1,000" and "1_000" mean 1000', () => {
    expect(checkValue(spec, '1,000')).toEqual({ value: 1000, problem: null, issue: null });
    expect(checkValue(spec, '1_000')).toEqual({ value: 1000, problem: null, issue: null });
  });

  it('falls back to the default and names the input when it is not a number', () => {
    for (const input of [
      'abc',
      '',
      '   ',
      '12abc',
      'NaN',
      'Infinity',
      Number.NaN,
      Number.POSITIVE_INFINITY,
      null,
      true,
      {},
      [],
    ]) {
      const c = checkValue(spec, input);
      expect(c.value, String(input)).toBe(100);
      expect(c.problem, String(input)).toMatch(/is not a number/);
      expect(c.problem).toContain('10 – 5,000');
    }
    expect(checkValue(spec, 'abc').problem).toContain('"abc"');
  });

  it('does not throw on objects whose toString is not a function (hostile JSON)', () => {
    const hostile: unknown = JSON.parse('{"toString": 1, "valueOf": 2}');
    const c = checkValue(spec, hostile);
    expect(c.value).toBe(100);
    expect(c.problem).toMatch(/is not a number/);
    expect(checkValue(spec, Object.create(null)).value).toBe(100);
  });

  it('turns "-0" into a plain 0, which would otherwise display as "-0"', () => {
    const c = checkValue({ ...spec, min: 0 }, '-0');
    expect(Object.is(c.value, 0)).toBe(true);
    expect(c.problem).toBeNull();
    expect(Object.is(checkValue({ ...spec, min: 0 }, -0).value, 0)).toBe(true);
  });

  it('rounds decimals for whole-number parameters and reports it', () => {
    const c = checkValue(spec, '12.6');
    expect(c.value).toBe(13);
    expect(c.problem).toMatch(/whole number/);
    expect(checkValue(spec, 99.4)).toEqual({
      value: 99,
      problem: expect.stringMatching(/whole number/),
      issue: expect.objectContaining({ code: 'value.notWhole' }),
    });
  });

  it('clamps a rounded decimal into range too', () => {
    expect(checkValue(spec, 9999.5).value).toBe(5000);
    expect(checkValue(spec, 0.5).value).toBe(10);
  });

  it('accepts decimals for non-integer parameters', () => {
    expect(checkValue({ ...spec, integer: false }, '12.5')).toEqual({
      value: 12.5,
      problem: null,
      issue: null,
    });
  });

  it('clamps below min to min with a message naming the minimum', () => {
    const c = checkValue(spec, -5);
    expect(c.value).toBe(10);
    expect(c.problem).toBe('Iterations must be at least 10.');
  });

  it('clamps above max to max with a message naming the maximum, formatted with separators', () => {
    const c = checkValue(spec, '1e9');
    expect(c.value).toBe(5000);
    expect(c.problem).toBe('Iterations must be at most 5,000.');
    expect(checkValue(spec, Number.MAX_VALUE).value).toBe(5000);
  });

  it('describes each problem as data too: a code, the values it mentions, and the same English', () => {
    const cases = [
      ['abc', 'value.notNumber'],
      ['12.5', 'value.notWhole'],
      ['3', 'value.tooLow'],
      ['9000', 'value.tooHigh'],
    ] as const;
    for (const [input, code] of cases) {
      const c = checkValue(spec, input);
      expect(c.issue?.code, input).toBe(code);
      expect(c.issue?.text).toBe(c.problem);
      expect(c.issue?.vars).toMatchObject({ label: 'Iterations', key: 'n', min: 10, max: 5000 });
    }
    expect(checkValue(spec, 'abc').issue?.vars.input).toBe('abc');
  });

  it('formats limits the way the UI shows them', () => {
    expect(formatLimit(1_000_000_000)).toBe('1,000,000,000');
    expect(formatLimit(0)).toBe('0');
  });
});

describe('checkParams', () => {
  it('fills missing parameters with defaults and reports nothing', () => {
    const w = getWorkload('fibonacci');
    const r = checkParams(w, {});
    expect(r.params).toEqual({ first: 20, step: 2, count: 10 });
    expect(r.problems).toEqual({});
    expect(r.crossProblems).toEqual([]);
  });

  it('reports each bad parameter under its key and clamps it', () => {
    const w = getWorkload('heavy-loop');
    const r = checkParams(w, { tasks: '0', n: 'lots' });
    expect(r.params).toEqual({ tasks: 1, n: 20_000_000 });
    expect(Object.keys(r.problems).sort()).toEqual(['n', 'tasks']);
  });

  it('ignores inputs that are not parameters of the workload', () => {
    const r = checkParams(getWorkload('heavy-loop'), { tasks: 4, evil: 'x', first: 3 });
    expect(r.params).toEqual({ tasks: 4, n: 20_000_000 });
    expect(r.problems).toEqual({});
  });

  it('reports fibonacci jobs whose last argument first + step·(count − 1) exceeds 42', () => {
    const w = getWorkload('fibonacci');
    const ok = checkParams(w, { first: 30, step: 3, count: 5 }); // last = 42
    expect(ok.crossProblems).toEqual([]);
    const bad = checkParams(w, { first: 30, step: 3, count: 6 }); // last = 45
    expect(bad.problems).toEqual({});
    expect(bad.crossProblems).toHaveLength(1);
    expect(bad.crossProblems[0]).toContain('fib(45)');
  });

  it('reports mandelbrot images above 4 megapixels', () => {
    const w = getWorkload('mandelbrot');
    expect(checkParams(w, { width: 2048, height: 2048 }).crossProblems).toEqual([]);
    const bad = checkParams(w, { width: 4096, height: 4096 });
    expect(bad.problems).toEqual({});
    expect(bad.crossProblems).toEqual([expect.stringMatching(/4 megapixels/)]);
  });

  it('runs the cross check on clamped values, not the raw input', () => {
    // count 999 clamps to 200; first 20 + 2·199 is still far above 42.
    const r = checkParams(getWorkload('fibonacci'), { count: 999 });
    expect(r.params.count).toBe(200);
    expect(r.problems.count).toBeDefined();
    expect(r.crossProblems[0]).toContain(`fib(${20 + 2 * 199})`);
  });
});

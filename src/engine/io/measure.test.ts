import { describe, expect, it } from 'vitest';
import { checkDelivery, clientLatencies, criticalCpuMs, latencyStats, taskCost } from './measure';
import type { IoRunOutput, ServerLogEntry } from './types';

// The exactly-once check from the server's own log: every way a save can go wrong is caught.

const value = (i: number) => 1000 + i;

function output(n: number, over: Partial<Record<'status' | 'attempts', number[]>> = {}): IoRunOutput {
  return {
    sentAt: new Float64Array(n).map((_, i) => 10 * i),
    answeredAt: new Float64Array(n).map((_, i) => 10 * i + 105),
    status: Int16Array.from(over.status ?? Array(n).fill(200)),
    attempts: Uint8Array.from(over.attempts ?? Array(n).fill(1)),
    values: new Float64Array(n).map((_, i) => value(i)),
    cpuLanes: new Int16Array(n).fill(-1),
    cpuStarts: new Float64Array(n),
    cpuEnds: new Float64Array(n),
    totalMs: 0,
    mainCpuMs: 0,
    yields: 0,
    yieldMs: 0,
    retried: 0,
    failed: 0,
  };
}

function entry(id: number, over: Partial<ServerLogEntry> = {}): ServerLogEntry {
  return {
    ok: true,
    status: 200,
    id,
    value: value(id),
    attempt: 0,
    receivedAt: 10 * id + 1,
    startedAt: 10 * id + 1,
    finishedAt: 10 * id + 101,
    ...over,
  };
}

const cleanLog = (n: number) => Array.from({ length: n }, (_, i) => entry(i));

describe('checkDelivery', () => {
  it('passes when every item is in the log exactly once with the right value', () => {
    const c = checkDelivery(output(5), cleanLog(5), value);
    expect(c.ok).toBe(true);
    expect(c.detail).toMatch(/all 5 acknowledged saves reached the server exactly once/);
  });

  it('catches a save acknowledged to the client but missing from the log', () => {
    const c = checkDelivery(
      output(5),
      cleanLog(5).filter((e) => e.id !== 3),
      value,
    );
    expect(c.ok).toBe(false);
    expect(c.detail).toMatch(/item 3: acknowledged to the client but missing/);
  });

  it('catches a duplicate save', () => {
    const c = checkDelivery(output(4), [...cleanLog(4), entry(2, { attempt: 1 })], value);
    expect(c.ok).toBe(false);
    expect(c.detail).toMatch(/item 2: saved 2 times/);
  });

  it('catches a wrong value', () => {
    const log = cleanLog(4);
    log[1] = entry(1, { value: 7 });
    const c = checkDelivery(output(4), log, value);
    expect(c.ok).toBe(false);
    expect(c.detail).toMatch(/item 1: the server saved 7, expected 1001/);
  });

  it('catches an item never answered, and an id that does not exist', () => {
    const out = output(3, { status: [200, 0, 200] });
    const c = checkDelivery(out, [entry(0), entry(2), entry(9)], value);
    expect(c.ok).toBe(false);
    expect(c.problems).toContain('item 1: never answered');
    expect(c.problems).toContain('the server received item 9, which does not exist');
  });

  it('accepts a counted failure that the server refused every time, and says so', () => {
    const out = { ...output(3, { status: [200, 503, 200], attempts: [1, 3, 1] }), retried: 2, failed: 1 };
    const refused = (attempt: number) => entry(1, { ok: false, status: 503, attempt });
    const c = checkDelivery(out, [entry(0), refused(0), refused(1), refused(2), entry(2)], value);
    expect(c.problems).toEqual([]);
    expect(c.failed).toBe(1);
    expect(c.detail).toMatch(/1 failed after 3 attempts/);
  });

  it('catches a failure the server actually saved, and miscounted retries', () => {
    const out = { ...output(2, { status: [200, 503], attempts: [1, 2] }), retried: 3, failed: 1 };
    const c = checkDelivery(
      out,
      [entry(0), entry(1, { ok: false, status: 503 }), entry(1, { attempt: 1 })],
      value,
    );
    expect(c.ok).toBe(false);
    expect(c.problems.join(' ')).toMatch(/counted as failed but the server saved it/);
    expect(c.problems.join(' ')).toMatch(
      /refused 1 requests, but the client counted 3 retries \+ 1 failures/,
    );
  });
});

describe('statistics', () => {
  it('latencyStats gives mean, median, p95 and max; NaN when empty', () => {
    const s = latencyStats([5, 1, 4, 2, 3]);
    expect(s).toEqual({ mean: 3, p50: 3, p95: 4.8, max: 5 });
    expect(Number.isNaN(latencyStats([]).mean)).toBe(true);
  });

  it('client latency covers acknowledged saves only', () => {
    expect(clientLatencies(output(3, { status: [200, 503, 200] }))).toEqual([105, 105]);
  });

  it('task cost and critical CPU come from the CPU task times per lane', () => {
    const o = output(4);
    o.cpuLanes.set([1, 2, 1, 2]);
    o.cpuStarts.set([1, 1, 11, 11]);
    o.cpuEnds.set([11, 13, 21, 25]);
    expect(taskCost(o)).toBe((10 + 12 + 10 + 14) / 4);
    expect(criticalCpuMs(o)).toBe(26);
    expect(taskCost(output(2))).toBeNull();
  });
});

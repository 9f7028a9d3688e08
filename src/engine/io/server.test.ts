import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isAbort } from '../errors';
import { localClient, realHost, ServerModel, STATUS_RESET, serviceMs } from './server';
import type { SaveResponse, ServerConfig } from './types';

// The server model on Vitest's fake clock: Date.now() and setTimeout are both fake, so every time
// below is exact.

const base: ServerConfig = { latencyMs: 100, jitterMs: 0, capacity: 3, overflow: 'queue', seed: 7 };

function server(config: Partial<ServerConfig> = {}): ServerModel {
  return new ServerModel(
    { ...base, ...config },
    realHost(() => Date.now()),
  );
}

/** Records when each promise settled (fake ms since the test started). */
function track(p: Promise<SaveResponse>, t0: number): { r: SaveResponse | null; at: number } {
  const rec = { r: null as SaveResponse | null, at: -1 };
  p.then((r) => {
    rec.r = r;
    rec.at = Date.now() - t0;
  });
  return rec;
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(1_000_000);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('ServerModel', () => {
  it('answers one request after its latency, with 200 and the times it logged', async () => {
    const s = server();
    const t0 = Date.now();
    const a = track(s.receive({ id: 4, value: 44 }), t0);
    await vi.advanceTimersByTimeAsync(99);
    expect(a.r).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(a.at).toBe(100);
    expect(a.r).toMatchObject({
      ok: true,
      status: 200,
      id: 4,
      receivedAt: t0,
      startedAt: t0,
      finishedAt: t0 + 100,
    });
    expect(s.log()).toEqual([
      {
        ok: true,
        status: 200,
        id: 4,
        value: 44,
        attempt: 0,
        receivedAt: t0,
        startedAt: t0,
        finishedAt: t0 + 100,
      },
    ]);
  });

  it('serves up to capacity at once at full speed', async () => {
    const s = server({ capacity: 3 });
    const t0 = Date.now();
    const rs = [0, 1, 2].map((id) => track(s.receive({ id, value: id }), t0));
    expect(s.stats()).toMatchObject({ serving: 3, queued: 0, received: 3 });
    await vi.advanceTimersByTimeAsync(100);
    expect(rs.map((r) => r.at)).toEqual([100, 100, 100]);
  });

  it('queues past capacity in arrival order, so latency grows in waves of capacity', async () => {
    const s = server({ capacity: 2, overflow: 'queue' });
    const t0 = Date.now();
    const rs = [0, 1, 2, 3, 4].map((id) => track(s.receive({ id, value: id }), t0));
    expect(s.stats()).toMatchObject({ serving: 2, queued: 3 });
    await vi.runAllTimersAsync();
    expect(rs.map((r) => r.at)).toEqual([100, 100, 200, 200, 300]);
    const log = s.log();
    expect(log.map((e) => e.startedAt - t0)).toEqual([0, 0, 100, 100, 200]);
    expect(log.every((e) => e.status === 200)).toBe(true);
    expect(s.stats()).toMatchObject({ serving: 0, queued: 0, received: 5, answered: 5, refused: 0 });
  });

  it('with overflow reject, refuses past capacity at once with 503 and serves the rest', async () => {
    const s = server({ capacity: 2, overflow: 'reject' });
    const t0 = Date.now();
    const rs = [0, 1, 2].map((id) => track(s.receive({ id, value: id }), t0));
    await vi.advanceTimersByTimeAsync(0);
    expect(rs[2]?.r).toMatchObject({ ok: false, status: 503, id: 2 });
    expect(rs[2]?.at).toBe(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(rs.map((r) => r.r?.status)).toEqual([200, 200, 503]);
    expect(s.stats()).toMatchObject({ refused: 1, answered: 3 });
    // A slot is free again: the retry of item 2 is served, and logged as its second attempt.
    const retry = track(s.receive({ id: 2, value: 2 }), t0);
    await vi.advanceTimersByTimeAsync(100);
    expect(retry.r?.status).toBe(200);
    expect(s.log().map((e) => [e.id, e.attempt, e.status])).toEqual([
      [0, 0, 200],
      [1, 0, 200],
      [2, 0, 503],
      [2, 1, 200],
    ]);
  });

  it('draws jitter per request id under the seed: the same in any arrival order, different for another seed', async () => {
    const cfg = { ...base, jitterMs: 50, capacity: 100 };
    const times = async (order: number[], seed: number) => {
      const s = server({ ...cfg, seed });
      const t0 = Date.now();
      const rs = new Map(order.map((id) => [id, track(s.receive({ id, value: 0 }), t0)]));
      await vi.runAllTimersAsync();
      return [0, 1, 2, 3, 4, 5].map((id) => rs.get(id)?.at);
    };
    const a = await times([0, 1, 2, 3, 4, 5], 7);
    const b = await times([5, 3, 1, 0, 2, 4], 7);
    const c = await times([0, 1, 2, 3, 4, 5], 8);
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
    for (const t of a) {
      expect(t).toBeGreaterThanOrEqual(100);
      expect(t).toBeLessThan(151);
    }
    expect(new Set(a).size).toBeGreaterThan(1);
  });

  it('keeps jitter within [latency, latency + jitter) and near uniform over many ids', () => {
    const cfg = { ...base, latencyMs: 10, jitterMs: 20 };
    const xs = Array.from({ length: 5000 }, (_, id) => serviceMs(cfg, id));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...xs)).toBeLessThan(30);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean).toBeGreaterThan(19.5);
    expect(mean).toBeLessThan(20.5);
    expect(serviceMs(cfg, 3, 1)).not.toBe(serviceMs(cfg, 3, 0)); // a retry draws afresh
  });

  it('reset answers everything in flight with 499, clears the log and applies the new config', async () => {
    const s = server({ capacity: 1 });
    const t0 = Date.now();
    const rs = [0, 1].map((id) => track(s.receive({ id, value: id }), t0));
    await vi.advanceTimersByTimeAsync(10);
    s.reset({ ...base, latencyMs: 5 });
    await vi.advanceTimersByTimeAsync(0);
    expect(rs.map((r) => r.r?.status)).toEqual([STATUS_RESET, STATUS_RESET]);
    expect(s.log()).toEqual([]);
    expect(s.stats()).toEqual({ serving: 0, queued: 0, received: 0, answered: 0, refused: 0 });
    await vi.advanceTimersByTimeAsync(500); // the old timers never fire into the new run
    expect(s.stats().answered).toBe(0);
    const c = track(s.receive({ id: 9, value: 9 }), Date.now());
    await vi.advanceTimersByTimeAsync(5);
    expect(c.r?.status).toBe(200);
  });

  it('localClient rejects with an AbortError when the signal aborts, like fetch', async () => {
    const s = server();
    const client = localClient(s);
    const ac = new AbortController();
    const p = client.save({ id: 1, value: 1 }, ac.signal);
    ac.abort();
    await expect(p).rejects.toSatisfy(isAbort);
    await expect(client.save({ id: 2, value: 2 }, ac.signal)).rejects.toSatisfy(isAbort);
  });
});

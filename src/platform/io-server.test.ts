import * as Comlink from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { isAbort } from '../engine/errors';
import { createServerApi, type ServerApi } from '../engine/io/server-api';
import type { ServerConfig } from '../engine/io/types';
import type { AsyncApi } from '../engine/types';
import { makeIoServer } from './io-server';

// The server worker's real API exposed with Comlink on one end of a MessageChannel and wrapped on
// the other, as workers/server.worker.ts and getIoServer() do — real timers, short latencies.

const config: ServerConfig = { latencyMs: 20, jitterMs: 0, capacity: 2, overflow: 'queue', seed: 1 };
let channels: MessageChannel[] = [];

function connect() {
  const channel = new MessageChannel();
  channels.push(channel);
  Comlink.expose(createServerApi(), channel.port1);
  const api = Comlink.wrap<ServerApi>(channel.port2) as unknown as AsyncApi<ServerApi>;
  let terminated = 0;
  const server = makeIoServer(
    api,
    () => {
      terminated++;
      channel.port1.close();
    },
    () => {},
  );
  return { server, terminated: () => terminated };
}

afterEach(() => {
  for (const c of channels) {
    c.port1.close();
    c.port2.close();
  }
  channels = [];
});

describe('the I/O server over a message channel', () => {
  it('answers saves like fetch and logs them on the page clock, queueing past capacity', async () => {
    const { server } = connect();
    await server.reset(config);
    const never = new AbortController().signal;
    const t0 = performance.now();
    const rs = await Promise.all([0, 1, 2].map((id) => server.save({ id, value: id * 10 }, never)));
    const elapsed = performance.now() - t0;
    expect(rs.map((r) => [r.ok, r.status, r.id])).toEqual([
      [true, 200, 0],
      [true, 200, 1],
      [true, 200, 2],
    ]);
    expect(elapsed).toBeGreaterThanOrEqual(2 * 20 - 1); // the third waited for a free slot
    const log = await server.log();
    expect(log.map((e) => e.value)).toEqual([0, 10, 20]);
    // Same thread, same timeOrigin: the log's times sit inside this test's own clock readings.
    for (const e of log) {
      expect(e.receivedAt).toBeGreaterThanOrEqual(t0 - 1);
      expect(e.finishedAt).toBeLessThanOrEqual(performance.now() + 1);
      expect(e.finishedAt - e.startedAt).toBeGreaterThanOrEqual(19);
    }
    expect((await server.stats()).answered).toBe(3);
  });

  it('a save rejects with an AbortError when its signal aborts; reset answers the server side with 499', async () => {
    const { server } = connect();
    await server.reset({ ...config, latencyMs: 10_000 });
    const ac = new AbortController();
    const p = server.save({ id: 1, value: 1 }, ac.signal);
    ac.abort();
    await expect(p).rejects.toSatisfy(isAbort);
    expect((await server.stats()).serving).toBe(1);
    await server.reset(config);
    expect(await server.stats()).toMatchObject({ serving: 0, received: 0 });
  });

  it('terminate rejects every call in flight (a dead worker never answers) and every later call', async () => {
    const { server, terminated } = connect();
    await server.reset({ ...config, latencyMs: 10_000 });
    const pending = server.save({ id: 1, value: 1 }, new AbortController().signal);
    server.terminate();
    await expect(pending).rejects.toThrow(/simulated server stopped/);
    await expect(server.log()).rejects.toThrow(/simulated server stopped/);
    expect(terminated()).toBe(1);
  });
});

import * as Comlink from 'comlink';
import { withAbort } from '../engine/io/server';
import type { ServerApi } from '../engine/io/server-api';
import type { IoClient, ServerConfig, ServerLogEntry, ServerStats } from '../engine/io/types';
import type { AsyncApi } from '../engine/types';

/** The simulated server as the page sees it: a fetch-like client plus control of the model. */
export interface IoServer extends IoClient {
  /** Drops everything in flight (answered 499), clears the log, applies `config`. */
  reset(config: ServerConfig): Promise<void>;
  /** Every request since the last reset, arrival order; times on the page clock. */
  log(): Promise<ServerLogEntry[]>;
  stats(): Promise<ServerStats>;
  terminate(): void;
}

/** Makes a server from an API endpoint (a real worker on the page; a MessageChannel in tests). */
export function makeIoServer(api: AsyncApi<ServerApi>, terminate: () => void, onDead: () => void): IoServer {
  let dead: Error | null = null;
  // Calls in flight: a dead worker never answers them, so terminate() rejects them itself.
  const inflight = new Set<(reason: unknown) => void>();
  const guard = <T>(p: Promise<T>): Promise<T> => {
    if (dead !== null) return Promise.reject(dead);
    return new Promise<T>((resolve, reject) => {
      inflight.add(reject);
      p.then(resolve, reject).finally(() => inflight.delete(reject));
    });
  };
  return {
    // Like fetch: the request is posted at once; the promise settles when the answer is handled.
    save: (req, signal) => withAbort(guard(api.save(req)), signal),
    reset: (config) => guard(api.reset(config, performance.timeOrigin)),
    log: () => guard(api.log()),
    stats: () => guard(api.stats()),
    terminate() {
      dead ??= new Error('The simulated server stopped (its worker was terminated or crashed).');
      terminate();
      for (const reject of inflight) reject(dead);
      inflight.clear();
      onDead();
    },
  };
}

let server: IoServer | null = null;

/**
 * The page's one simulated server, in its own worker (so its timers do not wait for the page's CPU
 * work), started on first use and kept warm. If the worker dies, the next call starts a new one.
 */
export function getIoServer(): IoServer {
  if (server !== null) return server;
  const worker = new Worker(new URL('../../workers/server.worker.ts', import.meta.url), {
    type: 'module',
    name: 'io-server',
  });
  const api = Comlink.wrap<ServerApi>(worker) as unknown as AsyncApi<ServerApi>;
  const made = makeIoServer(
    api,
    () => worker.terminate(),
    () => {
      if (server === made) server = null;
    },
  );
  // A crashed server would leave calls pending forever: drop it so the next run starts a fresh one.
  worker.addEventListener('error', (e) => {
    e.preventDefault();
    made.terminate();
  });
  server = made;
  return made;
}

/**
 * One turn of the event loop for the I/O lab's `asyncio.sleep(0)`: a MessageChannel post, queued
 * behind the server's answers that have already arrived (they are messages too), so those answers
 * are handled before the loop goes on. scheduler.yield() would not do: its continuation outranks
 * ordinary tasks, so the answers would keep waiting.
 */
export function yieldBehindMessages(): Promise<void> {
  channel ??= makeYieldChannel();
  const c = channel;
  return new Promise<void>((resolve) => {
    c.waiting.push(resolve);
    c.port.postMessage(null);
  });
}

let channel: { port: MessagePort; waiting: Array<() => void> } | null = null;

function makeYieldChannel(): { port: MessagePort; waiting: Array<() => void> } {
  const mc = new MessageChannel();
  const waiting: Array<() => void> = [];
  mc.port1.onmessage = () => waiting.shift()?.();
  return { port: mc.port2, waiting };
}

// The simulated server: pure, with the clock and timers injected, so Vitest's fake timers drive it in
// tests and workers/server.worker.ts runs the very same model off the page's thread.
import { abortError } from '../errors';
import type { IoClient, SaveRequest, SaveResponse, ServerConfig, ServerLogEntry, ServerStats } from './types';

/** What the model needs from its host: a clock (page-clock ms) and one-shot timers. */
export interface ServerHost {
  now(): number;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

/** Status of a request the server dropped unanswered because it was reset (the client went away). */
export const STATUS_RESET = 499;

/** 32-bit integer mix (murmur3's finaliser): the same inputs always give the same bits. */
function mix32(x: number): number {
  let h = x | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The service time of a request, ms: latency plus jitter drawn from (seed, id, attempt) — never
 * from arrival order, so a strategy that sends in another order sees the same latencies.
 */
export function serviceMs(config: ServerConfig, id: number, attempt = 0): number {
  if (config.jitterMs <= 0) return config.latencyMs;
  const u = mix32(mix32(mix32(config.seed) ^ id) + Math.imul(attempt, 0x9e3779b9)) / 2 ** 32;
  return config.latencyMs + u * config.jitterMs;
}

interface Pending {
  entry: {
    -readonly [K in keyof ServerLogEntry]: ServerLogEntry[K];
  };
  service: number;
  resolve(r: SaveResponse): void;
  timer: unknown;
}

function responseOf(e: ServerLogEntry): SaveResponse {
  return {
    ok: e.ok,
    status: e.status,
    id: e.id,
    receivedAt: e.receivedAt,
    startedAt: e.startedAt,
    finishedAt: e.finishedAt,
  };
}

/**
 * A server that serves up to `capacity` requests at once, each for serviceMs(); past capacity a
 * request waits in a FIFO queue (overflow 'queue') or is refused at once with 503 ('reject').
 * Every request is logged in arrival order; entries not finished yet have status 0.
 */
export class ServerModel {
  #config: ServerConfig;
  readonly #host: ServerHost;
  #log: Pending['entry'][] = [];
  #serving = new Set<Pending>();
  #queue: Pending[] = [];
  #queueHead = 0;
  /** Arrivals per id so far, so a retried request draws fresh jitter deterministically. */
  #attempts = new Map<number, number>();
  #refused = 0;
  #answered = 0;

  constructor(config: ServerConfig, host: ServerHost) {
    this.#config = config;
    this.#host = host;
  }

  get config(): ServerConfig {
    return this.#config;
  }

  /** Handles one request; resolves when the server answers (200, 503, or 499 after a reset). */
  receive(req: SaveRequest): Promise<SaveResponse> {
    const now = this.#host.now();
    const attempt = this.#attempts.get(req.id) ?? 0;
    this.#attempts.set(req.id, attempt + 1);
    return new Promise<SaveResponse>((resolve) => {
      const p: Pending = {
        entry: {
          ok: false,
          status: 0,
          id: req.id,
          value: req.value,
          attempt,
          receivedAt: now,
          startedAt: 0,
          finishedAt: 0,
        },
        service: serviceMs(this.#config, req.id, attempt),
        resolve,
        timer: null,
      };
      this.#log.push(p.entry);
      if (this.#serving.size < this.#config.capacity) this.#start(p, now);
      else if (this.#config.overflow === 'queue') this.#queue.push(p);
      else {
        p.entry.status = 503;
        p.entry.startedAt = now;
        p.entry.finishedAt = now;
        this.#refused++;
        this.#answered++;
        resolve(responseOf(p.entry));
      }
    });
  }

  /** Drops everything in flight (answering it with 499 so no caller waits forever) and starts afresh. */
  reset(config: ServerConfig = this.#config): void {
    const now = this.#host.now();
    const dropped = [...this.#serving, ...this.#queue.slice(this.#queueHead)];
    for (const p of this.#serving) this.#host.clearTimer(p.timer);
    this.#serving.clear();
    this.#queue = [];
    this.#queueHead = 0;
    this.#log = [];
    this.#attempts.clear();
    this.#refused = 0;
    this.#answered = 0;
    this.#config = config;
    for (const p of dropped) {
      p.entry.status = STATUS_RESET;
      p.entry.finishedAt = now;
      p.resolve(responseOf(p.entry));
    }
  }

  /** Every request since the last reset, in arrival order (copies). */
  log(): ServerLogEntry[] {
    return this.#log.map((e) => ({ ...e }));
  }

  stats(): ServerStats {
    return {
      serving: this.#serving.size,
      queued: this.#queue.length - this.#queueHead,
      received: this.#log.length,
      answered: this.#answered,
      refused: this.#refused,
    };
  }

  #start(p: Pending, now: number): void {
    p.entry.startedAt = now;
    this.#serving.add(p);
    p.timer = this.#host.setTimer(() => this.#finish(p), p.service);
  }

  #finish(p: Pending): void {
    if (!this.#serving.delete(p)) return; // reset in the meantime
    const now = this.#host.now();
    p.entry.ok = true;
    p.entry.status = 200;
    p.entry.finishedAt = now;
    this.#answered++;
    p.resolve(responseOf(p.entry));
    while (this.#serving.size < this.#config.capacity && this.#queueHead < this.#queue.length) {
      const next = this.#queue[this.#queueHead] as Pending;
      this.#queue[this.#queueHead++] = undefined as unknown as Pending; // let it be collected
      this.#start(next, now);
    }
    if (this.#queueHead > 1024 && this.#queueHead * 2 > this.#queue.length) {
      this.#queue = this.#queue.slice(this.#queueHead);
      this.#queueHead = 0;
    }
  }
}

/** `promise`, or an AbortError as soon as `signal` aborts (the request itself is not recalled). */
export function withAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(abortError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

/** The model as a client in this thread (tests, and anywhere no worker is wanted). */
export function localClient(model: ServerModel): IoClient {
  return { save: (req, signal) => withAbort(model.receive(req), signal) };
}

/** Host on the real clock of this thread, reporting page-clock times. */
export function realHost(now: () => number): ServerHost {
  return {
    now,
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  };
}

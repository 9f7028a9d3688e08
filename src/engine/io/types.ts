// The I/O lab's vocabulary: a simulated server, the requests clients send it, and the strategies
// that overlap the waiting. Pure types (compiled for workers too): no DOM, no React, no Comlink.

/** What the server does with a request that arrives while `capacity` requests are being served. */
export type Overflow = 'queue' | 'reject';

/** The simulated server's model. Deterministic under `seed`: the same requests get the same latencies. */
export interface ServerConfig {
  /** Service time of one request at full speed, ms (default 100, the book's value). */
  readonly latencyMs: number;
  /** Extra service time, uniform in [0, jitterMs) drawn per request id from the seed, ms. */
  readonly jitterMs: number;
  /** Requests served concurrently at full speed (default 100). */
  readonly capacity: number;
  /** Past capacity: wait in a FIFO queue (latency grows) or be refused at once with status 503. */
  readonly overflow: Overflow;
  readonly seed: number;
}

/** One save as the client sends it: task `id` and the value it computed (I/O only: the id itself). */
export interface SaveRequest {
  readonly id: number;
  readonly value: number;
}

/** The server's answer, shaped like the parts of a fetch Response a client looks at. */
export interface SaveResponse {
  readonly ok: boolean;
  /** 200 saved, 503 refused (over capacity with overflow 'reject'), 499 dropped by a reset (cancel). */
  readonly status: number;
  readonly id: number;
  /** Page-clock ms: when the server received the request, started serving it, and answered. */
  readonly receivedAt: number;
  readonly startedAt: number;
  readonly finishedAt: number;
}

/** Every request the server saw, in arrival order (the verifier and the charts read this). */
export interface ServerLogEntry extends SaveResponse {
  readonly value: number;
  /** 0 for the first arrival of this id, 1 for its first retry, … */
  readonly attempt: number;
}

/** Live counters of the server, sampled by the page for the queue-length chart. */
export interface ServerStats {
  /** Being served now (≤ capacity). */
  readonly serving: number;
  /** Waiting in the queue. */
  readonly queued: number;
  readonly received: number;
  readonly answered: number;
  readonly refused: number;
}

/**
 * The client side of the simulated server, as strategies see it: async like fetch/aiohttp.
 * `save` rejects only on abort; a refusal resolves with ok false and status 503.
 */
export interface IoClient {
  save(req: SaveRequest, signal: AbortSignal): Promise<SaveResponse>;
}

/** Which experiment runs: requests only, or the book's CPU task + save per item. */
export type IoKind = 'io-only' | 'mixed';

/**
 * serial: await each request (mixed: compute, then await the save).
 * batched: Promise.all over batches of `batchSize` (asyncio.gather per batch).
 * async: start each request as soon as it is ready, at most `concurrency` in flight (Semaphore);
 *   in the mixed experiment the loop yields every `yieldEvery` items (asyncio.sleep(0)).
 * hybrid: mixed only; CPU tasks on the worker pool, saves async on the page.
 */
export type IoStrategyId = 'serial' | 'batched' | 'async' | 'hybrid';

/** A complete, validated I/O lab setup (checked by the lab's own restore(), same style as checkSetup). */
export interface IoSetup {
  readonly kind: IoKind;
  readonly strategy: IoStrategyId;
  /** Items: requests (I/O only) or CPU task + save pairs (mixed). */
  readonly items: number;
  /** Mixed: CPU cost doubles per step, like bcrypt's cost factor; 8 ≈ 16 ms on a laptop core. */
  readonly difficulty: number;
  readonly batchSize: number;
  readonly concurrency: number;
  /** Mixed async: yield to the event loop every this many items (0 = never). */
  readonly yieldEvery: number;
  /** Times a refused request is retried (with backoff) before it counts as failed. */
  readonly retries: number;
  readonly workers: number;
  readonly repetitions: number;
  readonly server: ServerConfig;
}

/** What one repetition of an I/O strategy produced. Times are page-clock ms. */
export interface IoRunOutput {
  /** Per item: when the (last attempt of the) save was sent and when the client handled its answer. */
  readonly sentAt: Float64Array;
  readonly answeredAt: Float64Array;
  /** Per item: final HTTP-like status (0 = never answered) and attempts made. */
  readonly status: Int16Array;
  readonly attempts: Uint8Array;
  /** Mixed: the CPU result per item (what was saved), and its lane/start/end for the lanes chart. */
  readonly values: Float64Array;
  readonly cpuLanes: Int16Array;
  readonly cpuStarts: Float64Array;
  readonly cpuEnds: Float64Array;
  /** Wall time from start until every save was acknowledged or given up on. */
  readonly totalMs: number;
  /** Time spent computing on the page's main thread (mixed serial/batched/async). */
  readonly mainCpuMs: number;
  /** Yields taken and the time they cost (mixed async). */
  readonly yields: number;
  readonly yieldMs: number;
  readonly retried: number;
  readonly failed: number;
}

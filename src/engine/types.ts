// The vocabulary shared by workloads, strategies, the runner, workers and the UI.
// Nothing here may touch the DOM, React or Comlink: this file is compiled for workers too.

/** One numeric parameter of a workload, with the limits the UI shows and restore() clamps to. */
export interface ParamSpec {
  readonly key: string;
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly default: number;
  /** Whole numbers only (every parameter today is). */
  readonly integer: boolean;
  readonly unit?: string;
  readonly help: string;
}

/** Validated parameter values, keyed by ParamSpec.key. */
export type Params = Readonly<Record<string, number>>;

export type WorkloadId = 'heavy-loop' | 'fibonacci' | 'prime-count' | 'mandelbrot' | 'cost-hash';

/** What a verifier says about one repetition's results. */
export interface Verification {
  readonly ok: boolean;
  /** The combined answer the strategy produced (e.g. the prime count). */
  readonly answer: number;
  /** Human-readable account of what was checked, or what did not match. */
  readonly detail: string;
}

/**
 * A workload is data plus pure functions. Every task writes `resultWidth` numbers into a
 * Float64Array at `offset`, so the same kernel can fill a transferred buffer in a worker or a
 * SharedArrayBuffer in place. Kernels never know which strategy runs them.
 */
export interface Workload {
  readonly id: WorkloadId;
  readonly name: string;
  readonly summary: string;
  /** The Python equivalent of one task, shown beside the kernel. */
  readonly python: string;
  readonly params: readonly ParamSpec[];
  /** Limits that span several parameters; returns one message per broken rule. */
  crossCheck(p: Params): string[];
  taskCount(p: Params): number;
  /** Numbers each task writes. */
  resultWidth(p: Params): number;
  /** Short label of task i for tooltips and error messages, e.g. "fib(30)". */
  taskLabel(p: Params, i: number): string;
  kernel(p: Params, i: number, out: Float64Array, offset: number): void;
  verify(p: Params, results: Float64Array): Verification;
  /** The answer formatted for people. */
  formatAnswer(answer: number): string;
}

export type StrategyId = 'main-thread' | 'main-yielding' | 'worker-pool' | 'shared-memory';

export type ResultOrder = 'submission' | 'completion';

/** Injected failure, so a person can see what each strategy does when one task fails. */
export interface Fault {
  readonly task: number;
  /** 'throw': the kernel throws. 'crash': the worker running it dies (main thread: treated as throw). */
  readonly kind: 'throw' | 'crash';
}

/** Everything that decides what is computed. Identical across strategies. */
export interface Job {
  readonly workload: WorkloadId;
  readonly params: Params;
  readonly fault: Fault | null;
}

/** How a strategy schedules the job. Strategies ignore the settings that do not apply to them. */
export interface StrategySettings {
  /**
   * Time every task for the lanes (default true). Off only to measure what the instrumentation
   * costs (npm run bench).
   */
  readonly recordTasks?: boolean;
  readonly workers: number;
  /** Tasks per message (pool) or per claim (shared memory); 0 means automatic. */
  readonly chunkSize: number;
  readonly order: ResultOrder;
  /** Main-thread-yielding strategy: yield after this much work, in ms. */
  readonly yieldIntervalMs: number;
}

/** Results of one repetition, plus what the lanes chart needs. Times are ms on the page clock. */
export interface RepetitionOutput {
  readonly results: Float64Array;
  /** Which lane ran task i: 0 = main thread, 1..N = worker N. */
  readonly lanes: Int16Array;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Task indices in the order results were handed to the caller. */
  readonly deliveryOrder: Int32Array;
  /** Chunk size actually used (pool and shared memory), else 1. */
  readonly chunkSize: number;
  /** Times the main thread yielded (yielding strategy). */
  readonly yields: number;
}

/** The worker API, as written inside the worker (synchronous). */
export interface ChunkRequest {
  readonly job: Job;
  readonly first: number;
  readonly end: number;
  /** The page's performance.timeOrigin, so the worker can report times on the page's clock. */
  readonly pageTimeOrigin: number;
  /** Time each task (false: times are left 0). */
  readonly timed: boolean;
}

export interface ChunkReply {
  readonly results: Float64Array;
  /** start, end pairs per task, page clock. */
  readonly times: Float64Array;
}

export interface SharedRequest {
  readonly job: Job;
  readonly lane: number;
  readonly claimSize: number;
  readonly pageTimeOrigin: number;
  readonly timed: boolean;
  /** Int32 control words; see shared-memory.ts for the layout. */
  readonly control: SharedArrayBuffer;
  readonly results: SharedArrayBuffer;
  /** Int16 lane per task, Float64 start and end per task (page clock). */
  readonly lanes: SharedArrayBuffer;
  readonly starts: SharedArrayBuffer;
  readonly ends: SharedArrayBuffer;
}

export interface WorkerApi {
  /** Resolves once the worker's module has loaded; returns its timeOrigin. */
  ping(): number;
  /** Async only when the worker is dying (an injected crash never answers). */
  runChunk(req: ChunkRequest): ChunkReply | Promise<ChunkReply>;
  /** Claims tasks until none are left; returns how many this worker ran. */
  runShared(req: SharedRequest): number | Promise<number>;
}

/** The promise-returning view of an API across a thread boundary (what Comlink's Remote<T> gives). */
export type AsyncApi<T> = {
  readonly [K in keyof T]: T[K] extends (...args: infer A) => infer R
    ? (...args: A) => Promise<Awaited<R>>
    : never;
};

/** A warm set of workers, one lane each. Implemented in src/platform with real workers. */
export interface TaskPool {
  readonly size: number;
  /**
   * Calls into the worker of `lane` (1-based). Rejects with WorkerCrashedError if that worker dies,
   * and with an AbortError when `signal` aborts; the busy worker is then terminated and replaced.
   */
  call<R>(lane: number, fn: (api: AsyncApi<WorkerApi>) => Promise<R>, signal: AbortSignal): Promise<R>;
}

/**
 * Per-task timing of the repetition in flight, written in place as tasks run (by the strategy on the
 * page, or by workers straight into shared memory) and read by the lanes view once a frame — so
 * live drawing costs no messages. starts[i] > 0 means task i has started, ends[i] > 0 that it ended.
 */
export interface LiveTasks {
  readonly lanes: Int16Array;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /**
   * Pool strategy only: page-clock time task i's chunk was posted to its worker (0 = not yet), and
   * lanes[i] is set at that moment, so the view can draw a chunk in flight and its queue/transfer
   * wait before compute. Strategies without messages leave it undefined.
   */
  readonly sent?: Float64Array;
}

/** What the runner gives a strategy besides the job. */
export interface RunContext {
  readonly signal: AbortSignal;
  /** Tasks finished so far in this repetition. Called at most a few times per frame. */
  onProgress(done: number): void;
  /** Called once at the start of every repetition with the arrays that repetition fills. */
  onLive?(live: LiveTasks): void;
  /** The page clock in ms (performance.now on the page). */
  now(): number;
  readonly pageTimeOrigin: number;
  /** Gives the event loop a turn; the primitive is named by yieldPrimitive. */
  yieldToMain(): Promise<void>;
  readonly pool: TaskPool | null;
  readonly crossOriginIsolated: boolean;
}

/** Why a strategy cannot run here, or null when it can. */
export type Availability = string | null;

export interface Strategy {
  readonly id: StrategyId;
  readonly name: string;
  readonly summary: string;
  /** The Python idiom this corresponds to, and a snippet of it. */
  readonly python: { readonly idiom: string; readonly code: string };
  /** Whether this strategy runs on workers (speedup is then judged against the worker count). */
  readonly usesWorkers: boolean;
  availability(env: { crossOriginIsolated: boolean; workers: boolean }): Availability;
  run(job: Job, settings: StrategySettings, ctx: RunContext): Promise<RepetitionOutput>;
}

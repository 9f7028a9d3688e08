// The I/O lab's form: field limits, presets, and the one gate for untrusted setups (form text,
// links, files). Same style as checkSetup in ../setup.ts: fill defaults, clamp, say what changed,
// never throw.
import { type Issue, issue } from '../issue';
import { checkValue, inputText } from '../params';
import type { ParamSpec } from '../types';
import type { IoKind, IoSetup, IoStrategyId, Overflow, ServerConfig } from './types';

/** Every field of the lab's form; server fields are dotted. */
export type IoField =
  | 'kind'
  | 'strategy'
  | 'items'
  | 'difficulty'
  | 'batchSize'
  | 'concurrency'
  | 'yieldEvery'
  | 'retries'
  | 'workers'
  | 'repetitions'
  | 'server.latencyMs'
  | 'server.jitterMs'
  | 'server.capacity'
  | 'server.overflow'
  | 'server.seed';

/** The fields that hold a number (the rest are choices). */
export type NumericIoField = Exclude<IoField, 'kind' | 'strategy' | 'server.overflow'>;

/** Numeric fields in form order. */
export const NUMERIC_IO_FIELDS: readonly NumericIoField[] = [
  'items',
  'difficulty',
  'batchSize',
  'concurrency',
  'yieldEvery',
  'retries',
  'workers',
  'repetitions',
  'server.latencyMs',
  'server.jitterMs',
  'server.capacity',
  'server.seed',
];

/** Every field in form order. */
export const IO_FIELDS: readonly IoField[] = [
  'kind',
  'strategy',
  'items',
  'difficulty',
  'batchSize',
  'concurrency',
  'yieldEvery',
  'retries',
  'workers',
  'repetitions',
  'server.latencyMs',
  'server.jitterMs',
  'server.capacity',
  'server.overflow',
  'server.seed',
];

/** Strategies per experiment: the hybrid needs CPU work to move to workers. */
export function strategiesFor(kind: IoKind): readonly IoStrategyId[] {
  return kind === 'mixed' ? ['serial', 'batched', 'async', 'hybrid'] : ['serial', 'batched', 'async'];
}

/** True when `id` names an I/O strategy (ids arrive from links and files). */
export function isIoStrategyId(id: unknown): id is IoStrategyId {
  return id === 'serial' || id === 'batched' || id === 'async' || id === 'hybrid';
}

/** Limits, defaults (the I/O-only everyday preset) and help of every numeric field. English; the UI translates by key. */
export function ioSpecs(cores: number): Record<NumericIoField, ParamSpec> {
  const c = Math.max(1, Math.floor(cores) || 1);
  return {
    items: {
      key: 'items',
      label: 'Items',
      min: 1,
      max: 5000,
      default: 600,
      integer: true,
      help: 'Requests (I/O only) or CPU task + save pairs (mixed). The book used 600.',
    },
    difficulty: {
      key: 'difficulty',
      label: 'Task difficulty',
      min: 0,
      max: 12,
      default: 8,
      integer: true,
      help: 'Mixed: the CPU task costs 50,000 · 2^difficulty hash rounds (doubles per step, like bcrypt). 8 ≈ 16 ms on a laptop core.',
    },
    batchSize: {
      key: 'batchSize',
      label: 'Batch size',
      min: 1,
      max: 5000,
      default: 50,
      integer: true,
      help: 'Batched: requests sent together and awaited together (Promise.all, asyncio.gather).',
    },
    concurrency: {
      key: 'concurrency',
      label: 'Concurrency limit',
      min: 1,
      max: 5000,
      default: 100,
      integer: true,
      help: 'Async and hybrid: at most this many requests in flight (a semaphore, like asyncio.Semaphore(100)).',
    },
    yieldEvery: {
      key: 'yieldEvery',
      label: 'Yield every',
      min: 0,
      max: 5000,
      default: 1,
      integer: true,
      unit: 'items',
      help: 'Mixed async: give the event loop a turn every this many items (0 = never), like await asyncio.sleep(0).',
    },
    retries: {
      key: 'retries',
      label: 'Retries',
      min: 0,
      max: 10,
      default: 3,
      integer: true,
      help: 'Times a refused request (503) is sent again, with exponential backoff, before it counts as failed.',
    },
    workers: {
      key: 'workers',
      label: 'Workers',
      min: 0,
      max: 2 * c,
      default: 0,
      integer: true,
      help: `Hybrid: workers that run the CPU tasks (0 = one per core; this machine reports ${c}).`,
    },
    repetitions: {
      key: 'repetitions',
      label: 'Repetitions',
      min: 1,
      max: 10,
      default: 1,
      integer: true,
      help: 'Timed runs per strategy; the median is reported.',
    },
    'server.latencyMs': {
      key: 'server.latencyMs',
      label: 'Server latency',
      min: 0,
      max: 5000,
      default: 100,
      integer: true,
      unit: 'ms',
      help: 'Time the server takes to answer one request at full speed (the book: 100 ms).',
    },
    'server.jitterMs': {
      key: 'server.jitterMs',
      label: 'Jitter',
      min: 0,
      max: 5000,
      default: 20,
      integer: true,
      unit: 'ms',
      help: 'Extra time per request, uniform in [0, jitter), the same for the same request under the same seed.',
    },
    'server.capacity': {
      key: 'server.capacity',
      label: 'Server capacity',
      min: 1,
      max: 10_000,
      default: 100,
      integer: true,
      help: 'Requests the server serves at once at full speed; more wait in a queue or are refused.',
    },
    'server.seed': {
      key: 'server.seed',
      label: 'Seed',
      min: 0,
      max: 2_147_483_647,
      default: 1,
      integer: true,
      help: 'Makes the jitter repeatable: the same seed gives every request the same extra time.',
    },
  };
}

/** Named starting points of the lab. */
export type IoPresetId = 'everyday-io' | 'everyday-mixed' | 'book';

/** A preset and what its serial run costs on a laptop (ms), so the UI can warn before a long run. */
export interface IoPreset {
  readonly id: IoPresetId;
  readonly setup: IoSetup;
  readonly estimatedSerialMs: number;
}

/** The laptop task cost at difficulty 8 the book's figures imply, ms (docs/io-lab.md). */
export const LAPTOP_COST_AT_8_MS = 16;

/** Estimated cost of one CPU task on a laptop core at `difficulty`, ms (doubles per step). */
export function laptopCostMs(difficulty: number): number {
  return LAPTOP_COST_AT_8_MS * 2 ** (difficulty - 8);
}

/**
 * Roughly how long the serial strategy takes on `setup`, ms: n · (c + L̄), with c the measured task
 * cost when known (else the laptop estimate) and L̄ the mean service time.
 */
export function estimateSerialMs(setup: IoSetup, costMs: number | null = null): number {
  const c = setup.kind === 'mixed' ? (costMs ?? laptopCostMs(setup.difficulty)) : 0;
  return setup.items * (c + setup.server.latencyMs + setup.server.jitterMs / 2);
}

const BOOK_SERVER: ServerConfig = { latencyMs: 100, jitterMs: 0, capacity: 100, overflow: 'queue', seed: 1 };

function preset(id: IoPresetId, setup: IoSetup): IoPreset {
  return { id, setup, estimatedSerialMs: estimateSerialMs(setup) };
}

/**
 * everyday-io: the issue's I/O-only default (600 requests at 100 ms; serial takes about a minute).
 * everyday-mixed: the book's task and server with fewer items, so Compare all takes ~20 s.
 * book: the book's exact setup (difficulty 8, 600 items, 100 ms, concurrency 100).
 */
export const IO_PRESETS: readonly IoPreset[] = [
  preset('everyday-io', {
    kind: 'io-only',
    strategy: 'async',
    items: 600,
    difficulty: 8,
    batchSize: 50,
    concurrency: 100,
    yieldEvery: 1,
    retries: 3,
    workers: 0,
    repetitions: 1,
    server: { latencyMs: 100, jitterMs: 20, capacity: 100, overflow: 'queue', seed: 1 },
  }),
  preset('everyday-mixed', {
    kind: 'mixed',
    strategy: 'async',
    items: 40,
    difficulty: 8,
    batchSize: 10,
    concurrency: 100,
    yieldEvery: 1,
    retries: 3,
    workers: 0,
    repetitions: 3,
    server: BOOK_SERVER,
  }),
  preset('book', {
    kind: 'mixed',
    strategy: 'async',
    items: 600,
    difficulty: 8,
    batchSize: 100,
    concurrency: 100,
    yieldEvery: 1,
    retries: 3,
    workers: 0,
    repetitions: 1,
    server: BOOK_SERVER,
  }),
];

/** The preset with this id. */
export function getIoPreset(id: IoPresetId): IoPreset {
  return IO_PRESETS.find((p) => p.id === id) ?? (IO_PRESETS[0] as IoPreset);
}

/** The everyday preset of an experiment kind (what the form starts from). */
export function defaultPresetFor(kind: IoKind): IoPreset {
  return getIoPreset(kind === 'mixed' ? 'everyday-mixed' : 'everyday-io');
}

/** A setup as form text, keyed by field (what the store keeps so typing is never lost). */
export function ioSetupToInputs(setup: IoSetup): Record<IoField, string> {
  return {
    kind: setup.kind,
    strategy: setup.strategy,
    items: String(setup.items),
    difficulty: String(setup.difficulty),
    batchSize: String(setup.batchSize),
    concurrency: String(setup.concurrency),
    yieldEvery: String(setup.yieldEvery),
    retries: String(setup.retries),
    workers: String(setup.workers),
    repetitions: String(setup.repetitions),
    'server.latencyMs': String(setup.server.latencyMs),
    'server.jitterMs': String(setup.server.jitterMs),
    'server.capacity': String(setup.server.capacity),
    'server.overflow': setup.server.overflow,
    'server.seed': String(setup.server.seed),
  };
}

/** The outcome of checking raw input: always a usable setup, plus what was wrong. */
export interface CheckedIoSetup {
  readonly setup: IoSetup;
  /** Per field (IoField keys), one message each. */
  readonly fieldProblems: Record<string, string>;
  /** Problems not tied to one field. */
  readonly problems: string[];
  /** The same problems as data (src/engine/issue.ts), so the UI can say them in the reader's language. */
  readonly fieldIssues: Record<string, Issue>;
  readonly issues: Issue[];
}

/** Longest estimated run the form accepts for the chosen strategy, ms (beyond it: a clear problem). */
export const MAX_ESTIMATED_MS = 15 * 60_000;

/** Reads `key` from raw: a flat dotted key ('server.latencyMs') wins over a nested server object. */
function rawValue(raw: Readonly<Record<string, unknown>>, key: IoField): unknown {
  if (Object.hasOwn(raw, key)) return raw[key];
  if (key.startsWith('server.')) {
    const server = Object.hasOwn(raw, 'server') ? raw.server : undefined;
    if (typeof server === 'object' && server !== null) {
      const sub = key.slice('server.'.length);
      return Object.hasOwn(server, sub) ? (server as Record<string, unknown>)[sub] : undefined;
    }
  }
  return undefined;
}

/**
 * The one gate for untrusted I/O lab setups (form text, links, files): fills defaults from the
 * kind's everyday preset, clamps into the form's limits, lists what it changed. Never throws.
 */
export function checkIoSetup(raw: Readonly<Record<string, unknown>>, cores: number): CheckedIoSetup {
  const fieldProblems: Record<string, string> = {};
  const problems: string[] = [];
  const fieldIssues: Record<string, Issue> = {};
  const issues: Issue[] = [];
  const safe: Readonly<Record<string, unknown>> = typeof raw === 'object' && raw !== null ? raw : {};

  const rawKind = rawValue(safe, 'kind');
  let kind: IoKind = 'io-only';
  if (rawKind === 'io-only' || rawKind === 'mixed') kind = rawKind;
  else if (rawKind !== undefined && rawKind !== '')
    fieldProblems.kind = `Unknown experiment "${inputText(rawKind)}"; using I/O only.`;
  const base = defaultPresetFor(kind).setup;

  const rawStrategy = rawValue(safe, 'strategy');
  let strategy: IoStrategyId = base.strategy;
  if (isIoStrategyId(rawStrategy)) {
    if (strategiesFor(kind).includes(rawStrategy)) strategy = rawStrategy;
    else
      fieldProblems.strategy = `The ${rawStrategy} strategy needs CPU work (the mixed experiment); using async.`;
  } else if (rawStrategy !== undefined && rawStrategy !== '')
    fieldProblems.strategy = `Unknown strategy "${inputText(rawStrategy)}"; using async.`;

  const specs = ioSpecs(cores);
  const fromBase: Record<NumericIoField, number> = {
    items: base.items,
    difficulty: base.difficulty,
    batchSize: base.batchSize,
    concurrency: base.concurrency,
    yieldEvery: base.yieldEvery,
    retries: base.retries,
    workers: base.workers,
    repetitions: base.repetitions,
    'server.latencyMs': base.server.latencyMs,
    'server.jitterMs': base.server.jitterMs,
    'server.capacity': base.server.capacity,
    'server.seed': base.server.seed,
  };
  const n = {} as Record<NumericIoField, number>;
  for (const key of NUMERIC_IO_FIELDS) {
    const input = rawValue(safe, key);
    const spec = specs[key];
    if (input === undefined || input === '' || input === null) {
      n[key] = fromBase[key];
      continue;
    }
    const c = checkValue(spec, input);
    n[key] = c.value;
    if (c.problem !== null) fieldProblems[key] = c.problem;
    if (c.issue !== null) fieldIssues[key] = { ...c.issue, vars: { ...c.issue.vars, field: key } };
  }

  const rawOverflow = rawValue(safe, 'server.overflow');
  let overflow: Overflow = base.server.overflow;
  if (rawOverflow === 'queue' || rawOverflow === 'reject') overflow = rawOverflow;
  else if (rawOverflow !== undefined && rawOverflow !== '')
    fieldProblems['server.overflow'] = `Unknown overflow behaviour "${inputText(rawOverflow)}"; using queue.`;

  const setup: IoSetup = {
    kind,
    strategy,
    items: n.items,
    difficulty: n.difficulty,
    batchSize: n.batchSize,
    concurrency: n.concurrency,
    yieldEvery: n.yieldEvery,
    retries: n.retries,
    workers: n.workers,
    repetitions: n.repetitions,
    server: {
      latencyMs: n['server.latencyMs'],
      jitterMs: n['server.jitterMs'],
      capacity: n['server.capacity'],
      overflow,
      seed: n['server.seed'],
    },
  };

  // A run that would take longer than the form allows is refused with a reason, not started.
  const estimate = estimateRunMs(setup);
  if (estimate > MAX_ESTIMATED_MS) {
    const minutes = Math.round(estimate / 60_000);
    const text = `This setup would take about ${minutes} minutes (${setup.strategy}, ${setup.repetitions} repetition${setup.repetitions === 1 ? '' : 's'}); the lab allows ${MAX_ESTIMATED_MS / 60_000}. Lower the items, latency, difficulty or repetitions.`;
    problems.push(text);
    issues.push(issue('setup.cross', { minutes, limit: MAX_ESTIMATED_MS / 60_000 }, text));
  }
  // Choice fields (kind, strategy, overflow) have no Issue code of their own: their English
  // sentence travels as a cross-field issue, which the UI shows as written.
  for (const f of ['kind', 'strategy', 'server.overflow'] as const) {
    const text = fieldProblems[f];
    if (text !== undefined) fieldIssues[f] = issue('setup.cross', { field: f }, text);
  }
  return { setup, fieldProblems, problems, fieldIssues, issues };
}

/** Rough duration of running the setup's own strategy with its repetitions, ms (laptop task cost). */
export function estimateRunMs(setup: IoSetup): number {
  const c = setup.kind === 'mixed' ? laptopCostMs(setup.difficulty) : 0;
  const L = setup.server.latencyMs + setup.server.jitterMs / 2;
  const n = setup.items;
  const m = Math.max(1, Math.min(setup.concurrency, setup.server.capacity));
  let one: number;
  switch (setup.strategy) {
    case 'serial':
      one = n * (c + L);
      break;
    case 'batched':
      one = n * c + Math.ceil(n / setup.batchSize) * Math.ceil(setup.batchSize / setup.server.capacity) * L;
      break;
    default:
      one = n * c + Math.ceil(n / m) * L;
  }
  return one * setup.repetitions;
}

/** True when nothing is wrong with a checked setup, so it may run as entered. */
export function isIoRunnable(c: CheckedIoSetup): boolean {
  return c.problems.length === 0 && Object.keys(c.fieldProblems).length === 0;
}

/** Identifies what is computed and against which server (not how), so strategies can be compared. */
export function ioProblemKey(s: IoSetup): string {
  const { latencyMs, jitterMs, capacity, overflow, seed } = s.server;
  const difficulty = s.kind === 'mixed' ? s.difficulty : null;
  return JSON.stringify([s.kind, s.items, difficulty, latencyMs, jitterMs, capacity, overflow, seed]);
}

// The tutorial's chapters, in order. Each is one entry: a playground preset (or an I/O lab preset),
// the prediction, and pure functions from the measured outcome to the answer and the read-back.
// Text lives in src/i18n/messages/learn-chapters.ts under learn.<id>.*; adding a chapter is one
// entry here plus its text there. Keep presets small: the whole walk runs in e2e on 2 busy cores.
import { effectiveCores, idealTimeMs } from '../engine/amdahl';
import { autoChunkSize } from '../engine/chunks';
import { frameVerdict } from '../engine/responsiveness';
import type { StrategyResult } from '../engine/runner';
import type { RawSetup } from '../engine/setup';
import { taskLabel } from '../i18n/engine-text';
import type { MessageKey } from '../i18n/messages';
import type { MessageVars } from '../i18n/translate';
import { IO_CHAPTERS } from './io-chapters';
import { chunkMessages, lanesOf, longestTask, overtakes, submissionWaits, totalTaskMs } from './measures';
import type { Chapter, ChapterEnv, ChoiceDef, CpuOutcome, Fmt, Outcome, SweepOutcome } from './types';

/** A message key of a chapter: learn.<id>.<suffix>. */
export function chapterKey(id: string, suffix: string): MessageKey {
  return `learn.${id}.${suffix}` as MessageKey;
}

/** Translates a chapter's own message. */
export function say(f: Fmt, id: string, suffix: string, vars?: MessageVars): string {
  return f.t(chapterKey(id, suffix), vars);
}

/** The outcome as a CPU outcome (chapters only ever get their own kind). */
export function cpuOf(o: Outcome): CpuOutcome {
  if (o.kind !== 'cpu') throw new Error(`Expected a CPU outcome, got ${o.kind}.`);
  return o;
}

export function sweepOf(o: Outcome): SweepOutcome {
  if (o.kind !== 'sweep') throw new Error(`Expected a sweep outcome, got ${o.kind}.`);
  return o;
}

/** The result of one variant, if it ran. */
export function measuredOf(o: CpuOutcome, variant: string): StrategyResult | undefined {
  return o.measured.find((m) => m.variant === variant)?.result;
}

function need(o: CpuOutcome, variant: string): StrategyResult {
  const r = measuredOf(o, variant);
  if (r === undefined) throw new Error(`The "${variant}" run is missing.`);
  return r;
}

/** The choice whose [lo, hi) range holds `value`. */
export function pickRange(choices: readonly ChoiceDef[], value: number): string | null {
  if (!Number.isFinite(value)) return null;
  return choices.find((c) => c.range !== undefined && value >= c.range[0] && value < c.range[1])?.id ?? null;
}

/** "a" when a/b < 1 − tol, "b" when > 1 + tol, else "same": which of two times won. */
function faster(a: number, b: number, tol = 0.1): 'a' | 'b' | 'same' {
  const r = a / b;
  if (!Number.isFinite(r)) return 'same';
  if (r < 1 - tol) return 'a';
  if (r > 1 + tol) return 'b';
  return 'same';
}

const frameOf = (r: StrategyResult) => r.responsiveness?.longestFrameMs ?? Number.NaN;
const range = (f: Fmt, r: StrategyResult) => `${f.ms(r.min)}–${f.ms(r.max)}`;
const speedupOf = (base: StrategyResult | undefined, r: StrategyResult) =>
  base === undefined ? Number.NaN : base.median / r.median;
const paramOf = (setup: RawSetup, key: string) => Number(setup.params?.[key] ?? Number.NaN);

// ——— Presets (validated by checkSetup in chapters.test.ts; `workers` omitted = this machine's cores)

const ONE_LOOP: RawSetup = {
  workload: 'heavy-loop',
  params: { tasks: 8, n: 40_000_000 },
  strategy: 'main-thread',
  repetitions: 2,
};
const YIELDING: RawSetup = {
  workload: 'heavy-loop',
  params: { tasks: 40, n: 5_000_000 },
  strategy: 'main-yielding',
  yieldIntervalMs: 50,
  repetitions: 2,
};
const POOL: RawSetup = {
  workload: 'heavy-loop',
  params: { tasks: 8, n: 25_000_000 },
  strategy: 'worker-pool',
  repetitions: 2,
};
const CHUNKS: RawSetup = {
  workload: 'heavy-loop',
  params: { tasks: 500, n: 20_000 },
  strategy: 'worker-pool',
  chunkSize: 0,
  repetitions: 2,
};
const ORDER: RawSetup = {
  workload: 'mandelbrot',
  params: { width: 400, height: 80, maxIter: 1000 },
  strategy: 'worker-pool',
  chunkSize: 1,
  order: 'completion',
  repetitions: 2,
};
const UNEQUAL: RawSetup = {
  workload: 'fibonacci',
  params: { first: 24, step: 1, count: 8 },
  strategy: 'worker-pool',
  chunkSize: 1,
  repetitions: 3,
};
const SHARED: RawSetup = {
  workload: 'heavy-loop',
  params: { tasks: 500, n: 20_000 },
  strategy: 'shared-memory',
  chunkSize: 1,
  repetitions: 2,
};
const AMDAHL: RawSetup = {
  workload: 'heavy-loop',
  params: { tasks: 8, n: 10_000_000 },
  strategy: 'worker-pool',
  repetitions: 1,
};

// ——— 1. One core, one loop

const oneLoop: Chapter = {
  id: 'one-loop',
  paragraphs: 3,
  python: {
    idiom: 'for loop / map()',
    code: `def heavy(x, n):
    total = 0
    for i in range(n):
        total += i * x
    return total

# one core, one loop: nothing else runs until it ends
results = [heavy(x, N) for x in range(1, 9)]`,
  },
  sources: [
    { file: 'engine/strategies/main-thread.ts', blocks: ['async run('] },
    { file: 'engine/workloads/heavy-loop.ts', blocks: ['export function heavyLoop('] },
  ],
  plan: { kind: 'cpu', preset: ONE_LOOP, variants: [{ id: 'main', strategy: 'main-thread' }] },
  views: ['heartbeat', 'lanes', 'responsiveness'],
  pointer: 'heartbeat',
  choices: () => [{ id: 'smooth' }, { id: 'janky' }, { id: 'frozen' }],
  answer(o) {
    const frame = frameOf(need(cpuOf(o), 'main'));
    return Number.isFinite(frame) ? frameVerdict(frame) : null;
  },
  evidence: (o, f) => say(f, 'one-loop', 'evidence', { frame: f.ms(frameOf(need(cpuOf(o), 'main'))) }),
  readBack(o, f) {
    const m = need(cpuOf(o), 'main');
    const r = m.responsiveness;
    const iterations = (m.params.tasks ?? 0) * (m.params.n ?? 0);
    const lines = [
      say(f, 'one-loop', 'rb.time', {
        tasks: f.num(m.params.tasks ?? 0),
        n: f.num(m.params.n ?? 0),
        median: f.ms(m.median),
        reps: f.num(m.samples.length),
        range: range(f, m),
        ns: f.num((m.median * 1e6) / Math.max(1, iterations), 2),
      }),
    ];
    if (r !== undefined)
      lines.push(
        say(f, 'one-loop', 'rb.frames', {
          frame: f.ms(r.longestFrameMs),
          over: f.num(r.framesOver50),
          blocked: f.ms(r.totalBlockedMs),
        }),
      );
    lines.push(say(f, 'one-loop', 'rb.baseline', { median: f.ms(m.median) }));
    return lines;
  },
  tryIt: {
    page: 'playground',
    change: () => ({ ...ONE_LOOP, params: { tasks: 8, n: 80_000_000 } }),
    field: 'param:n',
    button: 'run',
  },
};

// ——— 2. Yielding

const yielding: Chapter = {
  id: 'yielding',
  paragraphs: 3,
  python: {
    idiom: 'await asyncio.sleep(0)',
    code: `import asyncio, time

async def run(inputs, interval=0.05):
    results, last = [], time.perf_counter()
    for x in inputs:
        results.append(heavy(x, N))
        if time.perf_counter() - last >= interval:
            await asyncio.sleep(0)   # give the event loop a turn
            last = time.perf_counter()
    return results`,
  },
  sources: [
    { file: 'engine/strategies/main-yielding.ts', blocks: ['async run('] },
    { file: 'platform/yield.ts', blocks: ["if (typeof scheduler?.yield === 'function')"] },
  ],
  plan: {
    kind: 'cpu',
    preset: YIELDING,
    variants: [
      { id: 'main', strategy: 'main-thread' },
      { id: 'yielding', strategy: 'main-yielding' },
    ],
  },
  views: ['heartbeat', 'lanes', 'comparison', 'responsiveness'],
  pointer: 'heartbeat',
  choices: () => [{ id: 'faster' }, { id: 'same' }, { id: 'slower' }],
  answer(o) {
    const c = cpuOf(o);
    const w = faster(need(c, 'yielding').median, need(c, 'main').median);
    return w === 'a' ? 'faster' : w === 'b' ? 'slower' : 'same';
  },
  evidence(o, f) {
    const c = cpuOf(o);
    return say(f, 'yielding', 'evidence', {
      ratio: f.ratio(need(c, 'yielding').median / need(c, 'main').median),
    });
  },
  readBack(o, f) {
    const c = cpuOf(o);
    const m = need(c, 'main');
    const y = need(c, 'yielding');
    const diff = y.median - m.median;
    const change =
      Math.abs(diff) < 0.02 * m.median
        ? say(f, 'yielding', 'rb.equal')
        : say(f, 'yielding', diff > 0 ? 'rb.longer' : 'rb.shorter', {
            pct: f.pct(Math.abs(diff) / m.median),
          });
    const lines = [say(f, 'yielding', 'rb.time', { main: f.ms(m.median), yielding: f.ms(y.median), change })];
    lines.push(
      y.yields > 0 && diff > 0
        ? say(f, 'yielding', 'rb.yields', { yields: f.num(y.yields), perYield: f.ms(diff / y.yields) })
        : say(f, 'yielding', 'rb.yieldCount', { yields: f.num(y.yields) }),
    );
    const mf = frameOf(m);
    const yf = frameOf(y);
    if (Number.isFinite(mf) && Number.isFinite(yf))
      lines.push(
        say(f, 'yielding', yf < 0.8 * mf ? 'rb.frames' : 'rb.framesSame', {
          main: f.ms(mf),
          yielding: f.ms(yf),
        }),
      );
    lines.push(say(f, 'yielding', 'rb.lesson', { interval: f.ms(y.yieldIntervalMs) }));
    return lines;
  },
  tryIt: {
    page: 'playground',
    change: () => ({ ...YIELDING, yieldIntervalMs: 5 }),
    field: 'yieldIntervalMs',
    button: 'compareAll',
  },
};

// ——— 3. A pool of workers

/** Speedup ranges for "how much faster on N cores": judged against N, so they fit any machine. */
function speedupChoices(cores: number): ChoiceDef[] {
  const vars = { cores };
  if (cores <= 1)
    return [
      { id: 'slower', vars, range: [0, 0.9] },
      { id: 'same', vars, range: [0.9, 1.25] },
      { id: 'more', vars, range: [1.25, Number.POSITIVE_INFINITY] },
    ];
  const near = 0.85 * cores;
  const over = 1.1 * cores;
  return [
    { id: 'same', vars, range: [0, 1.25] },
    { id: 'some', vars, range: [1.25, near] },
    { id: 'near', vars, range: [near, over] },
    { id: 'more', vars, range: [over, Number.POSITIVE_INFINITY] },
  ];
}

const pool: Chapter = {
  id: 'pool',
  paragraphs: 3,
  python: {
    idiom: 'multiprocessing.Pool.map / ProcessPoolExecutor',
    code: `from concurrent.futures import ProcessPoolExecutor
import os

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=os.cpu_count()) as pool:
        results = list(pool.map(heavy, range(1, 9), [N] * 8))`,
  },
  sources: [
    { file: 'engine/strategies/worker-pool.ts', blocks: ['async run('] },
    { file: 'engine/chunk-runner.ts', blocks: ['export function runChunk('] },
  ],
  plan: {
    kind: 'cpu',
    preset: POOL,
    variants: [
      { id: 'main', strategy: 'main-thread' },
      { id: 'pool', strategy: 'worker-pool' },
    ],
  },
  views: ['heartbeat', 'lanes', 'comparison', 'responsiveness'],
  pointer: 'predict',
  choices: (env) => speedupChoices(env.cores),
  answer(o) {
    const c = cpuOf(o);
    return pickRange(speedupChoices(c.cores), speedupOf(need(c, 'main'), need(c, 'pool')));
  },
  evidence(o, f) {
    const c = cpuOf(o);
    return say(f, 'pool', 'evidence', { speedup: f.ratio(speedupOf(need(c, 'main'), need(c, 'pool'))) });
  },
  readBack(o, f) {
    const c = cpuOf(o);
    const m = need(c, 'main');
    const p = need(c, 'pool');
    const s = speedupOf(m, p);
    const usable = effectiveCores(p.workers, c.cores);
    const lines = [
      say(f, 'pool', 'rb.speedup', {
        cores: f.num(c.cores),
        speedup: f.ratio(s),
        eff: f.pct(s / usable),
        ideal: f.ratio(usable),
        main: f.ms(m.median),
        workers: f.num(p.workers),
        pool: f.ms(p.median),
        idealMs: f.ms(idealTimeMs(m.median, p.workers, c.cores)),
      }),
    ];
    if (c.poolStartupMs !== null)
      lines.push(say(f, 'pool', 'rb.startup', { startup: f.ms(c.poolStartupMs) }));
    if (Number.isFinite(frameOf(p)) && Number.isFinite(frameOf(m)))
      lines.push(say(f, 'pool', 'rb.frames', { pool: f.ms(frameOf(p)), main: f.ms(frameOf(m)) }));
    if (s / usable < 0.95)
      lines.push(
        say(f, 'pool', 'rb.gap', {
          gap: f.pct(1 - s / usable),
          tasks: f.num(p.params.tasks ?? 0),
          workers: f.num(p.workers),
        }),
      );
    return lines;
  },
  tryIt: {
    page: 'playground',
    change: (cores) => ({ ...POOL, workers: 2 * cores }),
    field: 'workers',
    button: 'compareAll',
  },
};

// ——— 4. Chunk size

const CHUNK_TASKS = paramOf(CHUNKS, 'tasks');

const chunks: Chapter = {
  id: 'chunks',
  paragraphs: 3,
  python: {
    idiom: 'Pool.map(func, iterable, chunksize)',
    code: `with Pool() as pool:
    pool.map(heavy, inputs, chunksize=1)            # one message per task
    pool.map(heavy, inputs)                         # default: len / (4 × workers)
    pool.map(heavy, inputs, chunksize=len(inputs))  # everything in one message`,
  },
  sources: [
    { file: 'engine/chunks.ts', blocks: ['export function autoChunkSize(', 'export function chunkRanges('] },
    { file: 'engine/strategies/worker-pool.ts', blocks: ['const feed = async'] },
  ],
  plan: {
    kind: 'cpu',
    preset: CHUNKS,
    variants: [
      { id: 'main', strategy: 'main-thread' },
      { id: 'one', strategy: 'worker-pool', change: () => ({ chunkSize: 1 }) },
      { id: 'auto', strategy: 'worker-pool', change: () => ({ chunkSize: 0 }) },
      { id: 'whole', strategy: 'worker-pool', change: (s) => ({ chunkSize: s.params.tasks ?? 1 }) },
    ],
  },
  views: ['lanes'],
  lanes: 'whole',
  pointer: 'code',
  choices: (env): ChoiceDef[] => [
    { id: 'one' },
    { id: 'auto', vars: { chunk: autoChunkSize(CHUNK_TASKS, env.cores) } },
    { id: 'whole', vars: { tasks: CHUNK_TASKS } },
  ],
  answer(o) {
    const c = cpuOf(o);
    const runs = ['one', 'auto', 'whole'].map((id) => ({ id, r: need(c, id) }));
    return runs.reduce((a, b) => (b.r.median < a.r.median ? b : a)).id;
  },
  evidence(o, f) {
    const c = cpuOf(o);
    const runs = ['one', 'auto', 'whole'].map((id) => need(c, id));
    const best = runs.reduce((a, b) => (b.median < a.median ? b : a));
    return say(f, 'chunks', 'evidence', { chunk: f.num(best.chunkSize), ms: f.ms(best.median) });
  },
  readBack(o, f) {
    const c = cpuOf(o);
    const m = need(c, 'main');
    const one = need(c, 'one');
    const auto = need(c, 'auto');
    const whole = need(c, 'whole');
    const tasks = one.params.tasks ?? 0;
    const msgsOne = chunkMessages(tasks, one.chunkSize);
    const msgsAuto = chunkMessages(tasks, auto.chunkSize);
    const lines = [
      say(f, 'chunks', one.median > m.median ? 'rb.oneSlow' : 'rb.oneFast', {
        ms: f.ms(one.median),
        msgs: f.num(msgsOne),
        times: f.ratio(one.median > m.median ? one.median / m.median : m.median / one.median),
        main: f.ms(m.median),
      }),
    ];
    const perMessage = (one.median - auto.median) / Math.max(1, msgsOne - msgsAuto);
    if (perMessage > 0) lines.push(say(f, 'chunks', 'rb.perMessage', { per: f.ms(perMessage) }));
    lines.push(
      say(f, 'chunks', 'rb.auto', {
        chunk: f.num(auto.chunkSize),
        msgs: f.num(msgsAuto),
        ms: f.ms(auto.median),
        speedup: f.ratio(speedupOf(m, auto)),
      }),
    );
    const idle = lanesOf(whole).filter((l) => l.tasks === 0).length;
    lines.push(
      say(f, 'chunks', 'rb.whole', {
        tasks: f.num(tasks),
        ms: f.ms(whole.median),
        idle: f.num(idle),
        workers: f.num(whole.workers),
        speedup: f.ratio(speedupOf(m, whole)),
      }),
    );
    return lines;
  },
  tryIt: {
    page: 'playground',
    change: () => ({ ...CHUNKS, chunkSize: 10 }),
    field: 'chunkSize',
    button: 'compareAll',
  },
};

// ——— 5. Completion order

const order: Chapter = {
  id: 'order',
  paragraphs: 3,
  python: {
    idiom: 'map vs as_completed / imap_unordered',
    code: `from concurrent.futures import ProcessPoolExecutor, as_completed

with ProcessPoolExecutor() as pool:
    for row in pool.map(render_row, rows):       # submission order
        show(row)
    futures = [pool.submit(render_row, r) for r in rows]
    for done in as_completed(futures):           # completion order
        show(done.result())`,
  },
  sources: [
    {
      file: 'engine/strategies/worker-pool.ts',
      blocks: ['const deliver = (c: number)', "if (settings.order === 'completion')"],
    },
  ],
  plan: {
    kind: 'cpu',
    preset: ORDER,
    variants: [
      { id: 'submission', strategy: 'worker-pool', change: () => ({ order: 'submission' }) },
      { id: 'completion', strategy: 'worker-pool', change: () => ({ order: 'completion' }) },
    ],
  },
  views: ['lanes'],
  pointer: 'predict',
  choices: () => [{ id: 'none' }, { id: 'few' }, { id: 'many' }],
  answer(o) {
    const r = need(cpuOf(o), 'completion');
    const frac = overtakes(r.last.deliveryOrder) / Math.max(1, r.last.deliveryOrder.length);
    return frac === 0 ? 'none' : frac < 0.1 ? 'few' : 'many';
  },
  evidence(o, f) {
    const r = need(cpuOf(o), 'completion');
    return say(f, 'order', 'evidence', {
      k: f.num(overtakes(r.last.deliveryOrder)),
      n: f.num(r.last.deliveryOrder.length),
    });
  },
  readBack(o, f) {
    const c = cpuOf(o);
    const sub = need(c, 'submission');
    const comp = need(c, 'completion');
    const n = comp.last.deliveryOrder.length;
    const k = overtakes(comp.last.deliveryOrder);
    const waits = submissionWaits(sub.last.ends);
    return [
      say(f, 'order', 'rb.completion', { k: f.num(k), n: f.num(n), pct: f.pct(k / Math.max(1, n)) }),
      say(f, 'order', 'rb.submission', {
        mean: f.ms(waits.mean),
        max: f.ms(waits.max),
        label: taskLabel(f.t, sub.workload, sub.params, waits.task),
      }),
      say(f, 'order', 'rb.total', { sub: f.ms(sub.median), comp: f.ms(comp.median) }),
    ];
  },
  tryIt: {
    page: 'playground',
    change: () => ({ ...ORDER, chunkSize: 0 }),
    field: 'chunkSize',
    button: 'run',
  },
};

// ——— 6. Unequal tasks

const unequal: Chapter = {
  id: 'unequal',
  paragraphs: 3,
  python: {
    idiom: 'Pool.map(chunksize=len // n) vs chunksize=1',
    code: `def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

ns = list(range(24, 32))    # each task ≈ 1.6 × the one before
with Pool(2) as pool:
    pool.map(fib, ns, chunksize=len(ns) // 2)   # static: 24–27 | 28–31
    pool.map(fib, ns, chunksize=1)              # dynamic: next free worker takes the next n`,
  },
  sources: [
    { file: 'engine/strategies/worker-pool.ts', blocks: ['const feed = async'] },
    { file: 'engine/workloads/fibonacci.ts', blocks: ['export function fibRecursive('] },
  ],
  plan: {
    kind: 'cpu',
    preset: UNEQUAL,
    variants: [
      { id: 'main', strategy: 'main-thread' },
      {
        id: 'static',
        strategy: 'worker-pool',
        change: (s) => ({ chunkSize: Math.ceil((s.params.count ?? 1) / Math.max(1, s.workers)) }),
      },
      { id: 'dynamic', strategy: 'worker-pool', change: () => ({ chunkSize: 1 }) },
    ],
  },
  views: ['lanes'],
  lanes: 'static',
  pointer: 'predict',
  choices: () => [{ id: 'static' }, { id: 'dynamic' }, { id: 'same' }],
  answer(o) {
    const c = cpuOf(o);
    const w = faster(need(c, 'static').median, need(c, 'dynamic').median);
    return w === 'a' ? 'static' : w === 'b' ? 'dynamic' : 'same';
  },
  evidence(o, f) {
    const c = cpuOf(o);
    return say(f, 'unequal', 'evidence', {
      static: f.ms(need(c, 'static').median),
      dynamic: f.ms(need(c, 'dynamic').median),
    });
  },
  readBack(o, f) {
    const c = cpuOf(o);
    const m = need(c, 'main');
    const st = need(c, 'static');
    const dy = need(c, 'dynamic');
    const lanes = lanesOf(st);
    const lines: string[] = [];
    if (lanes.length >= 2) {
      const idle = lanes.reduce((a, b) => (b.idleMs > a.idleMs ? b : a));
      const busy = lanes.reduce((a, b) => (b.busyMs > a.busyMs ? b : a));
      const span = busy.busyMs + busy.idleMs;
      lines.push(
        say(f, 'unequal', 'rb.static', {
          chunk: f.num(st.chunkSize),
          ms: f.ms(st.median),
          speedup: f.ratio(speedupOf(m, st)),
          idleLane: f.num(idle.lane),
          idle: f.ms(idle.idleMs),
          idlePct: f.pct(idle.idleMs / Math.max(1e-9, span)),
          busyLane: f.num(busy.lane),
        }),
      );
    } else {
      lines.push(
        say(f, 'unequal', 'rb.staticOne', { ms: f.ms(st.median), speedup: f.ratio(speedupOf(m, st)) }),
      );
    }
    const big = longestTask(dy);
    lines.push(
      say(f, 'unequal', 'rb.dynamic', {
        ms: f.ms(dy.median),
        speedup: f.ratio(speedupOf(m, dy)),
        label: taskLabel(f.t, dy.workload, dy.params, big.task),
        longest: f.ms(big.ms),
      }),
    );
    const bound = Math.max(totalTaskMs(dy) / effectiveCores(dy.workers, c.cores), big.ms);
    lines.push(say(f, 'unequal', 'rb.bound', { bound: f.ms(bound), pct: f.pct(bound / dy.median) }));
    return lines;
  },
  tryIt: {
    page: 'playground',
    change: (cores) => ({
      workload: 'mandelbrot',
      params: { width: 400, height: 120, maxIter: 1000 },
      strategy: 'worker-pool',
      chunkSize: Math.ceil(120 / Math.max(1, cores)),
      repetitions: 2,
    }),
    field: 'chunkSize',
    button: 'run',
  },
};

// ——— 7. Shared memory and atomics

/** Scheduling cost per task beyond a perfect split of the main thread's time, ms (≥ 0). */
function overheadPerTask(main: StrategyResult, r: StrategyResult, cores: number): number {
  const tasks = r.last.deliveryOrder.length;
  return Math.max(0, r.median - idealTimeMs(main.median, r.workers, cores)) / Math.max(1, tasks);
}

const shared: Chapter = {
  id: 'shared',
  paragraphs: 3,
  python: {
    idiom: 'multiprocessing.shared_memory + Value / Lock (Manager)',
    code: `from multiprocessing import Value, shared_memory
import numpy as np

counter = Value("i", 0)          # a shared int behind a lock

def worker(name, n):
    shm = shared_memory.SharedMemory(name=name)
    out = np.ndarray((n,), dtype=np.int64, buffer=shm.buf)
    while True:
        with counter.get_lock():  # claim one task: lock, read, add, unlock
            i = counter.value
            counter.value += 1
        if i >= n:
            return
        out[i] = heavy(i + 1, N)  # write the result in place`,
  },
  sources: [
    { file: 'engine/shared-memory.ts', blocks: ['export function claimLoop('] },
    { file: 'engine/strategies/shared-memory.ts', blocks: ['for (let lane = 1; lane <= pool.size; lane++)'] },
  ],
  plan: {
    kind: 'cpu',
    preset: SHARED,
    variants: [
      { id: 'main', strategy: 'main-thread' },
      { id: 'pool', strategy: 'worker-pool', change: () => ({ chunkSize: 1 }) },
      { id: 'shared', strategy: 'shared-memory', change: () => ({ chunkSize: 1 }) },
    ],
  },
  views: ['lanes', 'comparison'],
  lanes: 'shared',
  pointer: 'code',
  choices: () => [{ id: 'pool' }, { id: 'shared' }, { id: 'same' }],
  answer(o) {
    const c = cpuOf(o);
    const s = measuredOf(c, 'shared');
    if (s === undefined) return null;
    const w = faster(need(c, 'pool').median, s.median);
    return w === 'a' ? 'pool' : w === 'b' ? 'shared' : 'same';
  },
  evidence(o, f) {
    const c = cpuOf(o);
    const s = measuredOf(c, 'shared');
    return say(f, 'shared', 'evidence', {
      pool: f.ms(need(c, 'pool').median),
      shared: s === undefined ? '—' : f.ms(s.median),
    });
  },
  readBack(o, f) {
    const c = cpuOf(o);
    const m = need(c, 'main');
    const p = need(c, 'pool');
    const s = measuredOf(c, 'shared');
    const tasks = p.last.deliveryOrder.length;
    const lines = [
      say(f, 'shared', 'rb.pool', {
        ms: f.ms(p.median),
        msgs: f.num(chunkMessages(tasks, p.chunkSize)),
        speedup: f.ratio(speedupOf(m, p)),
      }),
    ];
    if (s === undefined) {
      const why = c.unavailable.find((u) => u.variant === 'shared')?.why ?? '';
      lines.push(say(f, 'shared', 'rb.unavailable', { why }));
      return lines;
    }
    lines.push(
      say(f, 'shared', s.median <= p.median ? 'rb.sharedFaster' : 'rb.sharedSlower', {
        ms: f.ms(s.median),
        claims: f.num(chunkMessages(tasks, s.chunkSize)),
        ratio: f.ratio(s.median <= p.median ? p.median / s.median : s.median / p.median),
        workers: f.num(s.workers),
        speedup: f.ratio(speedupOf(m, s)),
      }),
    );
    lines.push(
      say(f, 'shared', 'rb.perTask', {
        pool: f.ms(overheadPerTask(m, p, c.cores)),
        shared: f.ms(overheadPerTask(m, s, c.cores)),
      }),
    );
    return lines;
  },
  tryIt: {
    page: 'playground',
    change: () => ({ ...SHARED, chunkSize: 0 }),
    field: 'chunkSize',
    button: 'compareAll',
  },
};

// ——— 10. Amdahl's law

function amdahlChoices(cores: number): ChoiceDef[] {
  const max = 2 * cores;
  const vars = { cores, max };
  const low = (1 + cores) / 2;
  const high = (cores + max) / 2;
  return [
    { id: 'little', vars, range: [0, low] },
    { id: 'cores', vars, range: [low, high] },
    { id: 'workers', vars, range: [high, Number.POSITIVE_INFINITY] },
  ];
}

const amdahl: Chapter = {
  id: 'amdahl',
  paragraphs: 3,
  python: {
    idiom: "Amdahl's law: S(p) = 1 / (s + (1 − s) / p)",
    code: `def amdahl(s, p):
    """Speedup on p cores when a fraction s of the work is serial."""
    return 1 / (s + (1 - s) / p)

for p in (1, 2, 4, 8, 64):
    print(p, round(amdahl(0.05, p), 2))   # 5% serial: never above 20×`,
  },
  sources: [
    { file: 'engine/amdahl.ts', blocks: ['export function amdahlSpeedup(', 'export function fitAmdahl('] },
  ],
  plan: { kind: 'sweep', preset: AMDAHL, strategy: 'worker-pool' },
  views: ['sweep'],
  pointer: 'predict',
  choices: (env) => amdahlChoices(env.cores),
  answer(o) {
    const s = sweepOf(o);
    const last = s.sweep.points.at(-1);
    return last === undefined ? null : pickRange(amdahlChoices(s.cores), last.speedup);
  },
  evidence(o, f) {
    const last = sweepOf(o).sweep.points.at(-1);
    return say(f, 'amdahl', 'evidence', {
      n: f.num(last?.workers ?? 0),
      speedup: f.ratio(last?.speedup ?? Number.NaN),
    });
  },
  readBack(o, f) {
    const { sweep, cores } = sweepOf(o);
    const list = sweep.points
      .map((p) => say(f, 'amdahl', 'rb.point', { n: f.num(p.workers), speedup: f.ratio(p.speedup) }))
      .join(', ');
    const lines = [say(f, 'amdahl', 'rb.points', { list, baseline: f.ms(sweep.baselineMs ?? Number.NaN) })];
    const fit = sweep.fit;
    if (fit === null) lines.push(say(f, 'amdahl', 'rb.noFit'));
    else if (fit.clamped === 'low' || fit.serialFraction === 0) lines.push(say(f, 'amdahl', 'rb.fitZero'));
    else if (fit.clamped === 'high' || fit.serialFraction >= 1) lines.push(say(f, 'amdahl', 'rb.fitOne'));
    else {
      const s = fit.serialFraction;
      lines.push(say(f, 'amdahl', 'rb.fit', { s: f.pct(s), limit: f.ratio(fit.maxSpeedup) }));
      lines.push(say(f, 'amdahl', 'rb.far', { s: f.pct(s), s64: f.ratio(1 / (s + (1 - s) / 64)) }));
    }
    const atCores = sweep.points.find((p) => p.workers === cores);
    const last = sweep.points.at(-1);
    if (atCores !== undefined && last !== undefined && last.workers > cores)
      lines.push(
        say(f, 'amdahl', 'rb.cores', {
          cores: f.num(cores),
          max: f.num(last.workers),
          sMax: f.ratio(last.speedup),
          sCores: f.ratio(atCores.speedup),
        }),
      );
    return lines;
  },
  tryIt: {
    page: 'playground',
    change: () => ({ ...AMDAHL, params: { tasks: 3, n: 10_000_000 } }),
    field: 'param:tasks',
    button: 'sweep',
  },
};

/** Every chapter, in the order of the walkthrough (chapter N is CHAPTERS[N − 1]). */
export const CHAPTERS: readonly Chapter[] = [
  oneLoop,
  yielding,
  pool,
  chunks,
  order,
  unequal,
  shared,
  ...IO_CHAPTERS,
  amdahl,
];

/** The chapter for a 1-based number, or null when there is none. */
export function chapterAt(n: number): Chapter | null {
  return Number.isInteger(n) ? (CHAPTERS[n - 1] ?? null) : null;
}

/** The chapter's prediction choices on this machine. */
export function choicesFor(ch: Chapter, env: ChapterEnv): readonly ChoiceDef[] {
  return ch.choices(env);
}

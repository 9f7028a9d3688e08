// Chapters 8 and 9 run in the I/O lab (issue 4): presets of the lab with a few fields made smaller,
// so a chapter run takes seconds. Same shape as the CPU chapters (chapters.ts).
import { predictedSerialOverAsyncAt } from '../engine/io/ideal';
import type { IoStrategyId } from '../engine/io/types';
import type { MessageVars } from '../i18n/translate';
import type { IoMeasured, IoOutcome } from './io-types';
import type { Chapter, ChoiceDef, Fmt, Outcome } from './types';

function ioOf(o: Outcome): IoOutcome {
  if (o.kind !== 'io') throw new Error(`Expected an I/O outcome, got ${o.kind}.`);
  return o;
}

function need(o: IoOutcome, id: IoStrategyId): IoMeasured {
  const m = o.measured.find((x) => x.strategy === id);
  if (m === undefined) throw new Error(`The ${id} run is missing.`);
  return m;
}

const say = (f: Fmt, id: string, suffix: string, vars?: MessageVars) =>
  f.t(`learn.${id}.${suffix}` as Parameters<Fmt['t']>[0], vars);

/** "Sequential", "Fully async": the lab's own strategy names. */
const nameOf = (f: Fmt, id: IoStrategyId) => f.t(`io.strategy.${id}`);

/** Saves per second, e.g. "182/s". */
const perSecond = (f: Fmt, x: number) => f.t('learn.unit.perSecond', { v: f.num(x, 0) });

// ——— 8. Waiting is not computing

/** Serial ÷ async ranges: a few, several, many times faster. */
const WAIT_CHOICES: ChoiceDef[] = [
  { id: 'little', range: [0, 2] },
  { id: 'some', range: [2, 10] },
  { id: 'lots', range: [10, Number.POSITIVE_INFINITY] },
];

const pick = (value: number) =>
  WAIT_CHOICES.find((c) => c.range !== undefined && value >= c.range[0] && value < c.range[1])?.id ?? null;

const waiting: Chapter = {
  id: 'waiting',
  paragraphs: 3,
  python: {
    idiom: 'asyncio.gather / asyncio.Semaphore',
    code: `import asyncio, aiohttp

async def save(session, i):
    async with session.post(URL, json={"id": i}) as r:
        return r.status

async def main(n=40):
    async with aiohttp.ClientSession() as session:
        for i in range(n):                      # one at a time
            await save(session, i)
        for b in range(0, n, 10):               # batches of 10
            await asyncio.gather(*(save(session, i) for i in range(b, b + 10)))
        limit = asyncio.Semaphore(20)           # all at once, at most 20 in flight
        async def limited(i):
            async with limit:
                return await save(session, i)
        await asyncio.gather(*(limited(i) for i in range(n)))`,
  },
  sources: [
    { file: 'engine/io/strategies/serial.ts', blocks: ['async run('] },
    { file: 'engine/io/strategies/batched.ts', blocks: ['async run('] },
    { file: 'engine/io/strategies/async.ts', blocks: ['async run('] },
  ],
  plan: {
    kind: 'io',
    preset: 'everyday-io',
    inputs: {
      items: '40',
      batchSize: '10',
      concurrency: '20',
      retries: '3',
      repetitions: '1',
      'server.latencyMs': '50',
      'server.jitterMs': '10',
      'server.capacity': '20',
      'server.overflow': 'queue',
    },
    strategies: ['serial', 'batched', 'async'],
    overload: true,
  },
  views: ['io'],
  pointer: 'run',
  choices: () => WAIT_CHOICES,
  answer(o) {
    const io = ioOf(o);
    return pick(need(io, 'serial').median / need(io, 'async').median);
  },
  evidence(o, f) {
    const io = ioOf(o);
    return say(f, 'waiting', 'evidence', {
      serial: f.ms(need(io, 'serial').median),
      async: f.ms(need(io, 'async').median),
    });
  },
  readBack(o, f) {
    const io = ioOf(o);
    const serial = need(io, 'serial');
    const batched = need(io, 'batched');
    const async = need(io, 'async');
    const lines = [
      say(f, 'waiting', 'rb.serial', {
        serial: f.ms(serial.median),
        n: f.num(io.items),
        bound: f.ms(io.items * io.latencyMs),
      }),
      say(f, 'waiting', 'rb.batched', { b: f.num(io.batchSize), batched: f.ms(batched.median) }),
      say(f, 'waiting', 'rb.async', {
        k: f.num(io.concurrency),
        async: f.ms(async.median),
        ratio: f.ratio(serial.median / async.median),
      }),
    ];
    const points = io.overload;
    const first = points[0];
    const last = points.at(-1);
    const atCap = points.find((p) => p.x === io.capacity);
    if (first !== undefined && last !== undefined && atCap !== undefined && last !== first)
      lines.push(
        say(f, 'waiting', 'rb.overload', {
          cap: f.num(io.capacity),
          x1: f.num(first.x),
          t1: perSecond(f, first.throughput),
          tcap: perSecond(f, atCap.throughput),
          xmax: f.num(last.x),
          tmax: perSecond(f, last.throughput),
          lcap: f.ms(atCap.meanLatencyMs),
          lmax: f.ms(last.meanLatencyMs),
        }),
      );
    return lines;
  },
  tryIt: {
    page: 'io',
    change: { 'server.overflow': 'reject' },
    field: 'io.field.overflow',
    value: 'io.overflow.reject',
    button: 'io.overload.run',
  },
};

// ——— 9. The mixed experiment

const MIXED_STRATEGIES: readonly IoStrategyId[] = ['serial', 'batched', 'async', 'hybrid'];

const mixed: Chapter = {
  id: 'mixed',
  paragraphs: 3,
  python: {
    idiom: 'asyncio + ProcessPoolExecutor (run_in_executor)',
    code: `async def calculate_task_async(n):
    async with aiohttp.ClientSession() as session:
        saves = []
        for i in range(n):
            result = do_task(i)          # CPU: the event loop waits for this
            saves.append(asyncio.create_task(save(result, session)))
            await asyncio.sleep(0)       # let the saves go out
        await asyncio.gather(*saves)

async def calculate_task_hybrid(n):
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor() as pool:  # CPU work on the other cores
        async with aiohttp.ClientSession() as session:
            async def one(i):
                result = await loop.run_in_executor(pool, do_task, i)
                await save(result, session)
            await asyncio.gather(*(one(i) for i in range(n)))`,
  },
  sources: [
    { file: 'engine/io/strategies/async.ts', blocks: ['async run('] },
    { file: 'engine/io/strategies/hybrid.ts', blocks: ['const lane = async'] },
  ],
  plan: {
    kind: 'io',
    preset: 'everyday-mixed',
    inputs: {
      items: '24',
      difficulty: '7',
      batchSize: '8',
      concurrency: '100',
      yieldEvery: '1',
      workers: '0',
      repetitions: '1',
      'server.latencyMs': '50',
      'server.jitterMs': '0',
    },
    strategies: MIXED_STRATEGIES,
  },
  views: ['io'],
  pointer: 'predict',
  choices: () => MIXED_STRATEGIES.map((id) => ({ id })),
  answer(o) {
    const io = ioOf(o);
    const runs = MIXED_STRATEGIES.map((id) => need(io, id));
    return runs.reduce((a, b) => (b.median < a.median ? b : a)).strategy;
  },
  evidence(o, f) {
    const io = ioOf(o);
    const best = MIXED_STRATEGIES.map((id) => need(io, id)).reduce((a, b) => (b.median < a.median ? b : a));
    return say(f, 'mixed', 'evidence', { name: nameOf(f, best.strategy), ms: f.ms(best.median) });
  },
  readBack(o, f) {
    const io = ioOf(o);
    const serial = need(io, 'serial');
    const batched = need(io, 'batched');
    const async = need(io, 'async');
    const hybrid = need(io, 'hybrid');
    const c = async.costMs ?? serial.costMs ?? Number.NaN;
    const n = io.items;
    const L = io.latencyMs;
    const lines = [
      say(f, 'mixed', 'rb.cost', { c: f.ms(c), L: f.ms(L), n: f.num(n) }),
      say(f, 'mixed', 'rb.serial', { serial: f.ms(serial.median), model: f.ms(n * (c + L)) }),
      say(f, 'mixed', 'rb.batched', { b: f.num(io.batchSize), batched: f.ms(batched.median) }),
      say(f, 'mixed', 'rb.async', { async: f.ms(async.median), n: f.num(n), cpu: f.ms(n * c) }),
    ];
    const faster = hybrid.median < async.median;
    lines.push(
      say(f, 'mixed', faster ? 'rb.hybrid' : 'rb.hybridSlower', {
        hybrid: f.ms(hybrid.median),
        w: f.num(hybrid.workers),
        ratio: f.ratio(faster ? async.median / hybrid.median : hybrid.median / async.median),
      }),
    );
    lines.push(
      say(f, 'mixed', 'rb.book', {
        r: f.ratio(serial.median / async.median),
        pred: f.ratio(predictedSerialOverAsyncAt(n, c, L)),
      }),
    );
    return lines;
  },
  tryIt: { page: 'io', change: { workers: '1' }, field: 'io.field.workers', button: 'io.compareAll' },
};

/** The I/O chapters, in order (8, 9). */
export const IO_CHAPTERS: readonly Chapter[] = [waiting, mixed];

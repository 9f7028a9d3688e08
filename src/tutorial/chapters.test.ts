import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitAmdahl } from '../engine/amdahl';
import { checkIoSetup, getIoPreset, ioSetupToInputs, strategiesFor } from '../engine/io/setup';
import type { StrategyResult } from '../engine/runner';
import { checkSetup, type RawSetup } from '../engine/setup';
import type { StrategyId, WorkloadId } from '../engine/types';
import { DICTIONARIES } from '../i18n/messages';
import type { Locale } from '../i18n/translate';
import type { SweepRun } from '../store/store';
import { CHAPTERS, chapterAt, chapterKey } from './chapters';
import { excerpt } from './excerpt';
import { makeFmt } from './format';
import type { IoMeasured, IoOutcome } from './io-types';
import { choiceLabel } from './labels';
import { resultTable } from './tables';
import type { Chapter, CpuOutcome, Outcome, SweepOutcome } from './types';

const LOCALES: readonly Locale[] = ['en', 'ko'];
const CORES = [1, 2, 8];

/** The raw setups a chapter hands to checkSetup: its preset, each variant on it, and its try-it. */
function rawSetups(ch: Chapter, cores: number): { name: string; raw: RawSetup }[] {
  const plan = ch.plan;
  if (plan.kind === 'io') return [];
  const out = [{ name: 'preset', raw: plan.preset }];
  if (plan.kind === 'cpu') {
    const base = checkSetup(plan.preset, cores).setup;
    for (const v of plan.variants) {
      const s = { ...base, strategy: v.strategy, ...v.change?.({ ...base, strategy: v.strategy }, cores) };
      out.push({ name: `variant ${v.id}`, raw: { ...s, failTask: '' } });
    }
  }
  if (ch.tryIt.page === 'playground') out.push({ name: 'try it', raw: ch.tryIt.change(cores) });
  return out;
}

describe('chapter presets', () => {
  it('lists the chapters in the issue’s order, ids unique, numbered from 1', () => {
    const ids = CHAPTERS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 7)).toEqual(['one-loop', 'yielding', 'pool', 'chunks', 'order', 'unequal', 'shared']);
    expect(ids.slice(7)).toEqual(['waiting', 'mixed', 'amdahl']);
    expect(chapterAt(1)?.id).toBe('one-loop');
    expect(chapterAt(0)).toBeNull();
    expect(chapterAt(CHAPTERS.length + 1)).toBeNull();
    expect(chapterAt(1.5)).toBeNull();
  });

  for (const ch of CHAPTERS)
    for (const cores of CORES)
      it(`${ch.id}: every preset, variant and try-it is a valid setup, unchanged by checkSetup (${cores} cores)`, () => {
        for (const { name, raw } of rawSetups(ch, cores)) {
          const checked = checkSetup(raw, cores);
          expect(checked.problems, `${name}: problems`).toEqual([]);
          expect(checked.fieldProblems, `${name}: field problems`).toEqual({});
          // Every value the preset states survives as stated (nothing was clamped or defaulted away).
          const s = checked.setup;
          for (const [k, v] of Object.entries(raw.params ?? {})) expect(s.params[k], `${name}: ${k}`).toBe(v);
          for (const k of [
            'workload',
            'strategy',
            'workers',
            'chunkSize',
            'order',
            'yieldIntervalMs',
            'repetitions',
          ] as const)
            if (raw[k] !== undefined) expect(s[k], `${name}: ${k}`).toBe(raw[k]);
          // And checking the result again changes nothing.
          expect(checkSetup({ ...s, failTask: '' }, cores).setup).toEqual(s);
        }
      });
});

describe('I/O chapter presets', () => {
  for (const ch of CHAPTERS) {
    const plan = ch.plan;
    if (plan.kind !== 'io') continue;
    for (const cores of CORES)
      it(`${ch.id}: the lab preset with the chapter's fields (and its try-it) is a valid lab setup, unchanged (${cores} cores)`, () => {
        const base = ioSetupToInputs(getIoPreset(plan.preset).setup);
        const tryIt = ch.tryIt.page === 'io' ? ch.tryIt.change : {};
        for (const inputs of [
          { ...base, ...plan.inputs },
          { ...base, ...plan.inputs, ...tryIt },
        ]) {
          const checked = checkIoSetup(inputs, cores);
          expect(checked.problems).toEqual([]);
          expect(checked.fieldProblems).toEqual({});
          expect(ioSetupToInputs(checked.setup)).toEqual(inputs);
        }
        for (const id of plan.strategies)
          expect(strategiesFor(checkIoSetup({ ...base, ...plan.inputs }, cores).setup.kind)).toContain(id);
      });
  }
});

describe('chapter text', () => {
  const keysOf = (ch: Chapter): string[] => {
    const keys = ['title', 'question', 'evidence', 'tryit'];
    for (let i = 1; i <= ch.paragraphs; i++) keys.push(`p${i}`);
    for (const cores of CORES)
      for (const c of ch.choices({ cores, crossOriginIsolated: true })) keys.push(`choice.${c.id}`);
    if (ch.plan.kind === 'cpu') for (const v of ch.plan.variants) keys.push(`variant.${v.id}`);
    if (ch.pointer !== 'predict') keys.push('pointer');
    return [...new Set(keys)].map((k) => chapterKey(ch.id, k));
  };

  for (const ch of CHAPTERS)
    it(`${ch.id}: has its title, paragraphs, question, choices, variants and try-it in English and Korean`, () => {
      for (const key of keysOf(ch))
        for (const locale of LOCALES) {
          const text = (DICTIONARIES[locale] as Record<string, string | undefined>)[key];
          expect(text?.trim(), `${locale} ${key}`).toBeTruthy();
        }
    });

  it('labels every choice on every machine, without leftover placeholders', () => {
    for (const ch of CHAPTERS)
      for (const locale of LOCALES)
        for (const cores of CORES)
          for (const c of ch.choices({ cores, crossOriginIsolated: true })) {
            const label = choiceLabel(ch, c, makeFmt(locale));
            expect(label, `${ch.id} ${c.id}`).not.toMatch(/\{\w+\}|learn\./);
          }
  });

  it('shows real code: every source block a chapter names exists in its file', () => {
    for (const ch of CHAPTERS)
      for (const s of ch.sources) {
        const text = readFileSync(new URL(`../${s.file}`, import.meta.url), 'utf8');
        const { text: shown, missing } = excerpt(text, s.blocks);
        expect(missing, `${ch.id}: ${s.file}`).toEqual([]);
        // Each block is a whole statement or function, never a stray line.
        for (const block of shown.split('\n\n// …\n\n'))
          expect(block.split('\n').length, `${ch.id}: ${s.file}`).toBeGreaterThan(2);
      }
  });
});

// ——— Read-back generators, from hand-made outcomes

interface Task {
  lane: number;
  start: number;
  end: number;
}

/** A StrategyResult with the fields the read-back uses; tasks are page-clock times from 1000 ms. */
function result(p: {
  strategy: StrategyId;
  median: number;
  workload?: WorkloadId;
  params?: Record<string, number>;
  workers?: number;
  chunkSize?: number;
  yields?: number;
  frame?: number;
  tasks?: Task[];
  delivery?: number[];
}): StrategyResult {
  const tasks = p.tasks ?? [{ lane: 0, start: 1000, end: 1000 + p.median }];
  const n = tasks.length;
  return {
    strategy: p.strategy,
    workload: p.workload ?? 'heavy-loop',
    params: p.params ?? { tasks: n, n: 20_000_000 },
    fault: null,
    workers: p.workers ?? 1,
    chunkSize: p.chunkSize ?? 1,
    order: 'submission',
    yieldIntervalMs: 50,
    samples: [p.median * 0.98, p.median, p.median * 1.05],
    median: p.median,
    min: p.median * 0.98,
    max: p.median * 1.05,
    verified: true,
    verifyDetail: '',
    answer: 0,
    answerText: '',
    fingerprint: 'f',
    yields: p.yields ?? 0,
    last: {
      results: new Float64Array(n),
      lanes: Int16Array.from(tasks.map((t) => t.lane)),
      starts: Float64Array.from(tasks.map((t) => t.start)),
      ends: Float64Array.from(tasks.map((t) => t.end)),
      deliveryOrder: Int32Array.from(p.delivery ?? tasks.map((_, i) => i)),
      chunkSize: p.chunkSize ?? 1,
      yields: p.yields ?? 0,
    },
    lastStartedAt: 1000,
    responsiveness:
      p.frame === undefined
        ? undefined
        : {
            longestFrameMs: p.frame,
            frames: 10,
            framesOver50: 3,
            totalBlockedMs: 250,
            longTasks: 1,
            longestTaskMs: p.frame,
          },
  };
}

const cpu = (
  cores: number,
  measured: Record<string, StrategyResult>,
  predicted: string | null = null,
): CpuOutcome => ({
  kind: 'cpu',
  measured: Object.entries(measured).map(([variant, r]) => ({ variant, result: r })),
  unavailable: [],
  poolStartupMs: 45.2,
  predicted,
  cores,
  finishedAt: Date.UTC(2026, 10, 22),
});

/** Equal tasks spread over lanes 1…workers back to back. */
function spread(n: number, workers: number, each: number): Task[] {
  return Array.from({ length: n }, (_, i) => {
    const lane = 1 + (i % workers);
    const k = Math.floor(i / workers);
    return { lane, start: 1000 + k * each, end: 1000 + (k + 1) * each };
  });
}

function sweep(cores: number, speedups: number[]): SweepOutcome {
  const points = speedups.map((s, i) => ({
    workers: i + 1,
    median: 400 / s,
    min: 390 / s,
    max: 420 / s,
    speedup: s,
  }));
  const run: SweepRun = {
    strategy: 'worker-pool',
    problemKey: 'k',
    cores,
    counts: points.map((p) => p.workers),
    repetitions: 1,
    baselineMs: 400,
    points,
    fit: fitAmdahl(points, cores),
    status: 'complete',
    measuring: null,
  };
  return { kind: 'sweep', sweep: run, predicted: null, cores, finishedAt: 0 };
}

/** An I/O outcome: 40 requests (24 when mixed) at L = 50 ms, capacity 20, batches of 10, limit 20. */
function io(
  measured: { strategy: IoMeasured['strategy']; median: number; costMs?: number | null; workers?: number }[],
  overload: IoOutcome['overload'] = [],
): IoOutcome {
  const mixedRun = measured.some((m) => m.strategy === 'hybrid');
  return {
    kind: 'io',
    predicted: null,
    finishedAt: 0,
    cores: 2,
    items: mixedRun ? 24 : 40,
    latencyMs: 50,
    capacity: 20,
    batchSize: mixedRun ? 8 : 10,
    concurrency: 20,
    measured: measured.map((m) => ({
      strategy: m.strategy,
      median: m.median,
      min: m.median * 0.97,
      max: m.median * 1.04,
      idealMs: m.median * 0.9,
      meanLatencyMs: 56,
      costMs: m.costMs ?? null,
      workers: m.workers ?? 1,
      failed: 0,
    })),
    overload,
    results: [],
  };
}

/** A hand-made outcome per chapter, the answer it supports, and numbers the read-back must quote. */
const CASES: Record<
  string,
  { outcome: Outcome; answer: string; quotes: (f: ReturnType<typeof makeFmt>) => string[] }
> = {
  'one-loop': {
    outcome: cpu(2, { main: result({ strategy: 'main-thread', median: 412.3, frame: 431.7 }) }),
    answer: 'frozen',
    quotes: (f) => [f.ms(412.3), f.ms(431.7)],
  },
  yielding: {
    outcome: cpu(2, {
      main: result({ strategy: 'main-thread', median: 300, frame: 310 }),
      yielding: result({ strategy: 'main-yielding', median: 345, yields: 6, frame: 58 }),
    }),
    answer: 'slower',
    quotes: (f) => [f.ms(300), f.ms(345), f.pct(0.15), f.ms(7.5), f.ms(58)],
  },
  pool: {
    outcome: cpu(2, {
      main: result({ strategy: 'main-thread', median: 600, frame: 610 }),
      pool: result({
        strategy: 'worker-pool',
        median: 322.6,
        workers: 2,
        frame: 17,
        tasks: spread(8, 2, 80),
      }),
    }),
    answer: 'near',
    quotes: (f) => [
      f.ratio(600 / 322.6),
      f.pct(600 / 322.6 / 2),
      f.ms(600),
      f.ms(322.6),
      f.ms(45.2),
      f.ms(17),
    ],
  },
  chunks: {
    outcome: cpu(2, {
      main: result({ strategy: 'main-thread', median: 43 }),
      one: result({
        strategy: 'worker-pool',
        median: 251,
        workers: 2,
        chunkSize: 1,
        tasks: spread(2000, 2, 0.1),
      }),
      auto: result({
        strategy: 'worker-pool',
        median: 27,
        workers: 2,
        chunkSize: 250,
        tasks: spread(2000, 2, 0.01),
      }),
      whole: result({
        strategy: 'worker-pool',
        median: 46,
        workers: 2,
        chunkSize: 2000,
        tasks: spread(2000, 1, 0.02),
      }),
    }),
    answer: 'auto',
    quotes: (f) => [f.ms(251), f.num(2000), f.ms(27), f.num(250), f.ms(46), f.ratio(43 / 27)],
  },
  order: {
    outcome: cpu(2, {
      submission: result({
        strategy: 'worker-pool',
        median: 80,
        workload: 'mandelbrot',
        params: { width: 400, height: 4, maxIter: 1000 },
        workers: 2,
        tasks: [
          { lane: 1, start: 1000, end: 1050 },
          { lane: 2, start: 1000, end: 1010 },
          { lane: 2, start: 1010, end: 1020 },
          { lane: 1, start: 1050, end: 1060 },
        ],
      }),
      completion: result({
        strategy: 'worker-pool',
        median: 79,
        workload: 'mandelbrot',
        params: { width: 400, height: 4, maxIter: 1000 },
        workers: 2,
        delivery: [1, 2, 0, 3],
        tasks: spread(4, 2, 10),
      }),
    }),
    answer: 'many',
    quotes: (f) => [f.num(1), f.num(4), f.pct(0.25), f.ms(40), f.ms(80), f.ms(79)],
  },
  unequal: {
    outcome: cpu(2, {
      main: result({ strategy: 'main-thread', median: 76 }),
      static: result({
        strategy: 'worker-pool',
        median: 66,
        workload: 'fibonacci',
        params: { first: 24, step: 1, count: 4 },
        workers: 2,
        chunkSize: 2,
        tasks: [
          { lane: 1, start: 1000, end: 1004 },
          { lane: 1, start: 1004, end: 1010 },
          { lane: 2, start: 1000, end: 1025 },
          { lane: 2, start: 1025, end: 1066 },
        ],
      }),
      dynamic: result({
        strategy: 'worker-pool',
        median: 44,
        workload: 'fibonacci',
        params: { first: 24, step: 1, count: 4 },
        workers: 2,
        chunkSize: 1,
        tasks: [
          { lane: 1, start: 1000, end: 1004 },
          { lane: 2, start: 1000, end: 1006 },
          { lane: 1, start: 1004, end: 1029 },
          { lane: 2, start: 1006, end: 1047 },
        ],
      }),
    }),
    answer: 'dynamic',
    quotes: (f) => [f.ms(66), f.ms(44), f.ms(56), 'fib(27)', f.ms(41)],
  },
  shared: {
    outcome: cpu(2, {
      main: result({ strategy: 'main-thread', median: 43 }),
      pool: result({
        strategy: 'worker-pool',
        median: 250,
        workers: 2,
        chunkSize: 1,
        tasks: spread(2000, 2, 0.1),
      }),
      shared: result({
        strategy: 'shared-memory',
        median: 25,
        workers: 2,
        chunkSize: 1,
        tasks: spread(2000, 2, 0.01),
      }),
    }),
    answer: 'shared',
    quotes: (f) => [f.ms(250), f.ms(25), f.ratio(10), f.num(2000)],
  },
  waiting: {
    outcome: io(
      [
        { strategy: 'serial', median: 2210 },
        { strategy: 'batched', median: 262 },
        { strategy: 'async', median: 118 },
      ],
      [
        { x: 5, totalMs: 450, meanLatencyMs: 55, throughput: 89, failed: 0 },
        { x: 20, totalMs: 118, meanLatencyMs: 56, throughput: 339, failed: 0 },
        { x: 80, totalMs: 120, meanLatencyMs: 83, throughput: 333, failed: 0 },
      ],
    ),
    answer: 'lots',
    quotes: (f) => [f.ms(2210), f.ms(2000), f.ms(262), f.ms(118), f.ratio(2210 / 118), f.ms(83)],
  },
  mixed: {
    outcome: io([
      { strategy: 'serial', median: 1420, costMs: 8.1 },
      { strategy: 'batched', median: 350, costMs: 8.1 },
      { strategy: 'async', median: 246, costMs: 8.2 },
      { strategy: 'hybrid', median: 150, costMs: null, workers: 2 },
    ]),
    answer: 'hybrid',
    quotes: (f) => [
      f.ms(8.2),
      f.ms(1420),
      f.ms(350),
      f.ms(246),
      f.ms(150),
      f.ratio(246 / 150),
      f.ms(24 * 8.2),
    ],
  },
  amdahl: {
    outcome: sweep(2, [0.97, 1.85, 1.8, 1.82]),
    answer: 'cores',
    quotes: (f) => [f.ratio(0.97), f.ratio(1.85), f.ratio(1.82), f.ms(400)],
  },
};

describe('read-back', () => {
  for (const ch of CHAPTERS) {
    const c = CASES[ch.id];
    if (c === undefined) continue;
    for (const locale of LOCALES)
      it(`${ch.id} (${locale}): quotes the measured numbers it was given, with no missing text`, () => {
        const f = makeFmt(locale);
        const text = ch.readBack(c.outcome, f).join('\n');
        for (const q of c.quotes(f)) expect(text, `${ch.id} should quote ${q}`).toContain(q);
        expect(text).not.toMatch(/\{\w+\}|learn\.|NaN|undefined/);
        expect(ch.evidence(c.outcome, f)).not.toMatch(/\{\w+\}|learn\.|NaN/);
      });
    it(`${ch.id}: derives the answer from the measurement`, () => {
      expect(ch.answer(c.outcome)).toBe(c.answer);
    });
    it(`${ch.id}: the results table holds a number the read-back quotes`, () => {
      const f = makeFmt('en');
      const table = resultTable(ch, c.outcome, f);
      const text = ch.readBack(c.outcome, f).join('\n');
      const cells = table.rows.flat().filter((cell) => /\d/.test(cell) && cell.length > 1);
      expect(cells.some((cell) => text.includes(cell))).toBe(true);
      for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
    });
  }

  it('has a hand-made case for every chapter', () => {
    for (const ch of CHAPTERS) expect(CASES[ch.id], ch.id).toBeDefined();
  });

  it('a different measurement gives a different answer and different text', () => {
    const pool = CHAPTERS.find((c) => c.id === 'pool') as Chapter;
    const slow = cpu(2, {
      main: result({ strategy: 'main-thread', median: 600 }),
      pool: result({ strategy: 'worker-pool', median: 560, workers: 2, tasks: spread(8, 2, 70) }),
    });
    expect(pool.answer(slow)).toBe('same');
    const f = makeFmt('en');
    expect(pool.readBack(slow, f).join(' ')).toContain(f.ratio(600 / 560));
    expect(pool.readBack(slow, f).join(' ')).toContain('overhead');
  });

  it('says why shared memory could not run instead of failing', () => {
    const shared = CHAPTERS.find((c) => c.id === 'shared') as Chapter;
    const o: CpuOutcome = {
      ...cpu(2, {
        main: result({ strategy: 'main-thread', median: 43 }),
        pool: result({ strategy: 'worker-pool', median: 250, workers: 2, tasks: spread(10, 2, 1) }),
      }),
      unavailable: [{ variant: 'shared', why: 'not isolated' }],
    };
    expect(shared.answer(o)).toBeNull();
    expect(shared.readBack(o, makeFmt('en')).join(' ')).toContain('not isolated');
  });
});

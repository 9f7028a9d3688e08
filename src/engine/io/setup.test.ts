import { describe, expect, it } from 'vitest';
import {
  checkIoSetup,
  estimateSerialMs,
  getIoPreset,
  IO_FIELDS,
  IO_PRESETS,
  ioSetupToInputs,
  ioSpecs,
  isIoRunnable,
  NUMERIC_IO_FIELDS,
  strategiesFor,
} from './setup';

const CORES = 2;

describe('checkIoSetup', () => {
  it('turns every preset into form text and back unchanged, with nothing to report', () => {
    for (const p of IO_PRESETS) {
      const c = checkIoSetup(ioSetupToInputs(p.setup), CORES);
      expect(c.setup).toEqual(p.setup);
      expect(isIoRunnable(c)).toBe(true);
    }
  });

  it('fills every missing field from the kind’s everyday preset', () => {
    expect(checkIoSetup({}, CORES).setup).toEqual(getIoPreset('everyday-io').setup);
    expect(checkIoSetup({ kind: 'mixed' }, CORES).setup).toEqual(getIoPreset('everyday-mixed').setup);
  });

  it('clamps out-of-range numbers into the form’s limits and names the field', () => {
    const c = checkIoSetup({ items: '100000', 'server.latencyMs': '-5', concurrency: '2.5' }, CORES);
    expect(c.setup.items).toBe(ioSpecs(CORES).items.max);
    expect(c.setup.server.latencyMs).toBe(0);
    expect(c.setup.concurrency).toBe(3);
    expect(Object.keys(c.fieldProblems).sort()).toEqual(['concurrency', 'items', 'server.latencyMs']);
    expect(c.fieldProblems.items).toMatch(/at most 5,000/);
  });

  it('reads a nested server object (a file) and lets flat dotted keys win', () => {
    const c = checkIoSetup({ server: { latencyMs: 30, capacity: 7 }, 'server.capacity': '9' }, CORES);
    expect(c.setup.server.latencyMs).toBe(30);
    expect(c.setup.server.capacity).toBe(9);
  });

  it('refuses the hybrid on the I/O-only experiment, and unknown choices, with a fallback', () => {
    const c = checkIoSetup({ kind: 'io-only', strategy: 'hybrid', 'server.overflow': 'drop' }, CORES);
    expect(c.setup.strategy).toBe('async');
    expect(c.setup.server.overflow).toBe('queue');
    expect(Object.keys(c.fieldProblems).sort()).toEqual(['server.overflow', 'strategy']);
    expect(checkIoSetup({ kind: 'mixed', strategy: 'hybrid' }, CORES).setup.strategy).toBe('hybrid');
    expect(checkIoSetup({ kind: 'threads' }, CORES).fieldProblems.kind).toMatch(/Unknown experiment/);
  });

  it('refuses a setup that would run for hours, with a reason', () => {
    const c = checkIoSetup(
      { kind: 'mixed', strategy: 'serial', items: '5000', difficulty: '12', repetitions: '10' },
      CORES,
    );
    expect(c.problems.join(' ')).toMatch(/would take about \d+ minutes/);
    expect(isIoRunnable(c)).toBe(false);
  });

  it('never throws, and always returns a setup inside the limits, for hundreds of random raws', () => {
    const specs = ioSpecs(CORES);
    const junk: unknown[] = [
      undefined,
      null,
      '',
      ' ',
      'abc',
      '1e309',
      '-0',
      '3.7',
      '1,000',
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -1,
      0,
      7,
      1e12,
      {},
      [],
      { toString: 1 },
      Symbol.for('x'),
      true,
      'mixed',
      'hybrid',
      'reject',
    ];
    let seed = 12345;
    const rand = (k: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed % k;
    };
    for (let trial = 0; trial < 400; trial++) {
      const raw: Record<string, unknown> = {};
      for (const f of IO_FIELDS) if (rand(3) > 0) raw[f] = junk[rand(junk.length)];
      if (rand(5) === 0) raw.server = junk[rand(junk.length)];
      const c = checkIoSetup(raw, rand(4));
      const s = c.setup;
      expect(['io-only', 'mixed']).toContain(s.kind);
      expect(strategiesFor(s.kind)).toContain(s.strategy);
      expect(['queue', 'reject']).toContain(s.server.overflow);
      const values: Record<string, number> = {
        items: s.items,
        difficulty: s.difficulty,
        batchSize: s.batchSize,
        concurrency: s.concurrency,
        yieldEvery: s.yieldEvery,
        retries: s.retries,
        workers: s.workers,
        repetitions: s.repetitions,
        'server.latencyMs': s.server.latencyMs,
        'server.jitterMs': s.server.jitterMs,
        'server.capacity': s.server.capacity,
        'server.seed': s.server.seed,
      };
      for (const f of NUMERIC_IO_FIELDS) {
        const spec = f === 'workers' ? ioSpecs(Math.max(1, 0)).workers : specs[f];
        const v = values[f] as number;
        expect(Number.isInteger(v)).toBe(true);
        expect(v).toBeGreaterThanOrEqual(spec.min);
        if (f !== 'workers') expect(v).toBeLessThanOrEqual(spec.max);
      }
    }
  });
});

describe('presets', () => {
  it('the book preset is the book’s setup, and its serial run is said to take over a minute', () => {
    const book = getIoPreset('book');
    expect(book.setup).toMatchObject({ kind: 'mixed', items: 600, difficulty: 8, concurrency: 100 });
    expect(book.setup.server.latencyMs).toBe(100);
    expect(book.estimatedSerialMs).toBeGreaterThan(60_000);
  });

  it('the everyday mixed preset keeps Compare all near 20 s on a laptop', () => {
    const m = getIoPreset('everyday-mixed').setup;
    // serial dominates: n(c + L) per repetition.
    expect(estimateSerialMs(m) * m.repetitions).toBeLessThan(20_000);
  });
});

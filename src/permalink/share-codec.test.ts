import { deflateSync, strToU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StrategyResult } from '../engine/runner';
import { checkSetup, isRunnable, type RawSetup, type Setup } from '../engine/setup';
import { getStrategy } from '../engine/strategies';
import type { WorkloadId } from '../engine/types';
import { getWorkload, WORKLOADS } from '../engine/workloads';
import { measureAll, onManyCores, prng, testEnvironment } from './fixtures/measure';
import { setupToQuery } from './setup-query';
import {
  decodeShare,
  encodeShare,
  fromBase64Url,
  MAX_LINK_CHARS,
  payloadFromJsonText,
  TARGET_LINK_CHARS,
  toBase64Url,
  V1_PREFIX,
} from './share-codec';
import { BUSY_LEVELS, MAX_BINS, type SharedView, viewFromResults } from './share-view';
import { packV1 } from './wire-v1';

const DATE = new Date('2026-11-22T02:30:00.000Z');

/** The whole link a person would copy, on a realistic GitHub Pages origin. */
function urlPrefix(setup: Setup): string {
  return `https://example.github.io/concurrency-playground/?${setupToQuery(setup)}#/s/`;
}

function setupOf(raw: RawSetup, cores: number): Setup {
  const c = checkSetup(raw, cores);
  expect(isRunnable(c), JSON.stringify(c)).toBe(true);
  return c.setup;
}

// Small but real parameters: every number has the digits a default setup has, so the query string
// is as long as a real one, while Node measures all four strategies in well under a second. A
// workload added later without an entry here runs at its parameters' minimums.
const SMALL: Partial<Record<WorkloadId, RawSetup['params']>> = {
  'heavy-loop': { tasks: 16, n: 2_000_000 },
  fibonacci: { first: 20, step: 1, count: 10 },
  'prime-count': { limit: 2_000_000, ranges: 16 },
  mandelbrot: { width: 600, height: 40, maxIter: 100 },
  'cost-hash': { items: 16, difficulty: 2 },
};
const WORKLOAD_IDS = WORKLOADS.map((w) => w.id);
const smallSetup = (id: WorkloadId): RawSetup => ({
  workload: id,
  params: SMALL[id] ?? Object.fromEntries(getWorkload(id).params.map((p) => [p.key, p.min])),
  workers: 2,
});

const measured = new Map<WorkloadId, { setup: Setup; results: StrategyResult[]; view: SharedView }>();

beforeAll(async () => {
  for (const id of WORKLOAD_IDS) {
    const setup = setupOf(smallSetup(id), 2);
    const results = await measureAll(setup);
    measured.set(id, { setup, results, view: viewFromResults(setup, results, testEnvironment(2), DATE) });
  }
}, 120_000);

const sizes: string[] = [];

describe.each(WORKLOAD_IDS)('a Compare-all link of %s', (id) => {
  const get = () => measured.get(id) as NonNullable<ReturnType<typeof measured.get>>;

  it('decodes to exactly the view it was made from, with nothing adjusted', () => {
    const { view } = get();
    const { payload, downsampled } = encodeShare(view, urlPrefix(view.setup).length);
    expect(downsampled).toBe(false);
    expect(payload.startsWith(V1_PREFIX)).toBe(true);
    const out = decodeShare(payload, 2);
    expect(out).toEqual({ ok: true, view, adjustments: [] });
  });

  it('carries every strategy’s samples, verification, fingerprint, answer and lanes as measured', () => {
    const { results, view } = get();
    const out = decodeShare(encodeShare(view).payload, 2);
    if (!out.ok) throw new Error(out.detail);
    expect(out.view.results.map((r) => r.strategy)).toEqual([
      'main-thread',
      'main-yielding',
      'worker-pool',
      'shared-memory',
    ]);
    for (const r of results) {
      const got = out.view.results.find((x) => x.strategy === r.strategy);
      expect(got).toBeDefined();
      if (got === undefined) continue;
      expect(got.samples).toHaveLength(r.samples.length);
      got.samples.forEach((s, i) => {
        expect(Math.abs(s - (r.samples[i] as number))).toBeLessThanOrEqual(0.005 + 1e-9);
      });
      expect(Math.abs(got.median - r.median)).toBeLessThanOrEqual(0.01);
      expect(got.fingerprint).toBe(r.fingerprint);
      expect(got.verified).toBe(true);
      expect(got.answerText).toBe(r.answerText);
      expect(got.workers).toBe(r.workers);
      expect(got.chunkSize).toBe(r.chunkSize);
      expect(got.responsiveness?.frames).toBe(r.responsiveness?.frames);
      const lanes = got.lanes;
      expect(lanes).not.toBeNull();
      // Lane 0 (the page) plus one per worker; every task's lane is busy somewhere.
      expect(lanes?.busy.length).toBe(getStrategy(r.strategy).usesWorkers ? r.workers + 1 : 1);
      for (const lane of new Set(r.last.lanes)) expect(lanes?.busy[lane]?.some((v) => v > 0)).toBe(true);
    }
    // All strategies computed the same thing.
    expect(new Set(out.view.results.map((r) => r.fingerprint)).size).toBe(1);
    expect(out.view.env).toEqual({
      cores: 2,
      crossOriginIsolated: true,
      timerResolutionMs: 0.005,
      browser: 'Chrome 156',
      date: '2026-11-22T02:30:00.000Z',
    });
    expect(out.view.setup).toEqual(get().setup);
  });

  it(`stays under ${TARGET_LINK_CHARS} characters as a whole URL`, () => {
    const { view } = get();
    const prefix = urlPrefix(view.setup);
    const { payload } = encodeShare(view, prefix.length);
    const length = prefix.length + payload.length;
    sizes.push(`${id}: ${length} chars (payload ${payload.length})`);
    expect(length).toBeLessThan(TARGET_LINK_CHARS);
  });
});

describe('link size limits', () => {
  it('reports the measured link sizes', () => {
    // Printed for the record (the assertions are in the tests above).
    console.info(`Compare-all link sizes (2 cores, 2 workers): ${sizes.join('; ')}`);
    expect(sizes.length).toBeGreaterThan(0);
  });

  it('keeps an 8-core Compare all (8 workers, busy lanes) under the target too', async () => {
    const setup = setupOf({ ...smallSetup('mandelbrot'), workers: 8 }, 8);
    const base = await measureAll(setup);
    const results = base.map((r) => (getStrategy(r.strategy).usesWorkers ? onManyCores(r, 8, 7) : r));
    const view = viewFromResults(setup, results, testEnvironment(8), DATE);
    const prefix = urlPrefix(setup);
    const { payload, downsampled } = encodeShare(view, prefix.length);
    console.info(
      `Compare-all link size (8 cores, 8 workers, mandelbrot): ${prefix.length + payload.length} chars`,
    );
    expect(downsampled).toBe(false);
    expect(prefix.length + payload.length).toBeLessThan(TARGET_LINK_CHARS);
  });

  it('down-samples the worst case (50,000 tasks, 2×cores workers, 20 repetitions, all strategies) to ≤ 8,000', async () => {
    const cores = 128;
    // Chunk size 1: every task is its own message, so lanes are the most fragmented they get; tasks
    // of 0.15–0.45 ms (n = 20,000), about as long as the message gaps, so busy and idle alternate
    // within every bin: the least compressible lanes a real run makes.
    const raw: RawSetup = {
      workload: 'heavy-loop',
      params: { tasks: 50_000, n: 20_000 },
      workers: 2 * cores,
      chunkSize: 1,
      repetitions: 20,
    };
    // Measured here with automatic chunks (50,000 in-thread messages per repetition would be slow).
    const base = await measureAll(
      setupOf({ ...raw, params: { tasks: 50_000, n: 20 }, workers: 4, chunkSize: 0 }, 4),
    );
    const setup = setupOf(raw, cores);
    const results = base.map((r) =>
      getStrategy(r.strategy).usesWorkers ? onManyCores(r, 2 * cores, 3, 1, 0.3) : r,
    );
    const view = viewFromResults(
      setup,
      results.map((r) => ({ ...r, params: setup.params })),
      testEnvironment(cores),
      DATE,
    );
    expect(view.results).toHaveLength(4);
    const prefix = urlPrefix(setup);
    const { payload, downsampled } = encodeShare(view, prefix.length);
    console.info(`Worst-case link: ${prefix.length + payload.length} chars, down-sampled`);
    const out = decodeShare(payload, cores);
    expect(prefix.length + payload.length).toBeLessThanOrEqual(MAX_LINK_CHARS);
    expect(downsampled).toBe(true);
    if (!out.ok) throw new Error(out.detail);
    expect(out.view.downsampled).toBe(true);
    expect(out.view.results.map((r) => r.samples.length)).toEqual([20, 20, 20, 20]);
    // Lanes got coarser but are still there for the worker strategies.
    const pool = out.view.results.find((r) => r.strategy === 'worker-pool');
    expect(pool?.lanes?.bins ?? MAX_BINS).toBeLessThan(MAX_BINS);
    expect(pool?.lanes?.busy).toHaveLength(2 * cores + 1);
  }, 180_000);

  it('fits incompressible lane data by coarser bins, and drops lanes when even that is too long', () => {
    const { view } = measured.get('prime-count') as { view: SharedView };
    const rand = prng(11);
    const noisy: SharedView = {
      ...view,
      results: view.results.map((r) => ({
        ...r,
        lanes: {
          durationMs: 100,
          bins: MAX_BINS,
          busy: Array.from({ length: 257 }, () =>
            Array.from({ length: MAX_BINS }, () => Math.floor(rand() * (BUSY_LEVELS + 1))),
          ),
        },
      })),
    };
    const coarse = encodeShare(noisy, 300);
    expect(300 + coarse.payload.length).toBeLessThanOrEqual(MAX_LINK_CHARS);
    expect(coarse.downsampled).toBe(true);
    const out = decodeShare(coarse.payload, 2);
    if (!out.ok) throw new Error(out.detail);
    expect(out.view.results.map((r) => r.samples)).toEqual(view.results.map((r) => r.samples));
    for (const r of out.view.results) expect(r.lanes?.bins ?? 0).toBeLessThan(MAX_BINS);
    // A URL prefix that leaves room for little more than the numbers: lane summaries go.
    const room = encodeShare({ ...view, results: view.results.map((r) => ({ ...r, lanes: null })) }, 0);
    const prefix = MAX_LINK_CHARS - room.payload.length - 100;
    const tight = encodeShare(noisy, prefix);
    expect(prefix + tight.payload.length).toBeLessThanOrEqual(MAX_LINK_CHARS);
    const small = decodeShare(tight.payload, 2);
    if (!small.ok) throw new Error(small.detail);
    expect(small.view.results.filter((r) => r.lanes === null).length).toBeGreaterThan(0);
    expect(small.view.results.map((r) => r.samples)).toEqual(view.results.map((r) => r.samples));
  });

  it('counts the URL prefix the caller passes', () => {
    const { view } = measured.get('fibonacci') as { view: SharedView };
    const { payload } = encodeShare(view, 0);
    const tight = encodeShare(view, MAX_LINK_CHARS - payload.length + 1);
    expect(tight.downsampled).toBe(true);
    expect(tight.payload.length).toBeLessThan(payload.length);
  });

  it('makes the same link from the same view every time', () => {
    const { view } = measured.get('mandelbrot') as { view: SharedView };
    expect(encodeShare(view).payload).toBe(encodeShare(view).payload);
  });
});

describe('URL-safe base64', () => {
  it('round-trips every length and byte without padding or URL-unsafe characters', () => {
    const rand = prng(5);
    for (let n = 0; n < 64; n++) {
      const bytes = Uint8Array.from({ length: n }, () => Math.floor(rand() * 256));
      const s = toBase64Url(bytes);
      expect(s).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(s).toBe(Buffer.from(bytes).toString('base64url'));
      expect(fromBase64Url(s)).toEqual({ bytes });
    }
  });

  it('points at the first character outside the alphabet', () => {
    expect(fromBase64Url('abc+def')).toEqual({ badAt: 3 });
    expect(fromBase64Url('ab=')).toEqual({ badAt: 2 });
  });
});

describe('decode errors', () => {
  const good = () => encodeShare((measured.get('fibonacci') as { view: SharedView }).view).payload;

  it.each(
    (
      [
        ['', 'empty', /nothing after/],
        ['   ', 'empty', /nothing after/],
        ['v1.', 'empty', /no data/],
        ['hello', 'wrong-version', /does not start with a format version.*“hello”/],
        ['eJzLSM3JyVcozy/KSQEAGgQEXQ', 'wrong-version', /format version/],
        ['v0.AAAA', 'wrong-version', /v0, which no version of this app made/],
        ['v2.AAAA', 'future-version', /newer version of the app \(format v2\)/],
        ['v17.whatever', 'future-version', /newer version/],
        ['v1.abc%20def', 'not-base64', /“%” at position 4/],
        ['v1.abc+def', 'not-base64', /“\+” at position 4/],
        ['v1.AAA', 'truncated', /too short/],
        [`v1.${'A'.repeat(40_000)}`, 'too-large', /40,003 characters/],
      ] as const
    ).map(([payload, code, detail]) => ({
      name: JSON.stringify(payload.length > 24 ? `${payload.slice(0, 24)}…` : payload),
      payload,
      code,
      detail,
    })),
  )('$name → $code', ({ payload, code, detail }) => {
    const out = decodeShare(payload, 2);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.code).toBe(code);
    expect(out.detail).toMatch(detail);
  });

  it('says a link cut short was truncated', () => {
    const p = good();
    for (const keep of [p.length - 1, p.length - 5, Math.floor(p.length / 2), 12]) {
      const out = decodeShare(p.slice(0, keep), 2);
      expect(out).toMatchObject({ ok: false, code: 'truncated' });
      if (!out.ok) expect(out.detail).toMatch(/cut off|too short/);
    }
  });

  it('says a changed link is corrupt (checksum), not silently different', () => {
    const p = good();
    const i = 40;
    const c = p[i] === 'A' ? 'B' : 'A';
    const out = decodeShare(p.slice(0, i) + c + p.slice(i + 1), 2);
    expect(out).toMatchObject({ ok: false, code: 'corrupt' });
    if (!out.ok) expect(out.detail).toMatch(/damaged/);
  });

  it('says data that is not deflate is corrupt', () => {
    const bytes = new Uint8Array([0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
    const out = decodeShare(V1_PREFIX + toBase64Url(bytes), 2);
    expect(out).toMatchObject({ ok: false, code: 'corrupt' });
  });

  it('refuses a zip bomb before it is expanded', () => {
    const huge = strToU8(`{"s":"${'x'.repeat(2_000_000)}"}`);
    const packed = deflateSync(huge, { level: 9 });
    const bytes = new Uint8Array(4 + packed.length);
    bytes.set(packed, 4);
    const payload = V1_PREFIX + toBase64Url(bytes);
    expect(payload.length).toBeLessThan(MAX_LINK_CHARS);
    const t = performance.now();
    const out = decodeShare(payload, 2);
    expect(out).toMatchObject({ ok: false, code: 'too-large' });
    if (!out.ok) expect(out.detail).toMatch(/256 KiB/);
    expect(performance.now() - t).toBeLessThan(2000);
  });

  it('says JSON that ends early is truncated, and JSON that is not JSON is corrupt', () => {
    expect(decodeShare(payloadFromJsonText('{"s":{"w":"fibonacci"'), 2)).toMatchObject({
      ok: false,
      code: 'truncated',
    });
    expect(decodeShare(payloadFromJsonText('{"s":tru}'), 2)).toMatchObject({ ok: false, code: 'corrupt' });
  });

  it('refuses deep nesting without recursing into it', () => {
    const out = decodeShare(payloadFromJsonText(`${'['.repeat(100_000)}${']'.repeat(100_000)}`), 2);
    expect(out).toMatchObject({ ok: false, code: 'invalid' });
    if (!out.ok) expect(out.detail).toMatch(/nests more than 32 levels/);
  });

  it('says a well-formed payload that is not a shared result is invalid', () => {
    for (const json of ['[]', '42', '"text"', 'null', '{}', '{"s":{"w":"matrix"}}']) {
      const out = decodeShare(payloadFromJsonText(json), 2);
      expect(out, json).toMatchObject({ ok: false, code: 'invalid' });
    }
    const unknown = decodeShare(payloadFromJsonText('{"s":{"w":"matrix"}}'), 2);
    if (!unknown.ok) expect(unknown.detail).toMatch(/“?"matrix"”? is not one this app knows.*newer version/);
  });

  it('ignores whitespace that mail and chat insert into long links', () => {
    const p = good();
    const wrapped = `${p.slice(0, 30)}\n ${p.slice(30, 90)}\r\n${p.slice(90)}`;
    expect(decodeShare(wrapped, 2)).toEqual(decodeShare(p, 2));
  });
});

describe('the v1 wire format', () => {
  it('uses the documented one-letter keys and whole hundredths of a ms', () => {
    const { view } = measured.get('fibonacci') as { view: SharedView };
    const wire = packV1(view);
    expect(Object.keys(wire).sort()).toEqual(['e', 'r', 's']);
    expect(Object.keys(wire.s).sort()).toEqual(['c', 'k', 'o', 'p', 'r', 't', 'w', 'y']);
    expect(wire.e).toEqual({ c: 2, i: 1, t: 5000, b: 'Chrome 156', d: DATE.getTime() / 1000 });
    for (const r of wire.r) {
      for (const s of r.s) expect(Number.isInteger(s)).toBe(true);
      for (const row of r.l?.z ?? []) expect(row).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});

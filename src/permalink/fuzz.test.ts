import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSetup, isRunnable, type Setup } from '../engine/setup';
import { isStrategyId } from '../engine/strategies';
import { buildResultsJson } from '../store/export';
import { measureAll, prng, testEnvironment } from './fixtures/measure';
import type { DecodeOutcome, ShareErrorCode } from './outcome';
import { importResultsJson } from './results-import';
import { decodeShare, encodeShare, fromBase64Url, payloadFromJsonText, toBase64Url } from './share-codec';
import {
  BUSY_LEVELS,
  MAX_BINS,
  MAX_MS,
  MAX_SAMPLES,
  MAX_TEXT,
  type SharedView,
  viewFromResults,
} from './share-view';
import { packV1 } from './wire-v1';

// Feeds the decoder random and mutated payloads. Every input must come back as a result (never a
// throw), quickly, and every view that comes back must be inside the limits: its setup is one
// checkSetup accepts unchanged, its numbers finite and bounded, its text short and plain, and it
// survives a second trip through a link unchanged. The PRNG is seeded: a failure names its case.

const SEED = 20261122;
const CASES_PER_KIND = 150;
/**
 * CPU time one decode may take, ms. A decode takes about a millisecond; this only catches a hang
 * or a blow-up. CPU time (process.cpuUsage), not wall time: the test machine is shared, and a
 * wall-clock bound would fail whenever another process is busy.
 */
const TIME_BOUND_MS = 250;
const CODES: readonly ShareErrorCode[] = [
  'empty',
  'not-base64',
  'truncated',
  'corrupt',
  'too-large',
  'wrong-version',
  'future-version',
  'invalid',
];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

let base: SharedView;
let basePayload: string;
let baseWire: Json;
let baseResultsJson: Json;

beforeAll(async () => {
  const { setup } = checkSetup(
    { workload: 'fibonacci', params: { first: 12, step: 1, count: 12 }, workers: 2, repetitions: 4 },
    2,
  );
  const results = await measureAll(setup);
  base = viewFromResults(setup, results, testEnvironment(2), new Date('2026-11-22T02:30:00Z'));
  basePayload = encodeShare(base).payload;
  baseWire = JSON.parse(JSON.stringify(packV1(base))) as Json;
  baseResultsJson = JSON.parse(
    JSON.stringify(buildResultsJson(setup, results, testEnvironment(2), 41.2, '', new Date())),
  ) as Json;
}, 60_000);

// ---- mutation helpers (all driven by one seeded PRNG) ----

type Rand = () => number;
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function randomUnicode(rand: Rand, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) {
    const kind = rand();
    // Mostly BMP, some astral, some lone surrogates, some controls and bidi overrides.
    if (kind < 0.6) s += String.fromCharCode(Math.floor(rand() * 0xd7ff));
    else if (kind < 0.75) s += String.fromCodePoint(0x10000 + Math.floor(rand() * 0xfffff));
    else if (kind < 0.85) s += String.fromCharCode(0xd800 + Math.floor(rand() * 0x800));
    else if (kind < 0.95) s += String.fromCharCode(Math.floor(rand() * 0x20));
    else s += pick(rand, ['\u202e', '\u2066', '\u200b', '\ufeff', '\u2028']);
  }
  return s;
}

function nested(depth: number, inner: Json): Json {
  let v: Json = inner;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

/** A hostile replacement value. */
function hostile(rand: Rand): Json {
  const options: Array<() => Json> = [
    () => 1e308,
    () => -1e308,
    () => 2 ** 53 + 1,
    () => -0.000001,
    () => rand() * 1e12 - 5e11,
    () => Math.floor(rand() * 100),
    () => 'NaN',
    () => 'Infinity',
    () => '-Infinity',
    () => '1e400',
    () => '',
    () => randomUnicode(rand, 1 + Math.floor(rand() * 300)),
    () => true,
    () => null,
    () => [],
    () => ({}),
    () => nested(10 + Math.floor(rand() * 40), 1),
    // Longer than every cap (results 16, lanes 257, samples 20); the giant ones have their own tests.
    () => new Array(1_000 + Math.floor(rand() * 4_000)).fill(0),
    () => Array.from({ length: 300 }, () => 'f'.repeat(70)),
    () => JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}') as Json,
    () => ({ toString: 'x', valueOf: 3, hasOwnProperty: 'no' }),
    () => 'main-thread',
    () => 'worker-pool',
    () => 'c',
  ];
  return pick(rand, options)();
}

/** Every path to a value inside `v` (test-only recursion over a small, known object). */
function paths(v: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  // Long arrays (a giant one inserted by an earlier edit): a few elements are enough to aim at.
  if (Array.isArray(v)) {
    for (const [i, x] of v.slice(0, 30).entries()) paths(x, [...prefix, i], out);
  } else if (v !== null && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) paths(x, [...prefix, k], out);
  return out;
}

/** A copy of `v` with the value at `path` replaced (or, when `remove`, deleted). */
function replaced(v: Json, path: (string | number)[], value: Json, remove = false): Json {
  const copy = structuredClone(v);
  if (path.length === 0) return value;
  let node = copy as Record<string | number, Json>;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, Json>;
  const last = path.at(-1) as string | number;
  if (remove && !Array.isArray(node)) delete node[last];
  else node[last] = value;
  return copy;
}

function mutateJson(rand: Rand, v: Json, edits: number): Json {
  let out = v;
  for (let i = 0; i < edits; i++) {
    const all = paths(out);
    const path = pick(rand, all);
    out = replaced(out, path, hostile(rand), rand() < 0.15);
  }
  return out;
}

function mutateText(rand: Rand, s: string, edits: number): string {
  let out = s;
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(rand() * (out.length + 1));
    const r = rand();
    if (r < 0.33) out = out.slice(0, at) + out.slice(at + 1);
    else if (r < 0.66)
      out =
        out.slice(0, at) +
        pick(rand, ['{', '}', '[', ']', '"', ',', ':', '9', '-', 'e', '\\']) +
        out.slice(at);
    else out = out.slice(0, at) + randomUnicode(rand, 1) + out.slice(at + 1);
  }
  return out;
}

// ---- the checks every outcome must pass ----

const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

const isText = (s: unknown) => typeof s === 'string' && Array.from(s).length <= MAX_TEXT && !UNSAFE.test(s);
const isCount = (v: unknown, max = Number.MAX_SAFE_INTEGER) =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;
const isMs = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_MS;

function setupAsRaw(s: Setup) {
  return { ...s, failTask: s.fault?.task, failKind: s.fault?.kind };
}

/**
 * Everything a valid view must satisfy, whatever input made it: a list of what is wrong (plain
 * checks, one expect at the end, because a thousand views × hundreds of expect() calls is slow).
 */
function viewProblems(view: SharedView, cores: number): string[] {
  const bad: string[] = [];
  const again = checkSetup(setupAsRaw(view.setup), cores);
  if (JSON.stringify(again.setup) !== JSON.stringify(view.setup)) bad.push('checkSetup changes the setup');
  if (!isRunnable(again))
    bad.push(`setup not runnable: ${JSON.stringify([again.problems, again.fieldProblems])}`);
  const { env } = view;
  if (!isCount(env.cores, 1024) || env.cores < 1) bad.push(`env.cores ${env.cores}`);
  if (!isMs(env.timerResolutionMs)) bad.push('env.timerResolutionMs');
  if (!isText(env.browser)) bad.push(`browser ${JSON.stringify(env.browser)}`);
  if (!(env.date === '' || /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/.test(env.date)))
    bad.push(`date ${env.date}`);
  const seen = new Set<string>();
  for (const r of view.results) {
    const at = (what: string) => bad.push(`${r.strategy}: ${what}`);
    if (!isStrategyId(r.strategy) || seen.has(r.strategy)) at('unknown or repeated strategy');
    seen.add(r.strategy);
    if (r.samples.length < 1 || r.samples.length > MAX_SAMPLES || !r.samples.every(isMs)) at('samples');
    if (!(r.min <= r.median && r.median <= r.max)) at('median/min/max');
    if (!isCount(r.workers, 2 * env.cores)) at(`workers ${r.workers}`);
    if (!isCount(r.chunkSize, 100_000)) at('chunkSize');
    if (typeof r.verified !== 'boolean') at('verified');
    if (!/^([0-9a-f]{8})?$/.test(r.fingerprint)) at('fingerprint');
    if (!isText(r.answerText)) at(`answer ${JSON.stringify(r.answerText)}`);
    if (r.responsiveness !== null && !Object.values(r.responsiveness).every((v) => isMs(v)))
      at('responsiveness');
    const lanes = r.lanes;
    if (lanes !== null) {
      if (!isCount(lanes.bins, MAX_BINS) || lanes.bins < 1 || !isMs(lanes.durationMs)) at('lane bins');
      const rowsOk = lanes.busy.every(
        (row) => row.length === lanes.bins && row.every((v) => isCount(v, BUSY_LEVELS)),
      );
      if (!rowsOk || lanes.busy.length < 1) at('lane rows');
    }
  }
  return bad;
}

function checkView(view: SharedView, cores: number, label: string): void {
  expect(viewProblems(view, cores), label).toEqual([]);
  // A view that came out of the gate is a fixed point: through a link again, nothing changes.
  const relinked = decodeShare(payloadFromJsonText(JSON.stringify(packV1(view))), cores);
  expect(relinked, label).toEqual({ ok: true, view, adjustments: [] });
}

const tally = new Map<string, number>();
let slowest = { ms: 0, label: '' };

function run(label: string, decode: () => DecodeOutcome, cores: number): void {
  const cpu0 = process.cpuUsage();
  let out: DecodeOutcome;
  try {
    out = decode();
  } catch (e) {
    throw new Error(`${label}: the decoder threw ${String(e)}`);
  }
  const used = process.cpuUsage(cpu0);
  const ms = (used.user + used.system) / 1000;
  if (ms > slowest.ms) slowest = { ms, label };
  expect(ms, `${label} took ${ms} ms of CPU`).toBeLessThan(TIME_BOUND_MS);
  const key = out.ok ? 'ok' : out.code;
  tally.set(key, (tally.get(key) ?? 0) + 1);
  if (out.ok) {
    checkView(out.view, cores, label);
    if (!out.adjustments.every((a) => typeof a === 'string' && a.length < 400))
      expect(out.adjustments, label).toEqual('short messages');
  } else if (!CODES.includes(out.code) || out.detail.length <= 10 || out.detail.length >= 400) {
    expect(out, label).toEqual('a known code with a short English detail');
  }
}

const CORES = [1, 2, 4, 16, 64];

describe(`fuzzing the link decoder (seed ${SEED})`, { timeout: 120_000 }, () => {
  it('survives random strings, with and without a version prefix', () => {
    const rand = prng(SEED);
    for (let i = 0; i < CASES_PER_KIND; i++) {
      const n = Math.floor(rand() * 300);
      const body =
        rand() < 0.5
          ? Array.from({ length: n }, () => pick(rand, B64.split(''))).join('')
          : randomUnicode(rand, n);
      const payload = pick(rand, ['', 'v1.', 'v1.', 'v2.', 'v0.', 'v99999.', 'V1.', ' v1.']) + body;
      const cores = pick(rand, CORES);
      run(`random #${i}`, () => decodeShare(payload, cores), cores);
    }
  });

  it('survives characters flipped in the base64 text', () => {
    const rand = prng(SEED + 1);
    for (let i = 0; i < CASES_PER_KIND; i++) {
      const chars = basePayload.split('');
      const flips = 1 + Math.floor(rand() * 8);
      for (let f = 0; f < flips; f++) {
        const at = 3 + Math.floor(rand() * (chars.length - 3));
        chars[at] = pick(rand, B64.split(''));
      }
      const cores = pick(rand, CORES);
      run(`base64 flip #${i}`, () => decodeShare(chars.join(''), cores), cores);
    }
  });

  it('survives bits flipped in the compressed bytes (with and without a matching checksum)', () => {
    const rand = prng(SEED + 2);
    const bytes = (fromBase64Url(basePayload.slice(3)) as { bytes: Uint8Array }).bytes;
    for (let i = 0; i < CASES_PER_KIND; i++) {
      const b = bytes.slice();
      const flips = 1 + Math.floor(rand() * 4);
      for (let f = 0; f < flips; f++) {
        const at = 4 + Math.floor(rand() * (b.length - 4));
        b[at] = (b[at] as number) ^ (1 << Math.floor(rand() * 8));
      }
      let payload = `v1.${toBase64Url(b)}`;
      // Half the time, re-seal whatever still inflates, so the damage reaches restoreView.
      if (i % 2 === 1) {
        try {
          payload = payloadFromJsonText(strFromU8(inflateSync(b.subarray(4))));
        } catch {
          // not inflatable: decode the damaged bytes as they are
        }
      }
      const cores = pick(rand, CORES);
      run(`byte flip #${i}`, () => decodeShare(payload, cores), cores);
    }
  });

  it('survives truncation anywhere', () => {
    const rand = prng(SEED + 3);
    for (let i = 0; i < CASES_PER_KIND; i++) {
      const keep = Math.floor(rand() * basePayload.length);
      run(`truncate at ${keep}`, () => decodeShare(basePayload.slice(0, keep), 2), 2);
    }
  });

  it('survives hostile values anywhere in the payload (huge numbers, NaN strings, wrong types, deep nesting, giant arrays, prototype keys)', () => {
    const rand = prng(SEED + 4);
    for (let i = 0; i < CASES_PER_KIND * 3; i++) {
      const wire = mutateJson(rand, baseWire, 1 + Math.floor(rand() * 4));
      const payload = payloadFromJsonText(JSON.stringify(wire));
      const cores = pick(rand, CORES);
      run(`hostile value #${i}`, () => decodeShare(payload, cores), cores);
    }
  });

  it('survives edits to the JSON text itself', () => {
    const rand = prng(SEED + 5);
    const text = JSON.stringify(baseWire);
    for (let i = 0; i < CASES_PER_KIND; i++) {
      const payload = payloadFromJsonText(mutateText(rand, text, 1 + Math.floor(rand() * 6)));
      run(`text edit #${i}`, () => decodeShare(payload, 2), 2);
    }
  });

  it('survives the same mutations of an imported results file', () => {
    const rand = prng(SEED + 6);
    const text = JSON.stringify(baseResultsJson);
    for (let i = 0; i < CASES_PER_KIND * 2; i++) {
      const file =
        i % 3 === 0
          ? mutateText(rand, text, 1 + Math.floor(rand() * 6))
          : JSON.stringify(mutateJson(rand, baseResultsJson, 1 + Math.floor(rand() * 4)));
      const cores = pick(rand, CORES);
      run(`import #${i}`, () => importResultsJson(file, cores), cores);
    }
  });

  it('ran over a thousand cases and reached both valid views and every kind of rejection it should', () => {
    const total = [...tally.values()].reduce((a, b) => a + b, 0);
    console.info(
      `fuzz outcomes: ${JSON.stringify(Object.fromEntries(tally))} of ${total}; slowest ${slowest.label}, ${slowest.ms.toFixed(1)} ms CPU`,
    );
    expect(total).toBeGreaterThanOrEqual(1000);
    expect(tally.get('ok') ?? 0).toBeGreaterThan(200);
    for (const code of ['not-base64', 'truncated', 'corrupt', 'wrong-version', 'future-version', 'invalid'])
      expect(tally.get(code) ?? 0, code).toBeGreaterThan(0);
  });

  it('refuses a giant payload of nothing but zeros quickly', () => {
    const zeros = deflateSync(strToU8(`[${'0,'.repeat(120_000)}0]`));
    const payload = `v1.${toBase64Url(new Uint8Array([0, 0, 0, 0, ...zeros]))}`;
    run('giant zeros', () => decodeShare(payload, 2), 2);
  });

  it('reads only the capped part of giant arrays inside a valid payload', () => {
    const wire = structuredClone(baseWire) as { r: { s: number[]; l?: { z: string[] } }[] };
    const r0 = wire.r[0] as { s: number[]; l?: { z: string[] } };
    r0.s = new Array(30_000).fill(1234); // ~150 KB: inside the 256 KiB cap
    if (r0.l) r0.l.z = new Array(20_000).fill('f');
    const payload = payloadFromJsonText(JSON.stringify(wire));
    run('giant arrays', () => decodeShare(payload, 2), 2);
    const out = decodeShare(payload, 2);
    expect(out.ok && out.view.results[0]?.samples.length).toBe(MAX_SAMPLES);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { StrategyResult } from '../engine/runner';
import { checkSetup, problemKey, type Setup } from '../engine/setup';
import { buildResultsJson, RESULTS_SCHEMA as EXPORTED_SCHEMA } from '../store/export';
import { measureAll, testEnvironment } from './fixtures/measure';
import { importResultsJson, MAX_FILE_CHARS, RESULTS_SCHEMA } from './results-import';
import { decodeShare, encodeShare } from './share-codec';
import { type SharedView, viewFromResults } from './share-view';

const DATE = new Date('2026-11-22T02:30:00.000Z');
let setup: Setup;
let results: StrategyResult[];
let exported: ReturnType<typeof buildResultsJson>;
let text: string;

beforeAll(async () => {
  setup = checkSetup(
    { workload: 'prime-count', params: { limit: 300_000, ranges: 24 }, workers: 2, repetitions: 3 },
    2,
  ).setup;
  results = await measureAll(setup);
  exported = buildResultsJson(setup, results, testEnvironment(2), 41.2, problemKey(setup), DATE);
  text = JSON.stringify(exported, null, 2); // exactly what "Download results (JSON)" saves
}, 60_000);

function ok(file: string): { view: SharedView; adjustments: readonly string[] } {
  const out = importResultsJson(file, 2);
  if (!out.ok) throw new Error(`${out.code}: ${out.detail}`);
  return out;
}

describe('importResultsJson', () => {
  it('reads the schema the app exports', () => {
    expect(RESULTS_SCHEMA).toBe(EXPORTED_SCHEMA);
  });

  it('turns an exported file into the view a shared link of the same run shows', () => {
    const { view, adjustments } = ok(text);
    expect(adjustments).toEqual([]);
    const linked = viewFromResults(setup, results, testEnvironment(2), DATE);
    expect(view.setup).toEqual(linked.setup);
    expect(view.env).toEqual(linked.env);
    expect(view.downsampled).toBe(false);
    expect(view.results.map((r) => r.strategy)).toEqual(linked.results.map((r) => r.strategy));
    view.results.forEach((r, i) => {
      const l = linked.results[i] as (typeof linked.results)[number];
      // The file rounds to 0.001 ms and the view to 0.01, so the two can differ by one hundredth.
      const sampleGaps = r.samples.map((s, j) => Math.abs(s - (l.samples[j] as number)));
      expect(Math.max(...sampleGaps)).toBeLessThanOrEqual(0.01 + 1e-9);
      expect(Math.abs(r.median - l.median)).toBeLessThanOrEqual(0.01 + 1e-9);
      expect([r.verified, r.fingerprint, r.answerText, r.workers, r.chunkSize]).toEqual([
        l.verified,
        l.fingerprint,
        l.answerText,
        l.workers,
        l.chunkSize,
      ]);
      expect(r.responsiveness).toEqual(l.responsiveness);
      // Lanes are summarised from the file's per-task times (0.001 ms) rather than the page clock.
      expect(r.lanes?.bins).toBe(l.lanes?.bins);
      expect(r.lanes?.busy.length).toBe(l.lanes?.busy.length);
      const levelGaps = (r.lanes?.busy ?? []).flatMap((row, lane) =>
        row.map((v, b) => Math.abs(v - (l.lanes?.busy[lane]?.[b] ?? -9))),
      );
      expect(Math.max(0, ...levelGaps)).toBeLessThanOrEqual(1);
    });
  });

  it('gives a view that can be shared on as a link', () => {
    const { view } = ok(text);
    expect(decodeShare(encodeShare(view).payload, 2)).toEqual({ ok: true, view, adjustments: [] });
  });

  it('leaves out results of another workload, and lanes whose arrays do not match, saying so', () => {
    const doc = structuredClone(exported) as unknown as { results: Record<string, unknown>[] };
    (doc.results[0] as Record<string, unknown>).workload = 'fibonacci';
    const last = (doc.results[1] as { lastRepetition: { lane: number[] } }).lastRepetition;
    last.lane = last.lane.slice(1);
    const { view, adjustments } = ok(JSON.stringify(doc));
    expect(view.results.map((r) => r.strategy)).toEqual(['main-yielding', 'worker-pool', 'shared-memory']);
    expect(view.results[0]?.lanes).toBeNull();
    expect(adjustments).toContain('A main-thread result of another workload was left out.');
    expect(adjustments).toContain('main-yielding: per-task times unreadable; lanes left out.');
  });

  it('accepts a file without the optional responsiveness and per-task fields', () => {
    const doc = structuredClone(exported) as unknown as { results: Record<string, unknown>[] };
    for (const r of doc.results) {
      delete r.responsiveness;
      delete r.lastRepetition;
    }
    const { view, adjustments } = ok(JSON.stringify(doc));
    expect(adjustments).toEqual([]);
    expect(view.results.every((r) => r.responsiveness === null && r.lanes === null)).toBe(true);
  });

  it.each([
    ['', 'empty', /empty/],
    ['   \n', 'empty', /empty/],
    ['{"schema": "concurrency-playground/results", "version": 1, "setup": {', 'truncated', /ends early/],
    ['not json at all', 'corrupt', /not valid JSON/],
    ['{"schema": "something-else", "version": 1}', 'invalid', /not a Concurrency Playground results file/],
    ['[1, 2, 3]', 'invalid', /not a Concurrency Playground results file/],
    ['{"schema": "concurrency-playground/results", "version": 2}', 'future-version', /newer version/],
    [
      '{"schema": "concurrency-playground/results", "version": "1"}',
      'wrong-version',
      /results version 1 is not/,
    ],
    ['{"schema": "concurrency-playground/results", "version": 1}', 'invalid', /no setup/],
  ])('rejects %s as %s', (file, code, detail) => {
    const out = importResultsJson(file, 2);
    expect(out).toMatchObject({ ok: false, code });
    if (!out.ok) expect(out.detail).toMatch(detail);
  });

  it('refuses deep nesting without recursing into it', () => {
    const out = importResultsJson(`{"a":${'['.repeat(50_000)}${']'.repeat(50_000)}}`, 2);
    expect(out).toMatchObject({ ok: false, code: 'invalid' });
    if (!out.ok) expect(out.detail).toMatch(/nests more than 32 levels/);
  });

  it('refuses a file larger than any results file before parsing it', () => {
    const out = importResultsJson(' '.repeat(MAX_FILE_CHARS + 1), 2);
    expect(out).toMatchObject({ ok: false, code: 'too-large' });
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import type { StrategyResult } from '../engine/runner';
import { checkSetup, type Setup } from '../engine/setup';
import { measureAll, testEnvironment } from '../permalink/fixtures/measure';
import { encodeShare } from '../permalink/share-codec';
import { viewFromResults } from '../permalink/share-view';
import { exportName, fileStamp } from './export';
import { answerFromText, importFile, MAX_IMPORT_BYTES, openShared, sharedAsResult } from './share';
import { getStore, installStore, makeStore, selectChecked } from './store';

const DATE = new Date('2026-11-22T02:30:00.000Z');

let setup: Setup;
let results: StrategyResult[];

beforeEach(async () => {
  installStore(makeStore(testEnvironment(2)));
  if (results === undefined) {
    setup = checkSetup(
      { workload: 'fibonacci', params: { first: 18, step: 1, count: 6 }, workers: 2 },
      2,
    ).setup;
    results = await measureAll(setup);
  }
});

const state = async () => getStore().getState();

describe('openShared', () => {
  it('shows a valid link read-only and puts its setup in the form, without running anything', async () => {
    const view = viewFromResults(setup, results, testEnvironment(2), DATE);
    const { payload } = encodeShare(view);
    openShared(payload);
    const s = await state();
    expect(s.share.error).toBeNull();
    expect(s.share.shared?.results.map((r) => r.strategy)).toEqual(results.map((r) => r.strategy));
    expect(s.share.shared?.env.date).toBe(DATE.toISOString());
    expect(selectChecked(s).setup).toEqual({ ...setup });
    expect(s.status).toBe('idle');
    expect(s.results).toEqual([]); // opening a link never runs
  });

  it('names what is wrong with a broken link and leaves the form as it was', async () => {
    const before = selectChecked(await state()).setup;
    openShared('v2.AAAA');
    let s = await state();
    expect(s.share.error?.code).toBe('future-version');
    expect(s.share.shared).toBeNull();
    expect(selectChecked(s).setup).toEqual(before);
    openShared('v1.@@@@');
    s = await state();
    expect(s.share.error?.code).toBe('not-base64');
  });

  it('decodes a payload once, so re-renders keep what the person changed since', async () => {
    const { payload } = encodeShare(viewFromResults(setup, results, testEnvironment(2), DATE));
    openShared(payload);
    getStore().setState({ workload: 'heavy-loop' });
    openShared(payload);
    expect((await state()).workload).toBe('heavy-loop');
  });
});

describe('sharedAsResult', () => {
  it('carries every shown figure of a shared result into the table and chart model', () => {
    const view = viewFromResults(setup, results, testEnvironment(2), DATE);
    const shared = view.results[2];
    if (shared === undefined) throw new Error('no pool result');
    const r = sharedAsResult(view, shared);
    expect(r).toMatchObject({
      strategy: shared.strategy,
      workload: 'fibonacci',
      workers: shared.workers,
      median: shared.median,
      min: shared.min,
      max: shared.max,
      fingerprint: shared.fingerprint,
      verified: shared.verified,
    });
    expect(r.last.deliveryOrder).toHaveLength(0); // links carry no per-task detail
    expect(r.answer).toBe(results[2]?.answer); // recovered, so it can be shown in Korean
  });
});

describe('answerFromText', () => {
  it('recovers the number only when the workload formats it back to the same text', () => {
    expect(answerFromText('mandelbrot', '754,354 iterations')).toBe(754_354);
    expect(answerFromText('heavy-loop', 'Σ = 6,287,780,672')).toBe(6_287_780_672);
    expect(answerFromText('mandelbrot', '754,354 primes')).toBeNaN();
    expect(answerFromText('prime-count', '<b>12</b> primes')).toBeNaN();
    expect(answerFromText('prime-count', '')).toBeNaN();
  });
});

describe('importFile', () => {
  it('refuses a file larger than any export before reading it', async () => {
    const huge = {
      size: MAX_IMPORT_BYTES + 1,
      name: 'big.json',
      text: () => Promise.reject(new Error('read')),
    };
    expect(await importFile(huge as unknown as File)).toBe(false);
    expect((await state()).share.importError?.code).toBe('too-large');
  });

  it('says why a file that is not results cannot be opened, and keeps the setup', async () => {
    const before = selectChecked(await state()).setup;
    expect(await importFile(new File(['{"hello": '], 'notes.json'))).toBe(false);
    const s = await state();
    expect(s.share.importError?.code).toMatch(/^(truncated|corrupt|invalid)$/);
    expect(s.share.shared).toBeNull();
    expect(selectChecked(s).setup).toEqual(before);
    expect(await importFile(new File([''], 'empty.json'))).toBe(false);
    expect((await state()).share.importError?.code).toBe('empty');
  });
});

describe('export file names', () => {
  it('say what and when, with nothing a file system refuses', () => {
    expect(fileStamp(DATE)).toBe('2026-11-22T023000');
    expect(exportName('prime-count', 'samples', DATE, 'csv')).toBe(
      'concurrency-prime-count-samples-2026-11-22T023000.csv',
    );
    expect(exportName('a/b:c', '', DATE, 'json')).toBe('concurrency-a-b-c-2026-11-22T023000.json');
  });
});

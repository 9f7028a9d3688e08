import { getStrategy, isStrategyId } from '../engine/strategies';
import { getWorkload, isWorkloadId } from '../engine/workloads';
import { parseGuarded } from './json-guard';
import { type DecodeOutcome, failure } from './outcome';
import { MAX_RESULTS, restoreView } from './restore-view';
import { cleanText, MAX_LANES, summarizeLanes } from './share-view';

// Import of the documented results JSON (docs/results-json.md): a file someone downloaded becomes
// the same view a shared link shows. The file is as untrusted as a link: this module only maps its
// fields onto the SharedView shape (and reduces per-task times to a lane summary); every check is
// restoreView()'s, the gate links go through too.

/** The file's "schema" (equal to RESULTS_SCHEMA in src/store/export.ts). */
export const RESULTS_SCHEMA = 'concurrency-playground/results';
/** The results JSON version this app reads. */
export const RESULTS_VERSION = 1;
/** Largest file read, characters (a pretty-printed 50,000-task file of four strategies is ~20 MB). */
export const MAX_FILE_CHARS = 64 * 1024 * 1024;
/** Most tasks a per-task array may hold: the largest task count any workload allows. */
export const MAX_TASKS = 50_000;

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const get = (o: Record<string, unknown>, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);

/** A per-task array as numbers (anything else NaN, which the lane summary skips); null if not a bounded list. */
function numbers(x: unknown): Float64Array | null {
  if (!Array.isArray(x) || x.length > MAX_TASKS) return null;
  return Float64Array.from(x, (v) => (typeof v === 'number' ? v : Number.NaN));
}

/** The lane summary of a result's `lastRepetition`, or null when it is missing or unreadable. */
function lanesOf(r: Record<string, unknown>, notes: string[]): unknown {
  const last = get(r, 'lastRepetition');
  if (!isRecord(last)) return null;
  const lane = numbers(get(last, 'lane'));
  const start = numbers(get(last, 'startMs'));
  const end = numbers(get(last, 'endMs'));
  if (
    lane === null ||
    start === null ||
    end === null ||
    lane.length !== start.length ||
    lane.length !== end.length
  ) {
    notes.push(
      `${cleanText(get(r, 'strategy'), 24) ?? 'A result'}: per-task times unreadable; lanes left out.`,
    );
    return null;
  }
  if (lane.length === 0) return null;
  const strategy = get(r, 'strategy');
  const workers = get(r, 'workers');
  const usesWorkers = isStrategyId(strategy) && getStrategy(strategy).usesWorkers;
  const minLanes =
    usesWorkers && typeof workers === 'number' && Number.isFinite(workers)
      ? Math.min(MAX_LANES, Math.max(1, Math.round(workers) + 1))
      : 1;
  return summarizeLanes(lane, start, end, 0, minLanes);
}

/** "63,245,986" from the file's numeric answer, using the workload's own formatting. */
function answerText(workload: unknown, answer: unknown): unknown {
  if (!isWorkloadId(workload) || typeof answer !== 'number' || !Number.isFinite(answer)) return undefined;
  return getWorkload(workload).formatAnswer(answer);
}

/**
 * The documented results JSON (schema 'concurrency-playground/results', version 1) → the same view
 * a shared link gives, through restoreView with this machine's `cores`. Never throws.
 */
export function importResultsJson(text: string, cores: number): DecodeOutcome {
  try {
    if (typeof text !== 'string') return failure('empty', 'The file is empty.');
    if (text.length > MAX_FILE_CHARS)
      return failure(
        'too-large',
        `The file is larger than ${MAX_FILE_CHARS / 1024 / 1024} MiB; a results file is much smaller.`,
      );
    if (text.trim() === '') return failure('empty', 'The file is empty.');
    const parsed = parseGuarded(text);
    if (!parsed.ok) {
      if (parsed.why === 'ends-early')
        return failure(
          'truncated',
          `The file ends early: ${parsed.detail}; it may not have finished downloading.`,
        );
      if (parsed.why === 'too-deep')
        return failure('invalid', `The file is not a results file: ${parsed.detail}.`);
      return failure('corrupt', `The file cannot be read: ${parsed.detail}.`);
    }
    const doc = parsed.value;
    const schema = isRecord(doc) ? get(doc, 'schema') : undefined;
    if (!isRecord(doc) || schema !== RESULTS_SCHEMA) {
      return failure(
        'invalid',
        `The file is not a Concurrency Playground results file (expected "schema": "${RESULTS_SCHEMA}").`,
      );
    }
    const version = get(doc, 'version');
    if (typeof version === 'number' && Number.isFinite(version) && version > RESULTS_VERSION)
      return failure(
        'future-version',
        `The file was made by a newer version of the app (results version ${version}); this version reads version ${RESULTS_VERSION}.`,
      );
    if (version !== RESULTS_VERSION)
      return failure(
        'wrong-version',
        `The file's results version ${cleanText(String(version), 12)} is not one this app reads (it reads version ${RESULTS_VERSION}).`,
      );

    const notes: string[] = [];
    const setup = get(doc, 'setup');
    const workload = isRecord(setup) ? get(setup, 'workload') : undefined;
    const envIn = get(doc, 'environment');
    const env = isRecord(envIn)
      ? {
          cores: get(envIn, 'cores'),
          crossOriginIsolated: get(envIn, 'crossOriginIsolated'),
          timerResolutionMs: get(envIn, 'timerResolutionMs'),
          browser: get(envIn, 'browser'),
          date: get(doc, 'exportedAt'),
        }
      : envIn;
    const rawResults = get(doc, 'results');
    const results = Array.isArray(rawResults)
      ? rawResults.slice(0, MAX_RESULTS).flatMap((r: unknown) => {
          if (!isRecord(r)) return [r]; // restoreView reports it
          if (get(r, 'workload') !== workload) {
            notes.push(
              `A ${cleanText(get(r, 'strategy'), 24) ?? ''} result of another workload was left out.`,
            );
            return [];
          }
          return [
            {
              strategy: get(r, 'strategy'),
              workers: get(r, 'workers'),
              chunkSize: get(r, 'chunkSize'),
              samples: get(r, 'samplesMs'),
              verified: get(r, 'verified'),
              fingerprint: get(r, 'fingerprint'),
              answerText: answerText(workload, get(r, 'answer')),
              responsiveness: get(r, 'responsiveness'),
              lanes: lanesOf(r, notes),
            },
          ];
        })
      : rawResults;
    if (Array.isArray(rawResults) && rawResults.length > MAX_RESULTS)
      notes.push(`Only the first ${MAX_RESULTS} of ${rawResults.length} results were read.`);
    const restored = restoreView({ version: 1, setup, env, results, downsampled: false }, cores);
    if (!restored.ok) return failure(restored.code, `The file cannot be shown. ${restored.detail}`);
    return { ...restored, adjustments: [...notes.slice(0, 8), ...restored.adjustments] };
  } catch (e) {
    return failure('corrupt', `The file could not be read (${e instanceof Error ? e.name : 'error'}).`);
  }
}

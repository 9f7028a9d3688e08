import type { Responsiveness } from '../engine/responsiveness';
import { checkSetup, type RawSetup, type Setup } from '../engine/setup';
import { isStrategyId, STRATEGIES } from '../engine/strategies';
import type { StrategyId } from '../engine/types';
import { defaultParams, getWorkload, isWorkloadId } from '../engine/workloads';
import { type DecodeOutcome, failure } from './outcome';
import {
  BUSY_LEVELS,
  cleanText,
  type LaneSummary,
  MAX_BINS,
  MAX_LANES,
  MAX_MS,
  MAX_SAMPLES,
  MAX_TEXT,
  roundMs,
  roundNs,
  type SharedEnvironment,
  type SharedResult,
  sampleStats,
} from './share-view';

// restore(): the one gate for shared links AND imported files, in the manner of Excalidraw's
// restore(). It takes anything shaped like a SharedView (unpacked from a link, or mapped from a
// results file), fills defaults, clamps into limits and lists what it changed. Hand-written rather
// than a schema library: the setup's limits are the UI's own ParamSpecs (checkSetup), so a schema
// would only duplicate them; the rest is a dozen fields. The walk has a fixed shape (no recursion
// into the input), every array is length-checked before it is walked, and nothing is ever
// evaluated or used as a property path: unknown keys are ignored, so "__proto__" is just data.

/** Most cores a sharer's machine may claim. */
export const MAX_CORES = 1024;
/** Most results entries read from a link or file (there are 4 strategies; the rest is noise). */
export const MAX_RESULTS = 16;
/** Most adjustments listed; the rest are counted. */
const MAX_ADJUSTMENTS = 12;
/** Most frames/long tasks a responsiveness figure may count. */
const MAX_COUNT = 1e9;

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** An own property only, so inherited names ("constructor", "toString") never read as data. */
const get = (o: Record<string, unknown>, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);

/** Text for a message quoting untrusted input: short, plain. */
function quote(x: unknown): string {
  if (typeof x === 'string') return `"${cleanText(x, 24) ?? ''}"`;
  if (typeof x === 'number' || typeof x === 'boolean' || x === null || x === undefined) return String(x);
  return Array.isArray(x) ? 'a list' : `an ${typeof x}`;
}

/** What restore changed, in English, capped so a hostile payload cannot make a wall of text. */
class Adjustments {
  private readonly items: string[] = [];
  private more = 0;
  add(message: string): void {
    if (this.items.length < MAX_ADJUSTMENTS) this.items.push(message);
    else this.more++;
  }
  list(): string[] {
    return this.more > 0 ? [...this.items, `…and ${this.more} more adjustments.`] : [...this.items];
  }
}

/** A finite number in [min, max] (rounded when `integer`), or null when `x` is not a finite number. */
function num(x: unknown, min: number, max: number, integer: boolean): number | null {
  if (typeof x !== 'number' || !Number.isFinite(x)) return null;
  const v = Math.min(max, Math.max(min, integer ? Math.round(x) : x));
  return v === 0 ? 0 : v; // no -0
}

/** A number field: clamped, or the default when unreadable; says so when it changed the value. */
function field(
  adj: Adjustments,
  what: string,
  x: unknown,
  min: number,
  max: number,
  integer: boolean,
  fallback: number,
): number {
  const v = num(x, min, max, integer);
  if (v === null) {
    adj.add(
      x === undefined
        ? `${what} is missing; using ${fallback}.`
        : `${what}: ${quote(x)} is not a number; using ${fallback}.`,
    );
    return fallback;
  }
  if (integer && !Number.isInteger(x)) adj.add(`${what} must be a whole number; using ${v}.`);
  else if (v !== x) adj.add(`${what}: ${quote(x)} is outside ${min} – ${max}; using ${v}.`);
  return v;
}

/**
 * A setup value for checkSetup: primitives as they are, strings as short plain text (checkSetup
 * quotes bad input in its messages), containers named.
 */
function primitive(x: unknown): unknown {
  if (typeof x === 'string') return cleanText(x, 40);
  if (x === null || typeof x === 'number' || typeof x === 'boolean' || x === undefined) return x;
  return Array.isArray(x) ? '(a list)' : `(${typeof x})`;
}

/**
 * The shared setup through checkSetup (the UI's own limits, on this machine's cores). An unknown
 * workload is an error rather than a default: the results belong to that workload, so showing them
 * under another would be wrong. Parameters that break a cross-parameter rule are replaced by the
 * workload's defaults, so the view's setup always runs as it stands.
 */
function restoreSetup(
  raw: unknown,
  cores: number,
  adj: Adjustments,
): { setup: Setup } | { error: DecodeOutcome } {
  if (!isRecord(raw)) return { error: failure('invalid', 'It holds no setup (workload and parameters).') };
  const workload = get(raw, 'workload');
  if (!isWorkloadId(workload)) {
    return {
      error: failure(
        'invalid',
        `Its workload ${quote(workload)} is not one this app knows; it may have been made by a newer version of the app.`,
      ),
    };
  }
  const w = getWorkload(workload);
  const rawParams = get(raw, 'params');
  const params: Record<string, unknown> = {};
  if (isRecord(rawParams))
    for (const spec of w.params) params[spec.key] = primitive(get(rawParams, spec.key));
  else if (rawParams !== undefined)
    adj.add(`Parameters: ${quote(rawParams)} is not a set of values; using defaults.`);

  let failTask: unknown;
  let failKind: unknown;
  const fault = get(raw, 'fault');
  if (isRecord(fault)) {
    failTask = primitive(get(fault, 'task'));
    failKind = get(fault, 'kind');
    if (failTask === undefined || failTask === null || failTask === '')
      adj.add('Fault injection names no task; running without a fault.');
    if (failKind !== 'throw' && failKind !== 'crash') {
      adj.add(`Fault kind ${quote(failKind)} is unknown; using "throw".`);
      failKind = 'throw';
    }
  } else if (fault !== null && fault !== undefined) {
    adj.add(`Fault injection ${quote(fault)} is unreadable; running without a fault.`);
  }

  const input: RawSetup = {
    workload,
    params,
    strategy: primitive(get(raw, 'strategy')),
    workers: primitive(get(raw, 'workers')),
    chunkSize: primitive(get(raw, 'chunkSize')),
    order: primitive(get(raw, 'order')),
    yieldIntervalMs: primitive(get(raw, 'yieldIntervalMs')),
    repetitions: primitive(get(raw, 'repetitions')),
    failTask,
    failKind,
  };
  let checked = checkSetup(input, cores);
  for (const p of checked.problems) adj.add(p);
  for (const p of Object.values(checked.fieldProblems)) adj.add(p);
  if (w.crossCheck(checked.setup.params).length > 0) {
    adj.add(`Using ${w.name}'s default parameters instead.`);
    checked = checkSetup({ ...input, params: defaultParams(w) }, cores);
    for (const p of Object.values(checked.fieldProblems)) adj.add(p);
  }
  return { setup: checked.setup };
}

/** The environment a link or file says nothing about: shown as unknown. */
const UNKNOWN_ENV: SharedEnvironment = {
  cores: 1,
  crossOriginIsolated: false,
  timerResolutionMs: 0,
  browser: 'a browser',
  date: '',
};

function restoreEnv(raw: unknown, adj: Adjustments): SharedEnvironment {
  if (!isRecord(raw)) {
    adj.add('The sharer’s machine and browser are not recorded; showing them as unknown.');
    return UNKNOWN_ENV;
  }
  const browser = cleanText(get(raw, 'browser'), MAX_TEXT);
  if (browser === null || browser === '') adj.add('The sharer’s browser is unknown.');
  const isolated = get(raw, 'crossOriginIsolated');
  if (typeof isolated !== 'boolean')
    adj.add(`Cross-origin isolation ${quote(isolated)} is unreadable; assuming it was off.`);
  return {
    cores: field(adj, 'The sharer’s core count', get(raw, 'cores'), 1, MAX_CORES, true, 1),
    crossOriginIsolated: isolated === true,
    timerResolutionMs: roundNs(
      field(adj, 'The timer resolution (ms)', get(raw, 'timerResolutionMs'), 0, 1000, false, 0),
    ),
    browser: browser === null || browser === '' ? UNKNOWN_ENV.browser : browser,
    date: restoreDate(get(raw, 'date'), adj),
  };
}

const ISO = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.\d{1,3})?Z$/;

/** ISO 8601 UTC between 2000 and 2200, normalised to whole seconds; '' (unknown) otherwise. */
function restoreDate(x: unknown, adj: Adjustments): string {
  if (x === '' || x === undefined) return '';
  const m = typeof x === 'string' ? ISO.exec(x) : null;
  const t = m === null ? Number.NaN : Date.parse(x as string);
  const year = m === null ? 0 : Number(m[1]);
  if (!Number.isFinite(t) || year < 2000 || year > 2200) {
    adj.add(`The date ${quote(x)} is unreadable; showing it as unknown.`);
    return '';
  }
  return new Date(Math.floor(t / 1000) * 1000).toISOString();
}

function restoreResponsiveness(raw: unknown, what: string, adj: Adjustments): Responsiveness | null {
  if (raw === null || raw === undefined) return null;
  if (!isRecord(raw)) {
    adj.add(`${what}: responsiveness ${quote(raw)} is unreadable; left out.`);
    return null;
  }
  const ms = (k: string) => num(get(raw, k), 0, MAX_MS, false);
  const count = (k: string) => num(get(raw, k), 0, MAX_COUNT, true);
  const r = {
    longestFrameMs: ms('longestFrameMs'),
    frames: count('frames'),
    framesOver50: count('framesOver50'),
    totalBlockedMs: ms('totalBlockedMs'),
    longTasks: count('longTasks'),
    longestTaskMs: ms('longestTaskMs'),
  };
  if (Object.values(r).some((v) => v === null)) {
    adj.add(`${what}: responsiveness figures are unreadable; left out.`);
    return null;
  }
  const v = r as { [K in keyof typeof r]: number };
  return {
    ...v,
    longestFrameMs: roundMs(v.longestFrameMs),
    totalBlockedMs: roundMs(v.totalBlockedMs),
    longestTaskMs: roundMs(v.longestTaskMs),
  };
}

function restoreLanes(raw: unknown, what: string, adj: Adjustments): LaneSummary | null {
  if (raw === null || raw === undefined) return null;
  const drop = (why: string) => {
    adj.add(`${what}: lane summary left out (${why}).`);
    return null;
  };
  if (!isRecord(raw)) return drop('unreadable');
  const durationMs = num(get(raw, 'durationMs'), 0, MAX_MS, false);
  const bins = get(raw, 'bins');
  const busy = get(raw, 'busy');
  if (durationMs === null) return drop('no duration');
  if (typeof bins !== 'number' || !Number.isInteger(bins) || bins < 1 || bins > MAX_BINS)
    return drop(`${quote(bins)} time bins; 1 – ${MAX_BINS} allowed`);
  if (!Array.isArray(busy) || busy.length < 1 || busy.length > MAX_LANES)
    return drop(`lanes must be a list of 1 – ${MAX_LANES}`);
  const rows: number[][] = [];
  for (const row of busy) {
    if (!Array.isArray(row) || row.length !== bins) return drop('a lane has the wrong number of bins');
    const out: number[] = [];
    for (const v of row) {
      const q = num(v, 0, BUSY_LEVELS, true);
      if (q === null) return drop('a busy level is not a number');
      out.push(q);
    }
    rows.push(out);
  }
  return { durationMs: roundMs(durationMs), bins, busy: rows };
}

function restoreResult(
  raw: unknown,
  index: number,
  sharerCores: number,
  adj: Adjustments,
): SharedResult | null {
  if (!isRecord(raw)) {
    adj.add(`Result ${index + 1} is unreadable; left out.`);
    return null;
  }
  const strategy = get(raw, 'strategy');
  if (!isStrategyId(strategy)) {
    adj.add(`Result ${index + 1}: unknown strategy ${quote(strategy)}; left out.`);
    return null;
  }
  const what = STRATEGIES.find((s) => s.id === strategy)?.name ?? strategy;
  const rawSamples = get(raw, 'samples');
  if (!Array.isArray(rawSamples)) {
    adj.add(`${what}: no timing samples; left out.`);
    return null;
  }
  if (rawSamples.length > MAX_SAMPLES) adj.add(`${what}: only the first ${MAX_SAMPLES} samples are kept.`);
  const samples: number[] = [];
  let bad = 0;
  for (const x of rawSamples.slice(0, MAX_SAMPLES)) {
    const v = typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= MAX_MS ? roundMs(x) : null;
    if (v === null) bad++;
    else samples.push(v);
  }
  if (bad > 0) adj.add(`${what}: ${bad} unreadable or out-of-range samples left out.`);
  if (samples.length === 0) {
    adj.add(`${what}: no usable timing samples; left out.`);
    return null;
  }
  const verified = get(raw, 'verified');
  if (typeof verified !== 'boolean')
    adj.add(`${what}: verification ${quote(verified)} unreadable; shown as not verified.`);
  const rawPrint = get(raw, 'fingerprint');
  const fingerprint = typeof rawPrint === 'string' && /^[0-9a-f]{8}$/.test(rawPrint) ? rawPrint : '';
  if (fingerprint === '' && rawPrint !== '' && rawPrint !== undefined)
    adj.add(`${what}: fingerprint ${quote(rawPrint)} is not 8 hex digits; left out.`);
  const answer = cleanText(get(raw, 'answerText'), MAX_TEXT);
  if (answer === null && get(raw, 'answerText') !== undefined)
    adj.add(`${what}: the answer is not text; left out.`);
  return {
    strategy,
    workers: field(
      adj,
      `${what}: workers`,
      get(raw, 'workers'),
      0,
      Math.min(MAX_LANES - 1, 2 * sharerCores),
      true,
      1,
    ),
    chunkSize: field(adj, `${what}: chunk size`, get(raw, 'chunkSize'), 0, 100_000, true, 1),
    samples,
    ...sampleStats(samples),
    verified: verified === true,
    fingerprint,
    answerText: answer ?? '',
    responsiveness: restoreResponsiveness(get(raw, 'responsiveness'), what, adj),
    lanes: restoreLanes(get(raw, 'lanes'), what, adj),
  };
}

function restoreResults(raw: unknown, sharerCores: number, adj: Adjustments): SharedResult[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    adj.add(`Results ${quote(raw)} are not a list; none shown.`);
    return [];
  }
  if (raw.length > MAX_RESULTS) adj.add(`Only the first ${MAX_RESULTS} of ${raw.length} results were read.`);
  const byStrategy = new Map<StrategyId, SharedResult>();
  raw.slice(0, MAX_RESULTS).forEach((item, i) => {
    const r = restoreResult(item, i, sharerCores, adj);
    if (r === null) return;
    if (byStrategy.has(r.strategy)) adj.add(`A second result for ${r.strategy} was left out.`);
    else byStrategy.set(r.strategy, r);
  });
  return STRATEGIES.map((s) => byStrategy.get(s.id)).filter((r): r is SharedResult => r !== undefined);
}

/**
 * The one validating gate for links and imported files: `raw` shaped like a SharedView → a view
 * whose setup passes checkSetup unchanged on this machine (`cores`), whose results are finite,
 * bounded and of known strategies, and whose text is plain and short; plus what was changed.
 * Never throws; work is bounded by the caps above, whatever the input.
 */
export function restoreView(raw: unknown, cores: number): DecodeOutcome {
  try {
    if (!isRecord(raw)) return failure('invalid', `It holds ${quote(raw)} instead of a shared result.`);
    const version = get(raw, 'version');
    if (version !== undefined && version !== 1) {
      return typeof version === 'number' && Number.isFinite(version) && version > 1
        ? failure(
            'future-version',
            `It was made by a newer version of the app (format ${version}); this version reads format 1.`,
          )
        : failure(
            'wrong-version',
            `Its format version ${quote(version)} is not one this app reads (it reads format 1).`,
          );
    }
    const adj = new Adjustments();
    const s = restoreSetup(get(raw, 'setup'), cores, adj);
    if ('error' in s) return s.error;
    const env = restoreEnv(get(raw, 'env'), adj);
    const results = restoreResults(get(raw, 'results'), env.cores, adj);
    return {
      ok: true,
      view: { version: 1, setup: s.setup, results, env, downsampled: get(raw, 'downsampled') === true },
      adjustments: adj.list(),
    };
  } catch (e) {
    // Only a hostile object (a throwing getter, a Proxy) gets here: JSON.parse cannot make one.
    return failure('invalid', `It could not be read (${e instanceof Error ? e.name : 'error'}).`);
  }
}

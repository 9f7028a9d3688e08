import type { Responsiveness } from '../engine/responsiveness';
import type { StrategyResult } from '../engine/runner';
import { problemKey, type Setup } from '../engine/setup';
import { median } from '../engine/stats';
import { getStrategy, STRATEGIES } from '../engine/strategies';
import type { StrategyId } from '../engine/types';
import type { Environment } from '../platform/capabilities';

// The view model of a shared result: what a link or an imported file shows. Pure (no DOM), so the
// codec, the importer and the UI all build on the same shape. docs/permalink.md describes it.

/** The sharer's machine, as shown in the "shared from …" label. */
export interface SharedEnvironment {
  readonly cores: number;
  readonly crossOriginIsolated: boolean;
  /** Smallest observed performance.now() step, ms. */
  readonly timerResolutionMs: number;
  /** e.g. "Chrome 156" (plain text, never HTML). */
  readonly browser: string;
  /** ISO 8601, UTC, whole seconds; '' when the link carried no readable date. */
  readonly date: string;
}

/** The last repetition's lanes, reduced to busy fractions per time bin. */
export interface LaneSummary {
  /** Length of the last repetition (its latest task end), ms. */
  readonly durationMs: number;
  readonly bins: number;
  /** Per lane (0 = main, 1..workers), per time bin: busy fraction quantised 0..15 (15 = busy all bin). */
  readonly busy: readonly (readonly number[])[];
}

/** One strategy's measured result as it travels in a link. Times in ms, rounded to 0.01. */
export interface SharedResult {
  readonly strategy: StrategyId;
  /** Workers that ran tasks (1 for main-thread strategies). */
  readonly workers: number;
  /** Chunk size actually used. */
  readonly chunkSize: number;
  readonly samples: readonly number[];
  /** Median, min and max of `samples` (always recomputed from them, never trusted from input). */
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly verified: boolean;
  /** FNV-1a of every task result, 8 hex digits; '' when unknown. */
  readonly fingerprint: string;
  /** The answer formatted for people, plain text. */
  readonly answerText: string;
  readonly responsiveness: Responsiveness | null;
  readonly lanes: LaneSummary | null;
}

/** What a shared link or an imported file shows: setup, results and the sharer's environment. */
export interface SharedView {
  readonly version: 1;
  readonly setup: Setup;
  /** One per strategy, in registry order (the baseline first). */
  readonly results: readonly SharedResult[];
  readonly env: SharedEnvironment;
  /** True when lane detail was reduced to fit the size limit (the UI says so). */
  readonly downsampled: boolean;
}

/** Time bins per lane in a full-detail summary. */
export const DEFAULT_BINS = 64;
/** Most bins a lane summary may have. */
export const MAX_BINS = 64;
/** Busy fractions are quantised to 0..BUSY_LEVELS (one hex digit in a link). */
export const BUSY_LEVELS = 15;
/** Most lanes one summary may have: the main thread plus 256 workers. */
export const MAX_LANES = 257;
/** Most timed repetitions (the UI's limit). */
export const MAX_SAMPLES = 20;
/** Longest time a link may state, ms (a little over 11 days): anything longer is not a measurement. */
export const MAX_MS = 1e9;
/** Longest plain-text field (browser label, answer text), characters. */
export const MAX_TEXT = 64;

/** ms rounded to 0.01, the precision links carry. */
export function roundMs(x: number): number {
  return Math.round(x * 100) / 100;
}

/** ms rounded to 1 ns, the precision links carry for the timer resolution. */
export function roundNs(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** Median, min and max of samples already rounded to 0.01 ms. */
export function sampleStats(samples: readonly number[]): { median: number; min: number; max: number } {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const s of samples) {
    if (s < min) min = s;
    if (s > max) max = s;
  }
  return { median: median(samples), min, max };
}

/**
 * Busy fractions per lane and time bin for one repetition. Times are read relative to `t0`; a task
 * on lane L covering part of a bin adds that part to busy[L][bin]. Lanes outside 0..MAX_LANES−1 and
 * tasks with unreadable times are ignored. Cost: tasks + bins spanned, whatever the task count.
 */
export function summarizeLanes(
  lanes: ArrayLike<number>,
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  t0: number,
  minLanes: number,
  bins: number = DEFAULT_BINS,
): LaneSummary {
  const n = Math.min(lanes.length, starts.length, ends.length);
  let duration = 0;
  let laneCount = Math.max(1, Math.min(MAX_LANES, minLanes));
  for (let i = 0; i < n; i++) {
    const lane = lanes[i] as number;
    const e = (ends[i] as number) - t0;
    if (!(lane >= 0 && lane < MAX_LANES && Number.isFinite(e))) continue;
    if (e > duration) duration = e;
    if (lane + 1 > laneCount) laneCount = Math.floor(lane) + 1;
  }
  const durationMs = roundMs(Math.min(duration, MAX_MS));
  const fractions = Array.from({ length: laneCount }, () => new Float64Array(bins));
  const width = duration / bins;
  if (width > 0) {
    for (let i = 0; i < n; i++) {
      const lane = Math.floor(lanes[i] as number);
      const row = fractions[lane];
      const s = Math.max(0, (starts[i] as number) - t0);
      const e = Math.min(duration, (ends[i] as number) - t0);
      if (row === undefined || !(e > s)) continue;
      const first = Math.min(bins - 1, Math.floor(s / width));
      const last = Math.min(bins - 1, Math.floor(e / width));
      for (let b = first; b <= last; b++) {
        const lo = Math.max(s, b * width);
        const hi = Math.min(e, (b + 1) * width);
        if (hi > lo) row[b] = (row[b] as number) + (hi - lo) / width;
      }
    }
  }
  return { durationMs, bins, busy: fractions.map((row) => Array.from(row, quantise)) };
}

/** A busy fraction (may exceed 1 where tasks overlap) as 0..BUSY_LEVELS. */
function quantise(f: number): number {
  return Math.round(Math.min(1, Math.max(0, f)) * BUSY_LEVELS);
}

/** The same summary with fewer bins: each new bin is the overlap-weighted mean of the old ones. */
export function rebinLanes(s: LaneSummary, bins: number): LaneSummary {
  if (bins >= s.bins) return s;
  const ratio = s.bins / bins;
  const busy = s.busy.map((row) => {
    const out: number[] = [];
    for (let j = 0; j < bins; j++) {
      const lo = j * ratio;
      const hi = (j + 1) * ratio;
      let sum = 0;
      for (let b = Math.floor(lo); b < Math.min(s.bins, Math.ceil(hi)); b++) {
        sum += (row[b] ?? 0) * (Math.min(hi, b + 1) - Math.max(lo, b));
      }
      out.push(Math.round(sum / ratio));
    }
    return out;
  });
  return { durationMs: s.durationMs, bins, busy };
}

/**
 * The view of results measured here, ready to encode: only results of `setup`'s problem (same
 * workload, parameters and fault), the newest per strategy, in registry order; times rounded the way
 * links carry them, so decoding an encoded view gives this view back.
 */
export function viewFromResults(
  setup: Setup,
  results: readonly StrategyResult[],
  env: Environment,
  now: Date,
): SharedView {
  const key = problemKey(setup);
  const mine = STRATEGIES.map((s) =>
    results.filter((r) => r.strategy === s.id && problemKey(r) === key).at(-1),
  ).filter((r): r is StrategyResult => r !== undefined);
  return {
    version: 1,
    setup,
    results: mine.map((r) => {
      const samples = r.samples.slice(0, MAX_SAMPLES).map(roundMs);
      const out = r.last;
      return {
        strategy: r.strategy,
        workers: r.workers,
        chunkSize: r.chunkSize,
        samples,
        ...sampleStats(samples),
        verified: r.verified,
        fingerprint: r.fingerprint,
        answerText: cleanText(r.answerText, MAX_TEXT) ?? '',
        responsiveness: r.responsiveness === undefined ? null : roundResponsiveness(r.responsiveness),
        lanes: summarizeLanes(
          out.lanes,
          out.starts,
          out.ends,
          r.lastStartedAt,
          getStrategy(r.strategy).usesWorkers ? r.workers + 1 : 1,
        ),
      };
    }),
    env: {
      cores: env.cores,
      crossOriginIsolated: env.crossOriginIsolated,
      timerResolutionMs: roundNs(env.timerResolutionMs),
      browser: cleanText(env.browser, MAX_TEXT) || 'a browser',
      date: isoSeconds(now),
    },
    downsampled: false,
  };
}

/** Responsiveness with its ms figures rounded to 0.01, as links carry them. */
export function roundResponsiveness(r: Responsiveness): Responsiveness {
  return {
    longestFrameMs: roundMs(r.longestFrameMs),
    frames: r.frames,
    framesOver50: r.framesOver50,
    totalBlockedMs: roundMs(r.totalBlockedMs),
    longTasks: r.longTasks,
    longestTaskMs: roundMs(r.longestTaskMs),
  };
}

/** ISO 8601 in UTC at whole seconds (links carry seconds), or '' for an invalid date. */
export function isoSeconds(d: Date): string {
  const t = d.getTime();
  return Number.isFinite(t) ? new Date(Math.floor(t / 1000) * 1000).toISOString() : '';
}

// Invisible and direction-changing characters could make a label read as something else
// (a bidi override can reverse "Chrome 156" on screen); C0/C1 controls have no place in a label.
// Cc: C0/C1 controls; Cf: format characters (bidi overrides, zero-width); Zl/Zp: line breaks.
const UNSAFE_CHARS = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Untrusted text made safe to show as text: not a string → null; otherwise invisible/control
 * characters removed, broken UTF-16 replaced, whitespace trimmed, at most `max` characters (code
 * points). The UI still renders it as a text node; this only keeps it short and honest on screen.
 */
export function cleanText(input: unknown, max: number): string | null {
  if (typeof input !== 'string') return null;
  const cut = input.length > max * 4 ? input.slice(0, max * 4) : input; // bound the work first
  const clean = cut.replace(LONE_SURROGATE, '\ufffd').replace(UNSAFE_CHARS, '').trim();
  const points = Array.from(clean);
  return points.length > max ? points.slice(0, max).join('') : clean;
}

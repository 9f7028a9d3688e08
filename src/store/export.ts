import type { StrategyResult } from '../engine/runner';
import type { Setup } from '../engine/setup';
import { speedup } from '../engine/stats';
import type { Environment } from '../platform/capabilities';
import { baselineMedian } from './run';

/** Version of the results JSON; docs/results-json.md describes every field. */
export const RESULTS_SCHEMA = 'concurrency-playground/results';
export const RESULTS_VERSION = 1;

const round = (x: number, digits = 3) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : null);

/** Everything measured for the results on screen, as a plain JSON-ready object. */
export function buildResultsJson(
  setup: Setup,
  results: readonly StrategyResult[],
  env: Environment,
  poolStartupMs: number | null,
  key: string,
  exportedAt: Date,
) {
  const base = baselineMedian(results, key);
  return {
    schema: RESULTS_SCHEMA,
    version: RESULTS_VERSION,
    exportedAt: exportedAt.toISOString(),
    environment: { ...env, poolStartupMs: poolStartupMs === null ? null : round(poolStartupMs) },
    setup,
    results: results.map((r) => {
      const s = speedup(base, r.median);
      const t0 = r.lastStartedAt;
      return {
        strategy: r.strategy,
        workload: r.workload,
        params: r.params,
        fault: r.fault,
        workers: r.workers,
        chunkSize: r.chunkSize,
        order: r.order,
        yieldIntervalMs: r.yieldIntervalMs,
        samplesMs: r.samples.map((x) => round(x)),
        medianMs: round(r.median),
        minMs: round(r.min),
        maxMs: round(r.max),
        speedup: round(s),
        efficiency: round(s / r.workers),
        verified: r.verified,
        verifyDetail: r.verifyDetail,
        answer: r.answer,
        fingerprint: r.fingerprint,
        yields: r.yields,
        responsiveness: r.responsiveness ?? null,
        lastRepetition: {
          lane: Array.from(r.last.lanes),
          startMs: Array.from(r.last.starts, (t) => round(t - t0)),
          endMs: Array.from(r.last.ends, (t) => round(t - t0)),
          deliveryOrder: Array.from(r.last.deliveryOrder),
        },
      };
    }),
  };
}

/** Offers `data` as a pretty-printed JSON file download. */
export function downloadJson(data: unknown, filename: string): void {
  downloadBlob(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), filename);
}

/** Offers `text` (e.g. CSV) as a file download. */
export function downloadText(text: string, filename: string, type: string): void {
  downloadBlob(new Blob([text], { type }), filename);
}

/** Offers a blob as a file download. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "2026-11-22T143012": when, for file names (UTC, no characters file systems refuse). */
export function fileStamp(date: Date): string {
  return date.toISOString().slice(0, 19).replaceAll(':', '');
}

/** "concurrency-mandelbrot-comparison-2026-11-22T143012.svg": what and when, in a file name. */
export function exportName(workload: string, what: string, date: Date, ext: string): string {
  const safe = (s: string) => s.replace(/[^a-z0-9-]+/gi, '-').replace(/^-+|-+$/g, '');
  const stem = ['concurrency', safe(workload), safe(what), fileStamp(date)].filter((s) => s !== '');
  return `${stem.join('-')}.${ext}`;
}

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

/** Offers `data` as a file download. */
export function downloadJson(data: unknown, filename: string): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

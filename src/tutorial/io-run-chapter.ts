// Runs an I/O chapter through the I/O lab's own actions (issue 4): its preset goes into the lab's
// form, the lab measures, and the chapter reads the results back from the lab's slice.
import type { IoResult } from '../engine/io/measure';
import type { IoField, IoPresetId } from '../engine/io/setup';
import {
  applyIoPreset,
  cancelIoRun,
  runIoStrategies,
  runOverloadExperiment,
  setIoInput,
} from '../store/io-run';
import { getStore } from '../store/store';
import { type IoOutcome, type IoPlan, measuredFrom } from './io-types';

/** Puts a lab preset plus changed fields into the lab's form. */
export function applyIoInputs(preset: IoPresetId, inputs: Readonly<Partial<Record<IoField, string>>>): void {
  applyIoPreset(preset);
  // The kind first: changing it moves other fields to that kind's defaults.
  const entries = Object.entries(inputs) as [IoField, string][];
  for (const [field, text] of entries) if (field === 'kind') setIoInput(field, text);
  for (const [field, text] of entries) if (field !== 'kind') setIoInput(field, text);
}

/** Runs the plan's strategies (then its experiment) in the lab; null when cancelled or failed. */
export async function runIoChapter(
  plan: IoPlan,
  predicted: string | null,
  cores: number,
): Promise<IoOutcome | null> {
  const store = getStore();
  applyIoInputs(plan.preset, plan.inputs);
  const before = new Set(store.getState().io.results);
  await runIoStrategies(plan.strategies);
  // Only results this run added count: an earlier run of the same setup must not stand in.
  const fresh = store.getState().io.results.filter((r) => !before.has(r));
  const results = plan.strategies
    .map((id) => fresh.filter((r) => r.strategy === id).at(-1))
    .filter((r): r is IoResult => r !== undefined);
  if (results.length !== plan.strategies.length) return null;
  let overload: IoOutcome['overload'] = [];
  if (plan.overload === true) {
    await runOverloadExperiment();
    const exp = store.getState().io.experiment;
    if (exp === null || exp.kind !== 'overload' || exp.status !== 'complete') return null;
    overload = exp.points.map((p) => ({
      x: p.x,
      totalMs: p.totalMs,
      meanLatencyMs: p.meanLatencyMs,
      throughput: p.throughput,
      failed: p.failed,
    }));
  }
  const setup = (results[0] as IoResult).setup;
  return {
    kind: 'io',
    predicted,
    finishedAt: Date.now(),
    cores,
    items: setup.items,
    latencyMs: setup.server.latencyMs,
    capacity: setup.server.capacity,
    batchSize: setup.batchSize,
    concurrency: setup.concurrency,
    measured: results.map(measuredFrom),
    overload,
    results,
  };
}

/** Cancels the I/O chapter's run. */
export function cancelIoChapter(): void {
  cancelIoRun();
}

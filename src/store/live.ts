import type { LiveTasks, StrategyId } from '../engine/types';

/**
 * The repetition in flight, outside the Zustand store on purpose: strategies and workers write its
 * typed arrays in place thousands of times a second, and views read them at most once a frame
 * (subscribe, then pull with getLive() in requestAnimationFrame). Putting each task event in React
 * state would re-render per task and distort the very timing it shows.
 */
export interface LiveRun {
  readonly strategy: StrategyId;
  /** Lanes to draw: 0 = main thread, 1…workers. */
  readonly workers: number;
  readonly tasks: number;
  /** Page-clock time the repetition started (ms). */
  readonly startedAt: number;
  /** 0 = warm-up, 1… = timed repetitions. */
  readonly repetition: number;
  readonly live: LiveTasks;
}

let current: LiveRun | null = null;
let running = false;
const listeners = new Set<() => void>();

/** The latest repetition (kept after the run ends, so its lanes stay on screen). */
export function getLive(): LiveRun | null {
  return current;
}

/** True while a run is writing into the live arrays. */
export function isLiveRunning(): boolean {
  return running;
}

/** Called when a repetition starts or the run ends; not per task. */
export function subscribeLive(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function publishLive(run: LiveRun): void {
  current = run;
  running = true;
  for (const l of listeners) l();
}

export function endLive(): void {
  running = false;
  for (const l of listeners) l();
}

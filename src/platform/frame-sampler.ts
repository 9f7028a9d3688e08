import { FrameStats, type Responsiveness } from '../engine/responsiveness';

/** What the bench reads: the engine's responsiveness figures. */
export type FrameReport = Responsiveness;

/** A hidden tab never paints: stop waiting for one more frame after this long, in ms. */
const LAST_FRAME_TIMEOUT_MS = 1000;

/**
 * Samples requestAnimationFrame gaps (and long tasks, where the browser reports them) from start()
 * until stop(). stop() waits for the first frame after the run, so a main thread that was blocked
 * until the very end still shows the whole freeze as one long frame. `onFrame` (optional) sees each
 * gap as it happens, for the live meter; it must be cheap.
 */
export class FrameSampler {
  #last = 0;
  #stats = new FrameStats();
  #longTasks = 0;
  #longestTask = 0;
  #raf = 0;
  #running = false;
  #observer: PerformanceObserver | null = null;
  readonly #onFrame: ((gapMs: number) => void) | undefined;

  constructor(onFrame?: (gapMs: number) => void) {
    this.#onFrame = onFrame;
  }

  start(): void {
    this.#last = performance.now();
    this.#stats = new FrameStats();
    this.#longTasks = 0;
    this.#longestTask = 0;
    this.#running = true;
    const tick = () => {
      this.#record(performance.now());
      if (this.#running) this.#raf = requestAnimationFrame(tick);
    };
    this.#raf = requestAnimationFrame(tick);
    if (PerformanceObserver.supportedEntryTypes.includes('longtask')) {
      this.#observer = new PerformanceObserver((list) => this.#longTask(list.getEntries()));
      this.#observer.observe({ type: 'longtask' });
    }
  }

  /** Waits for the next frame, stops sampling and returns what was seen. */
  async stop(): Promise<Responsiveness> {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.#record(performance.now());
        resolve();
      }, LAST_FRAME_TIMEOUT_MS);
      requestAnimationFrame(() => {
        clearTimeout(timer);
        this.#record(performance.now());
        resolve();
      });
    });
    this.#running = false;
    cancelAnimationFrame(this.#raf);
    if (this.#observer !== null) {
      this.#longTask(this.#observer.takeRecords());
      this.#observer.disconnect();
      this.#observer = null;
    }
    return this.#stats.report(this.#longTasks, this.#longestTask);
  }

  #longTask(entries: PerformanceEntryList): void {
    for (const e of entries) {
      this.#longTasks++;
      this.#longestTask = Math.max(this.#longestTask, e.duration);
    }
  }

  #record(now: number): void {
    const gap = now - this.#last;
    this.#stats.add(gap);
    this.#last = now;
    this.#onFrame?.(gap);
  }
}

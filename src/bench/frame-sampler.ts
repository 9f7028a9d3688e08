/** What the page's responsiveness looked like while something ran. Times in ms. */
export interface FrameReport {
  /** Longest gap between two consecutive animation frames (the start and end of the run count too). */
  readonly longestFrameMs: number;
  /** Animation frames seen. */
  readonly frames: number;
  /** Long tasks (> 50 ms) the browser reported, and the longest of them (0 when none). */
  readonly longTasks: number;
  readonly longestTaskMs: number;
}

/** A hidden tab never paints: stop waiting for one more frame after this long, in ms. */
const LAST_FRAME_TIMEOUT_MS = 1000;

/**
 * Samples requestAnimationFrame gaps (and long tasks, where the browser reports them) from start()
 * until stop(). stop() waits for the first frame after the run, so a main thread that was blocked
 * until the very end still shows the whole freeze as one long frame.
 */
export class FrameSampler {
  #last = 0;
  #longest = 0;
  #frames = 0;
  #longTasks = 0;
  #longestTask = 0;
  #raf = 0;
  #running = false;
  #observer: PerformanceObserver | null = null;

  start(): void {
    this.#last = performance.now();
    this.#longest = 0;
    this.#frames = 0;
    this.#longTasks = 0;
    this.#longestTask = 0;
    this.#running = true;
    const tick = () => {
      this.#record(performance.now());
      if (this.#running) this.#raf = requestAnimationFrame(tick);
    };
    this.#raf = requestAnimationFrame(tick);
    if (PerformanceObserver.supportedEntryTypes.includes('longtask')) {
      this.#observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          this.#longTasks++;
          this.#longestTask = Math.max(this.#longestTask, e.duration);
        }
      });
      this.#observer.observe({ type: 'longtask' });
    }
  }

  /** Waits for the next frame, stops sampling and returns what was seen. */
  async stop(): Promise<FrameReport> {
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
      for (const e of this.#observer.takeRecords()) {
        this.#longTasks++;
        this.#longestTask = Math.max(this.#longestTask, e.duration);
      }
      this.#observer.disconnect();
      this.#observer = null;
    }
    return {
      longestFrameMs: this.#longest,
      frames: this.#frames,
      longTasks: this.#longTasks,
      longestTaskMs: this.#longestTask,
    };
  }

  #record(now: number): void {
    this.#longest = Math.max(this.#longest, now - this.#last);
    this.#last = now;
    this.#frames++;
  }
}

/** How responsive the page stayed while something ran. Times in ms. */
export interface Responsiveness {
  /** Longest gap between two animation frames: how long the page could not paint. */
  readonly longestFrameMs: number;
  /** Frames seen. */
  readonly frames: number;
  /** Frame gaps over 50 ms (each one a visible stutter, and a missed input deadline). */
  readonly framesOver50: number;
  /** Σ max(0, gap − 50 ms): like Lighthouse's total blocking time, from frame gaps. */
  readonly totalBlockedMs: number;
  /** Long tasks the browser reported (PerformanceObserver 'longtask'), where supported. */
  readonly longTasks: number;
  readonly longestTaskMs: number;
}

/** A gap longer than this misses the 50 ms budget for answering input (RAIL). */
export const BLOCKED_THRESHOLD_MS = 50;

/** Streaming statistics of frame gaps: constant memory, however long the run. */
export class FrameStats {
  longest = 0;
  frames = 0;
  over50 = 0;
  blocked = 0;

  /** One gap between animation frames, ms. Negative, NaN and infinite gaps are ignored. */
  add(gapMs: number): void {
    if (!Number.isFinite(gapMs) || gapMs < 0) return;
    this.frames++;
    if (gapMs > this.longest) this.longest = gapMs;
    if (gapMs > BLOCKED_THRESHOLD_MS) {
      this.over50++;
      this.blocked += gapMs - BLOCKED_THRESHOLD_MS;
    }
  }

  /** The figures so far, with the long-task figures the caller observed. */
  report(longTasks: number, longestTaskMs: number): Responsiveness {
    return {
      longestFrameMs: this.longest,
      frames: this.frames,
      framesOver50: this.over50,
      totalBlockedMs: this.blocked,
      longTasks,
      longestTaskMs,
    };
  }
}

/**
 * A gap at least this long reads as a freeze rather than a stutter, in ms: input goes unanswered
 * long enough for a person to notice (the ~100–200 ms "perceptible delay" limit).
 */
export const FROZEN_THRESHOLD_MS = 200;

/** How one frame gap (or a run's longest frame) feels: within budget, stuttering, or frozen. */
export type FrameVerdict = 'smooth' | 'janky' | 'frozen';

/** Classifies a frame gap in ms: ≤ 50 smooth, under 200 janky, else frozen. */
export function frameVerdict(gapMs: number): FrameVerdict {
  if (gapMs >= FROZEN_THRESHOLD_MS) return 'frozen';
  return gapMs > BLOCKED_THRESHOLD_MS ? 'janky' : 'smooth';
}

/**
 * A worker's performance.now() counts from the worker's own timeOrigin, which is later than the
 * page's. Shift it onto the page's clock, or lanes drawn side by side would be misaligned.
 */
export function toPageClock(workerNow: number, workerTimeOrigin: number, pageTimeOrigin: number): number {
  return workerNow + (workerTimeOrigin - pageTimeOrigin);
}

/** Now, on the page's clock, from any thread. */
export function pageNow(pageTimeOrigin: number): number {
  return toPageClock(performance.now(), performance.timeOrigin, pageTimeOrigin);
}

/**
 * The timer's resolution in ms, measured: the smallest non-zero step performance.now() takes.
 * Browsers coarsen it to 5 µs when cross-origin isolated and 100 µs otherwise.
 */
export function measureTimerResolution(now: () => number = () => performance.now()): number {
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 50; k++) {
    const t0 = now();
    let t1 = now();
    for (let spin = 0; t1 === t0 && spin < 1_000_000; spin++) t1 = now();
    if (t1 > t0) best = Math.min(best, t1 - t0);
  }
  return best;
}

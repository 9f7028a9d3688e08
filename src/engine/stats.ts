/** Median of a non-empty list (mean of the middle two for even lengths); NaN when empty. */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Median, min and max of timing samples, in the samples' unit. */
export function summarize(samples: readonly number[]): { median: number; min: number; max: number } {
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples) };
}

/** Baseline median ÷ strategy median; NaN when either is missing. */
export function speedup(baselineMedian: number | undefined, strategyMedian: number): number {
  return baselineMedian !== undefined && strategyMedian > 0 ? baselineMedian / strategyMedian : Number.NaN;
}

/**
 * Round axis ticks from 0 to at least `top`, at most `maxTicks` steps, on the 1–2–5 series
 * (…, 0.5, 1, 2, 5, 10, 20, …), so a chart's axis ends on a readable number instead of its data maximum.
 */
export function niceTicks(top: number, maxTicks: number): number[] {
  if (!Number.isFinite(top) || top <= 0) return [0, 1];
  const steps = Math.max(1, Math.floor(maxTicks));
  const rough = top / steps;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].map((m) => m * magnitude).find((s) => top / s <= steps) ??
    10 * magnitude) as number;
  const n = Math.max(1, Math.ceil(top / step - 1e-9));
  // Multiply rather than accumulate, and round away binary noise (0.1 × 3 = 0.30000000000000004).
  return Array.from({ length: n + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

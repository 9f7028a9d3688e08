// Round numbers for chart axes and bins, on the 1–2–5 series. Pure: used by the lanes maths and charts.

/** The smallest 1, 2 or 5 × 10^k that is ≥ x (x > 0). */
export function niceCeil(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 5, 10]) if (m * p >= x * (1 - 1e-12)) return m * p;
  return 10 * p;
}

/** Round tick positions from 0 to extent (inclusive), about `target` of them. */
export function ticks(extent: number, target = 6): number[] {
  if (!(extent > 0)) return [0];
  const step = niceCeil(extent / target);
  const out: number[] = [];
  for (let k = 0; k * step <= extent * (1 + 1e-9); k++) out.push(k * step);
  return out;
}

/**
 * Round axis ticks from 0 to at least `top`, at most `maxTicks` steps, on the 1–2–5 series
 * (…, 0.5, 1, 2, 5, 10, 20, …), so a chart's axis ends on a readable number instead of its data maximum.
 */
export function niceTicks(top: number, maxTicks: number): number[] {
  if (!Number.isFinite(top) || top <= 0) return [0, 1];
  const steps = Math.max(1, Math.floor(maxTicks));
  const step = niceCeil(top / steps);
  const n = Math.max(1, Math.ceil(top / step - 1e-9));
  // Multiply rather than accumulate, and round away binary noise (0.1 × 3 = 0.30000000000000004).
  return Array.from({ length: n + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

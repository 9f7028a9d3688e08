/** "1,234.5 ms" or "2.35 s": milliseconds for people. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 10) return `${ms.toFixed(0)} ms`;
  return `${ms.toFixed(2)} ms`;
}

/** "1.86×", or an em dash when unknown. */
export function formatRatio(x: number): string {
  return Number.isFinite(x) ? `${x.toFixed(2)}×` : '—';
}

/** "93%", or an em dash when unknown. */
export function formatPercent(x: number): string {
  return Number.isFinite(x) ? `${Math.round(x * 100)}%` : '—';
}

/** "316–341 ms" or "1.25–2.23 s": a min–max range in the unit of its larger end. */
export function formatRange(min: number, max: number): string {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return '—';
  if (max >= 1000) return `${(min / 1000).toFixed(2)}–${(max / 1000).toFixed(2)} s`;
  const digits = max >= 10 ? 0 : 2;
  return `${min.toFixed(digits)}–${max.toFixed(digits)} ms`;
}

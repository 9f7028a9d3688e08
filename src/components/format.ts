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

import type { Locale } from '../i18n/translate';

// Numbers for people, in the locale's digits and separators (Intl), with exactly the decimals
// asked for. `locale` defaults to English so callers that have not been translated keep working.

const formats = new Map<string, Intl.NumberFormat>();

/** `n` with exactly `digits` decimals, grouped for the locale ("1,234.50"). */
export function formatFixed(n: number, digits: number, locale: Locale = 'en'): string {
  const key = `${locale}:${digits}`;
  let f = formats.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    formats.set(key, f);
  }
  return f.format(n);
}

/** "123 ms" or "2.35 s": milliseconds for people. */
export function formatMs(ms: number, locale: Locale = 'en'): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms >= 10_000) return `${formatFixed(ms / 1000, 1, locale)} s`;
  if (ms >= 1000) return `${formatFixed(ms / 1000, 2, locale)} s`;
  if (ms >= 10) return `${formatFixed(ms, 0, locale)} ms`;
  return `${formatFixed(ms, 2, locale)} ms`;
}

/** "1.86×", or an em dash when unknown. */
export function formatRatio(x: number, locale: Locale = 'en'): string {
  return Number.isFinite(x) ? `${formatFixed(x, 2, locale)}×` : '—';
}

/** "93%", or an em dash when unknown. */
export function formatPercent(x: number, locale: Locale = 'en'): string {
  return Number.isFinite(x) ? `${formatFixed(Math.round(x * 100), 0, locale)}%` : '—';
}

/** "316–341 ms" or "1.25–2.23 s": a min–max range in the unit of its larger end. */
export function formatRange(min: number, max: number, locale: Locale = 'en'): string {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return '—';
  if (max >= 1000) return `${formatFixed(min / 1000, 2, locale)}–${formatFixed(max / 1000, 2, locale)} s`;
  const digits = max >= 10 ? 0 : 2;
  return `${formatFixed(min, digits, locale)}–${formatFixed(max, digits, locale)} ms`;
}

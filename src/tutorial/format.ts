import { formatNumber, type Locale, translator } from '../i18n/translate';
import type { Fmt } from './types';

/** Formatting for one locale: the read-back and the results table both use it, so their numbers match. */
export function makeFmt(locale: Locale): Fmt {
  const t = translator(locale);
  const num = (x: number, digits = 0) => (Number.isFinite(x) ? formatNumber(locale, x, digits) : '—');
  return {
    locale,
    t,
    num,
    ms(x) {
      if (!Number.isFinite(x)) return '—';
      if (x >= 1000) return t('learn.unit.seconds', { v: num(x / 1000, 2) });
      return `${num(x, x >= 10 ? 0 : x >= 1 ? 1 : 2)} ms`;
    },
    ratio: (x) => (Number.isFinite(x) ? `${num(x, 2)}×` : '—'),
    pct: (x) => (Number.isFinite(x) ? `${num(x * 100, 0)}%` : '—'),
  };
}

import { say } from './chapters';
import type { Chapter, ChoiceDef, Fmt } from './types';

/** "1.25× – 1.7×", "under 1.25×", "2.2× or more": a choice's range of a measured ratio. */
export function rangeText(range: readonly [number, number], f: Fmt): string {
  const [lo, hi] = range;
  if (lo <= 0) return f.t('learn.range.below', { hi: f.ratio(hi) });
  if (!Number.isFinite(hi)) return f.t('learn.range.above', { lo: f.ratio(lo) });
  return f.t('learn.range.between', { lo: f.ratio(lo), hi: f.ratio(hi) });
}

/** A prediction choice's label on this machine. */
export function choiceLabel(ch: Chapter, c: ChoiceDef, f: Fmt): string {
  return say(f, ch.id, `choice.${c.id}`, { ...c.vars, range: c.range ? rangeText(c.range, f) : '' });
}

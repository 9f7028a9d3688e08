import type { FrameVerdict } from '../engine/responsiveness';
import type { MessageKey } from '../i18n/messages';
import type { Locale } from '../i18n/translate';
import { formatFixed, formatMs } from './format';

/**
 * Okabe–Ito colours for how a frame gap feels, shared by the heartbeat and the responsiveness
 * summary. Never the only carrier: every use also shows the word or the number.
 */
export const VERDICT_COLOURS: Readonly<Record<FrameVerdict, string>> = {
  smooth: '#009E73',
  janky: '#E69F00',
  frozen: '#D55E00',
};

/** The verdict as a word ("smooth" / "부드러움"). */
export const VERDICT_WORDS: Readonly<Record<FrameVerdict, MessageKey>> = {
  smooth: 'ui.verdict.smooth',
  janky: 'ui.verdict.janky',
  frozen: 'ui.verdict.frozen',
};

/** What each verdict means, for legends. */
export const VERDICT_LEGEND: Readonly<Record<FrameVerdict, MessageKey>> = {
  smooth: 'ui.verdictLegend.smooth',
  janky: 'ui.verdictLegend.janky',
  frozen: 'ui.verdictLegend.frozen',
};

/** A frame time for people: one decimal under 100 ms, so 50.4 ms does not read as the 50 ms budget. */
export function formatFrameMs(ms: number, locale: Locale = 'en'): string {
  return Number.isFinite(ms) && ms >= 10 && ms < 100
    ? `${formatFixed(ms, 1, locale)} ms`
    : formatMs(ms, locale);
}

import type { FrameVerdict } from '../engine/responsiveness';
import { formatMs } from './format';

/**
 * Okabe–Ito colours for how a frame gap feels, shared by the heartbeat and the responsiveness
 * summary. Never the only carrier: every use also shows the word or the number.
 */
export const VERDICT_COLOURS: Readonly<Record<FrameVerdict, string>> = {
  smooth: '#009E73',
  janky: '#E69F00',
  frozen: '#D55E00',
};

/** What each verdict means, for legends. */
export const VERDICT_LEGEND: Readonly<Record<FrameVerdict, string>> = {
  smooth: 'smooth (≤ 50 ms)',
  janky: 'janky (50–200 ms)',
  frozen: 'frozen (≥ 200 ms)',
};

/** A frame time for people: one decimal under 100 ms, so 50.4 ms does not read as the 50 ms budget. */
export function formatFrameMs(ms: number): string {
  return Number.isFinite(ms) && ms >= 10 && ms < 100 ? `${ms.toFixed(1)} ms` : formatMs(ms);
}

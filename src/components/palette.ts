import type { Translate } from '../i18n/translate';

// Okabe–Ito: distinguishable with the common colour-vision deficiencies. Lane 0 is the main thread.
const LANE_COLOURS = ['#555555', '#E69F00', '#56B4E9', '#009E73', '#CC79A7', '#0072B2', '#D55E00', '#F0E442'];

/** CSS colour of a lane (0 = main thread, 1… = workers); cycles past eight lanes. */
export function laneColour(lane: number): string {
  if (lane <= 0) return LANE_COLOURS[0] as string;
  return LANE_COLOURS[1 + ((lane - 1) % (LANE_COLOURS.length - 1))] as string;
}

/** The colour as [r, g, b] 0–255, for pixel work. */
export function laneRgb(lane: number): [number, number, number] {
  const hex = laneColour(lane);
  return [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** "main thread" or "worker 3"; in the language of `t` when given, else English. */
export function laneName(lane: number, t?: Translate): string {
  if (t === undefined) return lane === 0 ? 'main thread' : `worker ${lane}`;
  return lane === 0 ? t('ui.laneMain') : t('ui.laneWorker', { n: String(lane) });
}

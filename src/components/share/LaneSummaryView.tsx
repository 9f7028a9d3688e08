import { memo, useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/react';
import type { Translate } from '../../i18n/translate';
import type { LaneSummary } from '../../permalink/share-view';
import { formatMs } from '../format';
import { laneRgb } from '../palette';

/** Layout in CSS px: small, one per strategy. */
const GUTTER = 64;
const LANE_H = 10;
const LANE_GAP = 3;
const AXIS_H = 16;
const PAD_RIGHT = 8;
/** Busy levels in a lane summary: 0 (idle) … 15 (busy the whole bin). */
const LEVELS = 15;
/** Idle track behind each lane, as in the live lanes. */
const TRACK: readonly [number, number, number] = [238, 241, 244];

/** "main thread" / "worker 2" in the page's language. */
function laneLabel(t: Translate, lane: number): string {
  return lane === 0 ? t('results.lane.main') : t('results.lane.worker', { n: lane });
}

/** Average busy fraction of each lane, 0…1. */
export function laneBusy(lanes: LaneSummary): number[] {
  return lanes.busy.map((bins) =>
    bins.length === 0 ? 0 : bins.reduce((a, b) => a + b, 0) / (bins.length * LEVELS),
  );
}

/**
 * A shared run's last repetition, summarised: per lane (main thread, worker 1, …), how busy it
 * was in each time bin, as the lane's colour over the idle track. Drawn on a small canvas.
 */
export const LaneSummaryView = memo(function LaneSummaryView({
  lanes,
  label,
}: {
  lanes: LaneSummary;
  /** What ran, for the spoken summary ("Worker pool (Comlink)"). */
  label: string;
}) {
  const t = useT();
  const wrap = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [cssW, setCssW] = useState(0);
  const count = lanes.busy.length;
  const cssH = count * (LANE_H + LANE_GAP) - LANE_GAP + AXIS_H;
  const laneName = (lane: number) => laneLabel(t, lane);

  useEffect(() => {
    const el = wrap.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setCssW(Math.floor(el.clientWidth)));
    ro.observe(el);
    setCssW(Math.floor(el.clientWidth));
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx || cssW <= 0) return;
    const dpr = Math.max(1, window.devicePixelRatio || 1);
    c.width = Math.round(cssW * dpr);
    c.height = Math.round(cssH * dpr);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, cssW, cssH);
    const plotW = Math.max(1, cssW - GUTTER - PAD_RIGHT);
    const font = getComputedStyle(c).fontFamily || 'sans-serif';
    ctx.font = `11px ${font}`;
    ctx.textBaseline = 'middle';
    lanes.busy.forEach((bins, lane) => {
      const y = lane * (LANE_H + LANE_GAP);
      ctx.fillStyle = '#57606a';
      ctx.textAlign = 'right';
      ctx.fillText(laneLabel(t, lane), GUTTER - 6, y + LANE_H / 2, GUTTER - 8);
      ctx.fillStyle = `rgb(${TRACK.join(',')})`;
      ctx.fillRect(GUTTER, y, plotW, LANE_H);
      const [r, g, b] = laneRgb(lane);
      const n = Math.max(1, bins.length);
      bins.forEach((level, i) => {
        if (level <= 0) return;
        const x0 = GUTTER + (i / n) * plotW;
        const x1 = GUTTER + ((i + 1) / n) * plotW;
        ctx.fillStyle = `rgba(${r},${g},${b},${Math.min(1, level / LEVELS)})`;
        // Overlap by a fraction of a pixel so neighbouring busy bins read as one bar.
        ctx.fillRect(x0, y, x1 - x0 + 0.5, LANE_H);
      });
    });
    const axisY = count * (LANE_H + LANE_GAP) - LANE_GAP + AXIS_H / 2 + 1;
    ctx.fillStyle = '#57606a';
    ctx.textAlign = 'left';
    ctx.fillText('0', GUTTER, axisY);
    ctx.textAlign = 'right';
    ctx.fillText(formatMs(lanes.durationMs), GUTTER + plotW, axisY);
  }, [lanes, cssW, cssH, count, t]);

  const busy = laneBusy(lanes);
  const summary = t('share.lanes.aria', {
    label,
    ms: formatMs(lanes.durationMs),
    lanes: busy.map((f, lane) => `${laneName(lane)} ${Math.round(f * 100)}%`).join(', '),
  });
  return (
    <div className="lane-summary" ref={wrap}>
      <canvas
        ref={canvas}
        role="img"
        aria-label={summary}
        style={{ width: cssW > 0 ? `${cssW}px` : '100%', height: `${cssH}px` }}
      />
    </div>
  );
});

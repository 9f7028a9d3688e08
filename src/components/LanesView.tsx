import {
  type KeyboardEvent,
  type MouseEvent,
  memo,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import {
  countsDiffer,
  countTasks,
  fillCoverage,
  hitTest,
  type LaneCoverage,
  type LiveCounts,
  laneIndex,
  latestTime,
  makeCoverage,
  type StepKey,
  stepFocus,
} from '../engine/lanes';
import { ticks } from '../engine/ticks';
import { useLocale, useT } from '../i18n/react';
import type { LiveRun } from '../store/live';
import { formatFixed, formatMs } from './format';
import { laneName, laneRgb } from './palette';

// Why canvas and not SVG: a fine-grained run has 20,000 tasks, and one SVG node per task (redrawn
// live) costs tens of milliseconds a frame in layout and paint — on a 2-core machine that time is
// taken from the very workers being measured. Here the tasks are aggregated per lane per pixel
// column (src/engine/lanes.ts) and written as pixels with one putImageData: the cost is
// tasks + pixels whatever the task count, and sub-pixel tasks still add up to solid bars.

/** Layout in CSS px. */
const GUTTER = 96;
const PAD_RIGHT = 16;
const PAD_TOP = 6;
const AXIS_H = 42;
const LANE_GAP = 4;
/** While tasks run, bars grow to "now": redraw at most this often when no task started or ended. */
const TIME_REDRAW_MS = 100;
/** Hover picks the nearest bar within this many CSS px. */
const HOVER_PX = 4;

/** Lane height for `count` lanes: roomy for a few, compact for many. */
function laneHeight(count: number): number {
  return Math.max(12, Math.min(26, Math.floor(320 / count)));
}

interface Geometry {
  readonly cssW: number;
  readonly laneH: number;
  readonly laneCount: number;
  readonly plotW: number;
  readonly t0: number;
  readonly extent: number;
  readonly now: number;
}

/** Which task the tooltip describes, and where the pointer was (hover) or null (keyboard). */
interface Active {
  readonly task: number;
  readonly pointerX: number | null;
}

interface Props {
  run: LiveRun;
  running: boolean;
  /** Length of the previous repetition of the same run (ms), so the axis does not jump while live. */
  expectedMs: number;
  /** "fib(30)": the workload's label of task i, or null when unknown. */
  labelOf: (task: number) => string | null;
  /** Spoken summary of the lanes (canvas aria-label). */
  summary: string;
}

const isStepKey = (k: string): k is StepKey =>
  k === 'ArrowLeft' ||
  k === 'ArrowRight' ||
  k === 'ArrowUp' ||
  k === 'ArrowDown' ||
  k === 'Home' ||
  k === 'End';

/** Packs an opaque colour for a little-endian Uint32 view of ImageData (every browser today). */
function rgba(r: number, g: number, b: number): number {
  return ((255 << 24) | (Math.round(b) << 16) | (Math.round(g) << 8) | Math.round(r)) >>> 0;
}

/** Idle track behind each lane. */
const TRACK = [238, 241, 244] as const;
/** How much a wide task's first column is lightened, so neighbouring bars read as separate tasks. */
const EDGE_LIGHTEN = 0.7;

/**
 * One horizontal lane per worker plus the main thread (lane 0); every task a bar from start to end
 * on the page clock, drawn live while the run goes on and kept afterwards. Hover or arrow keys
 * show a task's details.
 */
export const LanesView = memo(function LanesView({ run, running, expectedMs, labelOf, summary }: Props) {
  const t = useT();
  const locale = useLocale();
  const wrap = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const focusBox = useRef<HTMLDivElement>(null);
  const tip = useRef<HTMLDivElement>(null);
  const geometry = useRef<Geometry | null>(null);
  const coverage = useRef<LaneCoverage[]>([]);
  const pixels = useRef<ImageData | null>(null);
  const index = useRef<{ counts: LiveCounts; run: LiveRun; byLane: Int32Array[] } | null>(null);
  const [cssW, setCssW] = useState(0);
  const [active, setActive] = useState<Active | null>(null);
  const activeRef = useRef<Active | null>(null);
  activeRef.current = active;
  const tipId = useId();

  const laneCount = run.workers + 1;
  const laneH = laneHeight(laneCount);
  const plotH = laneCount * (laneH + LANE_GAP) - LANE_GAP;
  const cssH = PAD_TOP + plotH + AXIS_H;

  // Width follows the panel; height follows the lane count.
  useEffect(() => {
    const el = wrap.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setCssW(Math.floor(el.clientWidth)));
    ro.observe(el);
    setCssW(Math.floor(el.clientWidth));
    return () => ro.disconnect();
  }, []);

  /** Moves the focus outline and the tooltip onto the active task (imperative: no re-render per frame). */
  const place = useCallback(() => {
    const g = geometry.current;
    const a = activeRef.current;
    const box = focusBox.current;
    const tipEl = tip.current;
    if (!box || !tipEl) return;
    const s = a === null ? 0 : (run.live.starts[a.task] ?? 0);
    if (g === null || a === null || s <= 0) {
      box.hidden = true;
      return;
    }
    const lane = run.live.lanes[a.task] ?? 0;
    const e = run.live.ends[a.task] || g.now;
    const px = (ms: number) => GUTTER + ((ms - g.t0) / g.extent) * g.plotW;
    const x0 = px(s);
    const w = Math.max(3, px(e) - x0);
    const y = PAD_TOP + lane * (g.laneH + LANE_GAP);
    box.hidden = false;
    box.style.transform = `translate(${x0 - 2}px, ${y - 2}px)`;
    box.style.width = `${w + 4}px`;
    box.style.height = `${g.laneH + 4}px`;
    const anchor = a.pointerX ?? x0 + w / 2;
    const tipW = tipEl.offsetWidth || 240;
    tipEl.style.left = `${Math.max(0, Math.min(g.cssW - tipW, anchor - tipW / 2))}px`;
    tipEl.style.top = `${y + g.laneH + 6}px`;
  }, [run]);

  const draw = useCallback(() => {
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx || cssW <= 0) return;
    const dpr = window.devicePixelRatio || 1;
    const n = run.tasks;
    const t0 = run.startedAt;
    const now = running ? performance.now() : Math.max(latestTime(run.live, n), t0);
    const extent = Math.max(1, now - t0, running ? expectedMs : 0);
    const plotW = Math.max(10, cssW - GUTTER - PAD_RIGHT);
    const devW = Math.max(1, Math.round(plotW * dpr));
    const devH = Math.max(1, Math.round(plotH * dpr));
    if (c.width !== Math.round(cssW * dpr) || c.height !== Math.round(cssH * dpr)) {
      c.width = Math.round(cssW * dpr);
      c.height = Math.round(cssH * dpr);
    }
    if (coverage.current.length !== laneCount || coverage.current[0]?.compute.length !== devW) {
      coverage.current = makeCoverage(laneCount, devW);
    }
    fillCoverage(run.live, n, { t0, msPerPx: extent / devW, width: devW }, now, coverage.current);

    // Pixels of the plot: per lane and column, blend track → waiting tint → compute colour, with
    // diagonal stripes for chunks in flight and a pale column where a wide task begins.
    if (pixels.current?.width !== devW || pixels.current.height !== devH) {
      pixels.current = ctx.createImageData(devW, devH); // reused: no 0.5 MB allocation per frame
    }
    const img = pixels.current;
    const px = new Uint32Array(img.data.buffer);
    px.fill(rgba(255, 255, 255));
    for (let lane = 0; lane < laneCount; lane++) {
      const cov = coverage.current[lane] as LaneCoverage;
      const [lr, lg, lb] = laneRgb(lane);
      // Waiting: the lane colour at 30% on white.
      const wr = 255 - 0.3 * (255 - lr);
      const wg = 255 - 0.3 * (255 - lg);
      const wb = 255 - 0.3 * (255 - lb);
      const y0 = Math.round(lane * (laneH + LANE_GAP) * dpr);
      const y1 = Math.min(devH, Math.round((lane * (laneH + LANE_GAP) + laneH) * dpr));
      for (let x = 0; x < devW; x++) {
        const a = Math.min(1, cov.compute[x] ?? 0);
        const w = Math.min(cov.waiting[x] ?? 0, 1 - a);
        const f = Math.min(cov.inflight[x] ?? 0, 1 - a - w);
        const rest = 1 - a - w - f;
        // Without stripes (in-flight share drawn white) …
        let r = TRACK[0] * rest + lr * a + wr * w + 255 * f;
        let g = TRACK[1] * rest + lg * a + wg * w + 255 * f;
        let b = TRACK[2] * rest + lb * a + wb * w + 255 * f;
        if (a > 0 && cov.edges[x] === 1) {
          r += (255 - r) * EDGE_LIGHTEN;
          g += (255 - g) * EDGE_LIGHTEN;
          b += (255 - b) * EDGE_LIGHTEN;
        }
        const off = rgba(r, g, b);
        // … and with (in-flight share in the lane colour), alternating in diagonal stripes.
        const on = f > 0 ? rgba(r + (lr - 255) * f, g + (lg - 255) * f, b + (lb - 255) * f) : off;
        let p = y0 * devW + x;
        for (let y = y0; y < y1; y++, p += devW) px[p] = (x + y) % 8 < 4 ? on : off;
      }
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, c.width, c.height);
    ctx.putImageData(img, Math.round(GUTTER * dpr), Math.round(PAD_TOP * dpr));

    // Labels, axis, ticks and the "now" line in CSS px.
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.font = '12px system-ui, sans-serif';
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    for (let lane = 0; lane < laneCount; lane++) {
      const y = PAD_TOP + lane * (laneH + LANE_GAP);
      const [r, g, b] = laneRgb(lane);
      ctx.fillStyle = `rgb(${r},${g},${b})`;
      ctx.fillRect(4, y + laneH / 2 - 5, 10, 10);
      ctx.fillStyle = '#1b1f24';
      ctx.fillText(laneName(lane, t), 19, y + laneH / 2);
    }
    const axisY = PAD_TOP + plotH + 4;
    ctx.strokeStyle = '#57606a';
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(GUTTER, axisY + 0.5);
    ctx.lineTo(GUTTER + plotW, axisY + 0.5);
    ctx.stroke();
    ctx.fillStyle = '#1b1f24';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    const marks = ticks(extent, Math.max(2, Math.floor(plotW / 90)));
    const step = (marks[1] ?? extent) - (marks[0] ?? 0);
    for (const m of marks) {
      const x = GUTTER + (m / extent) * plotW;
      ctx.beginPath();
      ctx.moveTo(Math.round(x) + 0.5, axisY);
      ctx.lineTo(Math.round(x) + 0.5, axisY + 5);
      ctx.stroke();
      ctx.fillText(formatFixed(m, step < 1 ? 2 : step < 10 ? 1 : 0, locale), x, axisY + 7);
    }
    ctx.fillStyle = '#57606a';
    ctx.fillText(t('ui.lanes.axis'), GUTTER + plotW / 2, axisY + 24);
    if (running && now - t0 < extent) {
      const x = Math.round(GUTTER + ((now - t0) / extent) * plotW) + 0.5;
      ctx.strokeStyle = '#1b1f24';
      ctx.setLineDash([3, 3]);
      ctx.beginPath();
      ctx.moveTo(x, PAD_TOP);
      ctx.lineTo(x, axisY);
      ctx.stroke();
      ctx.setLineDash([]);
    }
    // Where the lanes are, for tests that read the pixels back (CSS px).
    c.dataset.plotLeft = String(GUTTER);
    c.dataset.plotTop = String(PAD_TOP);
    c.dataset.lanePitch = String(laneH + LANE_GAP);
    c.dataset.laneHeight = String(laneH);
    geometry.current = { cssW, laneH, laneCount, plotW, t0, extent, now };
    place();
  }, [run, running, expectedMs, cssW, cssH, laneCount, laneH, plotH, place, t, locale]);

  // Live: poll the arrays once a frame; redraw only when a task started, ended or was sent, or (to
  // grow running bars to "now") every TIME_REDRAW_MS. Idle: draw once and stop.
  useEffect(() => {
    draw();
    if (!running) return;
    let raf = 0;
    let last: LiveCounts | null = countTasks(run.live, run.tasks);
    let lastDraw = performance.now();
    const frame = (t: number) => {
      const counts = countTasks(run.live, run.tasks);
      if (countsDiffer(last, counts) || t - lastDraw >= TIME_REDRAW_MS) {
        last = counts;
        lastDraw = t;
        draw();
      }
      raf = requestAnimationFrame(frame);
    };
    raf = requestAnimationFrame(frame);
    return () => cancelAnimationFrame(raf);
  }, [draw, running, run]);

  // A new repetition has other tasks: drop the tooltip.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the run changes
  useEffect(() => setActive(null), [run]);
  // useEffect, not layout: the tooltip's size is known after paint, and place() only moves it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: active is read through activeRef
  useEffect(() => place(), [active, place]);

  const lanesIndex = (): Int32Array[] => {
    const counts = countTasks(run.live, run.tasks);
    const cached = index.current;
    if (cached !== null && cached.run === run && !countsDiffer(cached.counts, counts)) return cached.byLane;
    const byLane = laneIndex(run.live, run.tasks, laneCount);
    index.current = { counts, run, byLane };
    return byLane;
  };

  const onMove = (e: MouseEvent<HTMLCanvasElement>) => {
    const g = geometry.current;
    if (g === null) return;
    const box = e.currentTarget.getBoundingClientRect();
    const x = e.clientX - box.left;
    const y = e.clientY - box.top - PAD_TOP;
    const lane = Math.floor(y / (g.laneH + LANE_GAP));
    const inRow = y >= 0 && y - lane * (g.laneH + LANE_GAP) <= g.laneH && lane < g.laneCount;
    const at = g.t0 + ((x - GUTTER) / g.plotW) * g.extent;
    const task =
      inRow && x >= GUTTER
        ? hitTest(run.live, lanesIndex(), lane, at, (HOVER_PX / g.plotW) * g.extent, g.now)
        : -1;
    if (task < 0) {
      if (active !== null && active.pointerX !== null) setActive(null);
    } else if (active?.task !== task || active.pointerX === null) {
      setActive({ task, pointerX: x });
    }
  };

  const onKey = (e: KeyboardEvent<HTMLCanvasElement>) => {
    if (e.key === 'Escape') {
      setActive(null);
      return;
    }
    if (!isStepKey(e.key)) return;
    e.preventDefault();
    const g = geometry.current;
    const task = stepFocus(run.live, lanesIndex(), active?.task ?? -1, e.key, g?.now ?? performance.now());
    setActive(task < 0 ? null : { task, pointerX: null });
  };

  let tipText: { title: string; lines: string[] } | null = null;
  if (active !== null) {
    const i = active.task;
    const s = run.live.starts[i] ?? 0;
    const e = run.live.ends[i] ?? 0;
    const sent = run.live.sent?.[i] ?? 0;
    const label = labelOf(i);
    const rel = (at: number) => formatMs(at - run.startedAt, locale);
    const task = t('ui.lanes.task', { i: String(i) });
    tipText = {
      title: label ? `${task} · ${label}` : task,
      lines: [
        laneName(run.live.lanes[i] ?? 0, t),
        e > 0
          ? t('ui.lanes.startEnd', { start: rel(s), end: rel(e), length: formatMs(e - s, locale) })
          : t('ui.lanes.stillRunning', { start: rel(s) }),
        ...(sent > 0 && s > sent
          ? [t('ui.lanes.chunkSent', { sent: rel(sent), wait: formatMs(s - sent, locale) })]
          : []),
      ],
    };
  }

  return (
    <div className="lanes" ref={wrap}>
      <canvas
        ref={canvas}
        className="lanes__canvas"
        style={{ width: cssW > 0 ? `${cssW}px` : '100%', height: `${cssH}px` }}
        role="img"
        aria-label={summary}
        aria-describedby={tipText ? tipId : undefined}
        tabIndex={0}
        onMouseMove={onMove}
        onMouseLeave={() => active?.pointerX != null && setActive(null)}
        onKeyDown={onKey}
        onBlur={() => active?.pointerX === null && setActive(null)}
      />
      <div className="lanes__focus" ref={focusBox} hidden aria-hidden="true" />
      <div
        className="lanes__tip"
        ref={tip}
        id={tipId}
        role="tooltip"
        aria-live="polite"
        hidden={tipText === null}
      >
        {tipText && (
          <>
            <strong>{tipText.title}</strong>
            {tipText.lines.map((l) => (
              <span key={l}>{l}</span>
            ))}
          </>
        )}
      </div>
    </div>
  );
});

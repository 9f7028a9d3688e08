import { memo, useEffect, useId, useRef, useState } from 'react';
import { BLOCKED_THRESHOLD_MS, frameVerdict } from '../engine/responsiveness';
import type { StrategyId } from '../engine/types';
import { strategyName, strategyShortName } from '../i18n/engine-text';
import { useLocale, useT } from '../i18n/react';
import { rich } from '../i18n/rich';
import type { Locale, Translate } from '../i18n/translate';
import { getStore } from '../store/store';
import { formatFrameMs, VERDICT_COLOURS, VERDICT_WORDS } from './frame-verdict';
import { VerdictSwatches } from './VerdictSwatches';
import './responsiveness.css';

// The page's pulse. Everything here is driven by requestAnimationFrame on the main thread, on
// purpose: a CSS animation (or a Web Animation of `transform`) runs on the compositor thread and
// keeps moving while the main thread is blocked, which would hide exactly the freeze this shows.
//
// What it costs, measured in headless Chromium on the 2-core machine (software compositing; browser
// CPU with the page otherwise idle): a bare requestAnimationFrame loop 10 % of a core (a run's
// frame sampler pays that anyway), a dot moved every frame 20 %, every other frame 16 %. With two
// busy workers on two cores that is taken from them, so: the dot moves at ~30 Hz (still smooth; a
// 50 ms stall is still a jump), the strip is painted 10 times a second and text 4 times, all on the
// dot's frames and through refs — no React state per frame — and between runs it sleeps. As built:
// +12 % of a core on top of the sampler, and a default Mandelbrot worker-pool run ~6 % slower than
// with the heartbeat paused (paired runs in one page). "Pause heartbeat" stops it entirely.

/** One back-and-forth of the dot, ms: fast enough that a 50 ms stall is a visible jump. */
const BOUNCE_MS = 1200;
/** The readout's text changes at most this often, ms (text layout per frame would compete with workers). */
const TEXT_INTERVAL_MS = 250;
/** "Frame gap now" is the longest gap in this trailing window, ms, so a freeze stays readable after it ends. */
const NOW_WINDOW_MS = 1000;
/** The strip sweeps across its width in this long, ms, overwriting its oldest columns (like an ECG). */
const SWEEP_MS = 12_000;
/** Gaps at least this long draw as full-height bars, ms. */
const STRIP_CAP_MS = 200;
/** Blank columns kept ahead of the sweep, CSS px, so the cursor is visible. */
const CURSOR_GAP_PX = 6;
/** Height of one row of strategy names at the top of the strip, CSS px; names alternate between two rows. */
const LABEL_ROW_PX = 13;
/**
 * The strip is painted at most this often, ms, from the frames queued meanwhile (the picture is the
 * same; a long gap is painted at once).
 */
const STRIP_INTERVAL_MS = 100;
/** The dot moves at most this often, ms: every other frame at 60 Hz (each moved frame costs CPU). */
const DOT_INTERVAL_MS = 25;
/** After a run (and after page load, or the pointer leaving the panel) the heartbeat keeps beating this long, ms, then sleeps. */
const LINGER_MS = 4000;
/** Frames the strip queues between paints (a flush is forced when full). */
const QUEUE = 64;
/** Frames remembered for the "now" window: enough for 1 s at 240 Hz. */
const RECENT = 256;

interface Marker {
  /** Page-clock time the strategy started, ms. */
  readonly t: number;
  readonly label: string;
  /** Label row: alternates, so neighbouring names do not collide. */
  readonly row: number;
}

/**
 * The frame-gap strip: an ECG-style sweep on a canvas, drawn incrementally — each frame paints
 * only the columns the clock advanced through (one bar as tall as the gap that just ended), so its
 * cost does not grow with history. A freeze shows as one wide full-height block once it ends.
 */
class GapStrip {
  readonly #canvas: HTMLCanvasElement;
  readonly #ctx: CanvasRenderingContext2D;
  #dpr = 1;
  #w = 0;
  #h = 0;
  /** Next column to paint, device px. */
  #col = 0;
  /** Longest gap not yet painted (the clock may not have advanced a whole column), ms. */
  #pending = 0;
  #markers: Marker[] = [];
  #marked = 0;
  readonly #times = new Float64Array(QUEUE);
  readonly #gaps = new Float64Array(QUEUE);
  #queued = 0;

  constructor(canvas: HTMLCanvasElement, ctx: CanvasRenderingContext2D) {
    this.#canvas = canvas;
    this.#ctx = ctx;
  }

  /**
   * Matches the backing store to the element's size (e.g. when a scrollbar appears), keeping what
   * was drawn: x is a fraction of the width, so stretching the old picture keeps it in place.
   */
  resize(now: number): void {
    const dpr = window.devicePixelRatio || 1;
    const w = Math.round(this.#canvas.clientWidth * dpr);
    const h = Math.round(this.#canvas.clientHeight * dpr);
    if (w === this.#w && h === this.#h && dpr === this.#dpr) return;
    let old: HTMLCanvasElement | null = null;
    if (this.#w > 0 && this.#h > 0 && w > 0 && h > 0) {
      old = document.createElement('canvas');
      old.width = this.#w;
      old.height = this.#h;
      old.getContext('2d')?.drawImage(this.#canvas, 0, 0);
    }
    this.#dpr = dpr;
    this.#w = w;
    this.#h = h;
    this.#canvas.width = w;
    this.#canvas.height = h;
    if (old !== null) this.#ctx.drawImage(old, 0, 0, w, h);
    this.#col = this.#x(now);
    this.#pending = 0;
  }

  /** A strategy started at `t`: a line and its name on the strip. */
  mark(t: number, label: string): void {
    this.#markers.push({ t, label, row: this.#marked++ % 2 });
  }

  /** A frame arrived at `now` after a gap of `gap` ms; drawn at the next flush(). */
  frame(now: number, gap: number): void {
    if (this.#queued === QUEUE) this.flush(now);
    this.#times[this.#queued] = now;
    this.#gaps[this.#queued] = gap;
    this.#queued++;
  }

  /** Draws the frames queued since the last flush, exactly as if each had been drawn at once. */
  flush(now: number): void {
    const n = this.#queued;
    this.#queued = 0;
    if (this.#w === 0 || this.#h === 0 || n === 0) return;
    for (let k = 0; k < n; k++) this.#advance(this.#times[k] as number, this.#gaps[k] as number);
    this.#markers = this.#markers.filter((m) => now - m.t < SWEEP_MS);
    const ahead = CURSOR_GAP_PX * this.#dpr;
    this.#ctx.clearRect(this.#col, 0, ahead, this.#h);
    if (this.#col + ahead > this.#w) this.#ctx.clearRect(0, 0, this.#col + ahead - this.#w, this.#h);
  }

  /** Paints the columns from the last painted one up to time `t`, as tall as `gap`. */
  #advance(t: number, gap: number): void {
    this.#pending = Math.max(this.#pending, gap);
    const target = this.#x(t);
    if (gap >= SWEEP_MS) this.#paint(0, this.#w, t);
    else if (target > this.#col) this.#paint(this.#col, target, t);
    else if (target < this.#col) {
      this.#paint(this.#col, this.#w, t);
      this.#paint(0, target, t);
    } else return; // less than one column since the last paint: keep the gap pending
    this.#col = target;
    this.#pending = 0;
  }

  #x(t: number): number {
    return Math.floor(((t % SWEEP_MS) / SWEEP_MS) * this.#w);
  }

  /** Repaints columns [a, b): the pending gap's bar, the 50 ms guide, markers and their labels. */
  #paint(a: number, b: number, now: number): void {
    if (b <= a) return;
    const ctx = this.#ctx;
    const dpr = this.#dpr;
    const row = LABEL_ROW_PX * dpr;
    const plot = this.#h - 2 * row;
    ctx.clearRect(a, 0, b - a, this.#h);
    const gap = this.#pending;
    const barH = Math.max(dpr, Math.round((Math.min(gap, STRIP_CAP_MS) / STRIP_CAP_MS) * plot));
    ctx.fillStyle = VERDICT_COLOURS[frameVerdict(gap)];
    ctx.fillRect(a, this.#h - barH, b - a, barH);
    ctx.fillStyle = 'rgba(27, 31, 36, 0.45)';
    ctx.fillRect(a, this.#h - Math.round((BLOCKED_THRESHOLD_MS / STRIP_CAP_MS) * plot), b - a, dpr);

    const live = this.#markers.filter((m) => now - m.t < SWEEP_MS);
    ctx.font = `${11 * dpr}px system-ui, sans-serif`;
    ctx.textBaseline = 'alphabetic';
    for (let i = 0; i < live.length; i++) {
      const m = live[i] as Marker;
      const xm = this.#x(m.t);
      const top = (m.row % 2) * row;
      // The line starts at its own name's row, so it never crosses the name in the row above.
      if (xm >= a && xm < b) {
        ctx.fillStyle = '#1b1f24';
        ctx.fillRect(xm, top, dpr, this.#h - top);
      }
      // Names alternate between two rows (short runs sit close together); each runs right from its
      // line up to the next line in its row. Only the part inside [a, b) is drawn now, the rest as
      // the sweep reaches it.
      const next = live[i + 2];
      const nx = next === undefined ? Number.POSITIVE_INFINITY : this.#x(next.t);
      const left = Math.max(a, xm + 3 * dpr);
      const right = Math.min(b, nx > xm ? nx - 2 * dpr : this.#w);
      if (right <= left) continue;
      ctx.save();
      ctx.beginPath();
      ctx.rect(left, top, right - left, row);
      ctx.clip();
      ctx.fillStyle = '#1b1f24';
      ctx.fillText(m.label, xm + 3 * dpr, top + row - 3 * dpr);
      ctx.restore();
    }
  }
}

/**
 * "Page heartbeat": a dot bouncing on animation frames (it stops when the main thread is blocked,
 * jerks when it yields now and then, glides when the work is on workers), a strip of recent frame
 * gaps, and a readout of the gap now and the longest this run.
 */
export const Heartbeat = memo(function Heartbeat() {
  const t = useT();
  const locale = useLocale();
  // The loop below lives as long as the panel; it reads the language through this ref, and
  // relabel() rewrites its text at once when the language changes (even while it sleeps).
  const words = useRef<{ t: Translate; locale: Locale }>({ t, locale });
  words.current = { t, locale };
  const titleId = useId();
  const trackRef = useRef<HTMLDivElement>(null);
  const dotRef = useRef<HTMLSpanElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const nowRef = useRef<HTMLElement>(null);
  const longestRef = useRef<HTMLElement>(null);
  const overRef = useRef<HTMLElement>(null);
  // Pause/resume reach into the loop below; React state only labels the button.
  const controlRef = useRef<{ pause(): void; resume(): void; relabel(): void } | null>(null);
  const [paused, setPaused] = useState(false);
  // The loop owns this text after mount; React renders only the first, so it never overwrites it.
  const [firstLongest] = useState(() => t('ui.heartbeat.noRun'));

  useEffect(() => {
    const track = trackRef.current;
    const dot = dotRef.current;
    const canvas = canvasRef.current;
    const nowEl = nowRef.current;
    const longestEl = longestRef.current;
    const overEl = overRef.current;
    if (!track || !dot || !canvas || !nowEl || !longestEl || !overEl) return;
    const ctx = canvas.getContext('2d');
    const strip = ctx === null ? null : new GapStrip(canvas, ctx);
    const store = getStore();

    const motion = window.matchMedia('(prefers-reduced-motion: reduce)');
    let reduced = motion.matches;
    const onMotion = () => {
      reduced = motion.matches;
      if (reduced) dot.style.transform = '';
    };
    motion.addEventListener('change', onMotion);

    // Layout is read only on resize, never per frame.
    let travel = 0;
    const resize = new ResizeObserver(() => {
      travel = Math.max(0, track.clientWidth - dot.offsetWidth);
      strip?.resize(performance.now());
    });
    resize.observe(track);
    resize.observe(canvas);

    // The run in flight (or the last one): its longest gap, and which strategy was running then.
    let active = store.getState().status !== 'idle';
    let ran = active;
    let longest = 0;
    let longestBy: StrategyId | null = null;
    let over50 = 0;
    let current = store.getState().current;
    let textDirty = true;
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.status !== 'idle' && prev.status === 'idle') {
        active = true;
        ran = true;
        longest = 0;
        longestBy = null;
        over50 = 0;
        textDirty = true;
        wake();
      }
      if (s.status === 'idle' && prev.status !== 'idle') awakeUntil = performance.now() + LINGER_MS;
      if (s.current !== null && s.current !== prev.current) {
        strip?.mark(performance.now(), strategyShortName(words.current.t, s.current));
      }
      current = s.current ?? current;
    });

    // A hidden tab gets no frames; its gap is the tab's absence, not a blocked thread.
    let resumed = false;
    const onVisibility = () => {
      if (document.visibilityState === 'visible') resumed = true;
    };
    document.addEventListener('visibilitychange', onVisibility);

    // Awake during runs, for LINGER_MS after, and while the pointer is over the panel; paused only
    // by the button. Asleep, nothing is scheduled at all.
    let userPaused = false;
    let hovering = false;
    let awakeUntil = performance.now() + LINGER_MS;
    const panel = track.closest('section') ?? track;
    const onEnter = () => {
      hovering = true;
      wake();
    };
    const onLeave = () => {
      hovering = false;
      awakeUntil = performance.now() + LINGER_MS;
    };
    panel.addEventListener('pointerenter', onEnter);
    panel.addEventListener('pointerleave', onLeave);

    const times = new Float64Array(RECENT);
    const gaps = new Float64Array(RECENT);
    let head = 0;
    let prev = performance.now();
    let lastText = Number.NEGATIVE_INFINITY;
    let lastStrip = Number.NEGATIVE_INFINITY;
    let lastDot = Number.NEGATIVE_INFINITY;
    let raf = 0;

    // Assigning equal text still costs a layout; skip it.
    const setText = (el: HTMLElement, text: string) => {
      if (el.textContent !== text) el.textContent = text;
    };
    // "12.5 ms · smooth": the figure and its verdict in words.
    const judged = (ms: number) => {
      const { t: tr, locale: loc } = words.current;
      return `${formatFrameMs(ms, loc)} · ${tr(VERDICT_WORDS[frameVerdict(ms)])}`;
    };
    const writeText = (now: number) => {
      const tr = words.current.t;
      let worst = 0;
      for (let k = 0; k < RECENT; k++) {
        if (now - (times[k] as number) <= NOW_WINDOW_MS) worst = Math.max(worst, gaps[k] as number);
      }
      const verdict = frameVerdict(worst);
      if (asleep === null) setText(nowEl, judged(worst));
      if (track.dataset.verdict !== verdict) track.dataset.verdict = verdict;
      if (!ran) {
        setText(longestEl, tr('ui.heartbeat.noRun'));
        setText(overEl, '—');
      } else if (longest === 0) {
        setText(longestEl, tr('ui.heartbeat.measuring'));
        setText(overEl, '0');
      } else {
        const by =
          longestBy === null ? '' : tr('ui.heartbeat.during', { strategy: strategyName(tr, longestBy) });
        setText(longestEl, `${judged(longest)}${by}`);
        setText(overEl, String(over50));
      }
    };

    const tick = () => {
      const now = performance.now();
      const gap = resumed ? 0 : now - prev;
      resumed = false;
      prev = now;
      times[head] = now;
      gaps[head] = gap;
      head = (head + 1) % RECENT;
      if (active) {
        if (gap > longest) {
          longest = gap;
          longestBy = store.getState().current ?? current;
        }
        if (gap > BLOCKED_THRESHOLD_MS) over50++;
        // The gap that ends with the run still counts; then the run is over.
        if (store.getState().status === 'idle') active = false;
      }
      strip?.frame(now, gap);
      // Every visible change makes the browser produce a frame, so all changes share the dot's
      // frames. A long gap is shown at once: the freeze should appear the moment the page paints.
      const long = gap > BLOCKED_THRESHOLD_MS;
      if (long || now - lastDot >= DOT_INTERVAL_MS) {
        lastDot = now;
        if (!reduced) {
          const phase = (now % BOUNCE_MS) / BOUNCE_MS;
          dot.style.transform = `translateX(${(travel * (1 - Math.abs(2 * phase - 1))).toFixed(1)}px)`;
        }
        if (strip !== null && (long || now - lastStrip >= STRIP_INTERVAL_MS)) {
          lastStrip = now;
          strip.flush(now);
        }
        if (textDirty || long || now - lastText >= TEXT_INTERVAL_MS) {
          lastText = now;
          textDirty = false;
          writeText(now);
        }
      }
      if (active || hovering || now < awakeUntil) raf = requestAnimationFrame(tick);
      else sleep('ui.heartbeat.asleep');
    };
    // Why the loop sleeps (its text replaces the "now" figure), or null while it beats.
    let asleep: 'ui.heartbeat.asleep' | 'ui.heartbeat.paused' | null = null;
    const sleep = (why: 'ui.heartbeat.asleep' | 'ui.heartbeat.paused') => {
      cancelAnimationFrame(raf);
      raf = 0;
      strip?.flush(performance.now());
      asleep = why;
      setText(nowEl, words.current.t(why));
    };
    // The first frame after waking measures from now: if the main thread is blocked right away (a
    // main-thread run starting), that whole freeze is the first gap.
    function wake() {
      if (raf !== 0 || userPaused) return;
      asleep = null;
      prev = performance.now();
      raf = requestAnimationFrame(tick);
    }
    wake();
    controlRef.current = {
      pause() {
        userPaused = true;
        sleep('ui.heartbeat.paused');
      },
      relabel() {
        writeText(performance.now());
        if (asleep !== null) setText(nowEl, words.current.t(asleep));
      },
      resume() {
        userPaused = false;
        awakeUntil = performance.now() + LINGER_MS;
        wake();
      },
    };

    return () => {
      controlRef.current = null;
      cancelAnimationFrame(raf);
      unsubscribe();
      resize.disconnect();
      motion.removeEventListener('change', onMotion);
      document.removeEventListener('visibilitychange', onVisibility);
      panel.removeEventListener('pointerenter', onEnter);
      panel.removeEventListener('pointerleave', onLeave);
    };
  }, []);

  // A language switch: rewrite the loop's text now rather than at its next beat (it may sleep).
  // biome-ignore lint/correctness/useExhaustiveDependencies: t is read through `words`; it is the trigger
  useEffect(() => controlRef.current?.relabel(), [t]);

  return (
    <section className="panel heartbeat" aria-labelledby={titleId}>
      <div className="heartbeat__head">
        <h2 id={titleId}>{t('ui.heartbeat.title')}</h2>
        <button
          type="button"
          className="heartbeat__pause"
          aria-pressed={paused}
          onClick={() => {
            if (paused) controlRef.current?.resume();
            else controlRef.current?.pause();
            setPaused(!paused);
          }}
        >
          {t('ui.heartbeat.pause')}
        </button>
      </div>
      <p className="heartbeat__hint">
        {rich(t('ui.heartbeat.hint'), {
          stops: <strong>{t('ui.heartbeat.stops')}</strong>,
          jerks: <strong>{t('ui.heartbeat.jerks')}</strong>,
          glides: <strong>{t('ui.heartbeat.glides')}</strong>,
        })}
        <span className="heartbeat__reduced"> {t('ui.heartbeat.reduced')}</span>
      </p>
      <div className="heartbeat__track" ref={trackRef} role="img" aria-label={t('ui.heartbeat.track')}>
        <span className="heartbeat__dot" ref={dotRef} />
      </div>
      <canvas
        className="heartbeat__strip"
        ref={canvasRef}
        role="img"
        aria-label={t('ui.heartbeat.strip', {
          s: SWEEP_MS / 1000,
          cap: STRIP_CAP_MS,
          budget: BLOCKED_THRESHOLD_MS,
        })}
      />
      <div className="heartbeat__legend" aria-hidden="true">
        <span>
          {t('ui.heartbeat.legend', { s: SWEEP_MS / 1000, cap: STRIP_CAP_MS, budget: BLOCKED_THRESHOLD_MS })}
        </span>
        <VerdictSwatches />
      </div>
      <dl className="heartbeat__readout">
        <div title={t('ui.heartbeat.nowTitle', { s: NOW_WINDOW_MS / 1000 })}>
          <dt>{t('ui.heartbeat.now')}</dt>
          <dd ref={nowRef}>—</dd>
        </div>
        <div title={t('ui.heartbeat.longestTitle')}>
          <dt>{t('ui.heartbeat.longest')}</dt>
          <dd ref={longestRef}>{firstLongest}</dd>
        </div>
        <div title={t('ui.heartbeat.overTitle', { budget: BLOCKED_THRESHOLD_MS })}>
          <dt>{t('ui.heartbeat.over', { budget: BLOCKED_THRESHOLD_MS })}</dt>
          <dd ref={overRef}>—</dd>
        </div>
      </dl>
    </section>
  );
});

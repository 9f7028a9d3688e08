import type { Fault } from '../engine/types';
import { isoSeconds, MAX_BINS, MAX_LANES, MAX_SAMPLES, type SharedView } from './share-view';

// The compact JSON inside a v1 link (docs/permalink.md, "The v1 payload"). One-letter keys; times
// as whole hundredths of a ms; lane rows as hex strings. This meaning is frozen: a v1 link decodes
// the same way in every later version of the app (the golden vectors in fixtures/ guard it).
//
// pack() writes it from a view; unpack() only renames fields back to the SharedView shape and never
// judges a value: every check lives in restoreView(), the one gate for links and files.

/** Setup: workload, params by ParamSpec.key, selected strategy, workers, chunk size, order, yield, repetitions, fault. */
export interface WireSetupV1 {
  w: string;
  p: Record<string, number>;
  t: string;
  k: number;
  c: number;
  /** 's' submission, 'c' completion. */
  o: 's' | 'c';
  y: number;
  r: number;
  /** [task, 't' throw | 'c' crash]; absent = no fault. */
  f?: [number, 't' | 'c'];
}

/** One strategy's result. */
export interface WireResultV1 {
  t: string;
  k: number;
  c: number;
  /** Samples in hundredths of a ms. */
  s: number[];
  /** 1 verified, 0 not. */
  v: 0 | 1;
  h: string;
  a: string;
  /** Responsiveness: [longestFrame, frames, framesOver50, totalBlocked, longTasks, longestTask], ms figures in hundredths. */
  q?: [number, number, number, number, number, number];
  /** Lanes: d duration (hundredths of a ms), b bins, z one hex row per lane (one digit per bin, 0..f). */
  l?: { d: number; b: number; z: string[] };
}

/** A whole v1 payload. */
export interface WireV1 {
  s: WireSetupV1;
  /** Environment: c cores, i cross-origin isolated (1/0), t timer resolution (ns), b browser, d date (Unix seconds, 0 = unknown). */
  e: { c: number; i: 0 | 1; t: number; b: string; d: number };
  r: WireResultV1[];
  /** 1 when lane detail was reduced to fit the size limit. */
  d?: 1;
}

const HEX = '0123456789abcdef';
const hundredths = (ms: number) => Math.round(ms * 100);

/** The wire form of a view (the view is assumed valid: made by viewFromResults or restoreView). */
export function packV1(view: SharedView): WireV1 {
  const s = view.setup;
  const setup: WireSetupV1 = {
    w: s.workload,
    p: { ...s.params },
    t: s.strategy,
    k: s.workers,
    c: s.chunkSize,
    o: s.order === 'completion' ? 'c' : 's',
    y: s.yieldIntervalMs,
    r: s.repetitions,
  };
  if (s.fault !== null) setup.f = [s.fault.task, s.fault.kind === 'crash' ? 'c' : 't'];
  const date = Date.parse(view.env.date);
  const wire: WireV1 = {
    s: setup,
    e: {
      c: view.env.cores,
      i: view.env.crossOriginIsolated ? 1 : 0,
      t: Math.round(view.env.timerResolutionMs * 1e6),
      b: view.env.browser,
      d: Number.isFinite(date) ? Math.floor(date / 1000) : 0,
    },
    r: view.results.map((r) => {
      const out: WireResultV1 = {
        t: r.strategy,
        k: r.workers,
        c: r.chunkSize,
        s: r.samples.map(hundredths),
        v: r.verified ? 1 : 0,
        h: r.fingerprint,
        a: r.answerText,
      };
      const q = r.responsiveness;
      if (q !== null) {
        out.q = [
          hundredths(q.longestFrameMs),
          q.frames,
          q.framesOver50,
          hundredths(q.totalBlockedMs),
          q.longTasks,
          hundredths(q.longestTaskMs),
        ];
      }
      if (r.lanes !== null) {
        out.l = {
          d: hundredths(r.lanes.durationMs),
          b: r.lanes.bins,
          z: r.lanes.busy.map((row) => row.map((v) => HEX[v] ?? '0').join('')),
        };
      }
      return out;
    }),
  };
  if (view.downsampled) wire.d = 1;
  return wire;
}

// ---- unpack: renaming only; restoreView() judges every value ----

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** An own property only: a payload's "constructor" or "__proto__" is data, never the prototype's. */
const get = (o: Record<string, unknown>, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);

/** x ÷ d for numbers; anything else passes through untouched for restoreView to reject. */
const scaled = (x: unknown, d: number): unknown => (typeof x === 'number' ? x / d : x);

/** The first `cap + 1` items mapped (one past the cap, so restoreView can tell that it was exceeded). */
function capped(x: unknown, cap: number, f: (v: unknown) => unknown): unknown {
  return Array.isArray(x) ? x.slice(0, cap + 1).map(f) : x;
}

function hexRow(x: unknown): unknown {
  if (typeof x !== 'string') return x;
  const row: number[] = [];
  for (const ch of x.slice(0, MAX_BINS + 1)) row.push(HEX.indexOf(ch) >= 0 ? HEX.indexOf(ch) : Number.NaN);
  return row;
}

function unpackFault(f: unknown): unknown {
  if (!Array.isArray(f)) return f === undefined ? null : f;
  const kind = f[1] === 'c' ? 'crash' : f[1] === 't' ? 'throw' : f[1];
  return { task: f[0], kind } satisfies Record<keyof Fault, unknown>;
}

function unpackResult(r: unknown): unknown {
  if (!isRecord(r)) return r;
  const q = get(r, 'q');
  const l = get(r, 'l');
  const v = get(r, 'v');
  return {
    strategy: get(r, 't'),
    workers: get(r, 'k'),
    chunkSize: get(r, 'c'),
    samples: capped(get(r, 's'), MAX_SAMPLES, (x) => scaled(x, 100)),
    verified: v === 1 ? true : v === 0 ? false : v,
    fingerprint: get(r, 'h'),
    answerText: get(r, 'a'),
    responsiveness: Array.isArray(q)
      ? {
          longestFrameMs: scaled(q[0], 100),
          frames: q[1],
          framesOver50: q[2],
          totalBlockedMs: scaled(q[3], 100),
          longTasks: q[4],
          longestTaskMs: scaled(q[5], 100),
        }
      : (q ?? null),
    lanes: isRecord(l)
      ? {
          durationMs: scaled(get(l, 'd'), 100),
          bins: get(l, 'b'),
          busy: capped(get(l, 'z'), MAX_LANES, hexRow),
        }
      : (l ?? null),
  };
}

/** A parsed v1 payload in the SharedView shape, values unjudged (restoreView's input). */
export function unpackV1(w: unknown): unknown {
  if (!isRecord(w)) return w;
  const s = get(w, 's');
  const e = get(w, 'e');
  const order = isRecord(s) ? get(s, 'o') : undefined;
  const i = isRecord(e) ? get(e, 'i') : undefined;
  const d = isRecord(e) ? get(e, 'd') : undefined;
  return {
    version: 1,
    setup: isRecord(s)
      ? {
          workload: get(s, 'w'),
          params: get(s, 'p'),
          strategy: get(s, 't'),
          workers: get(s, 'k'),
          chunkSize: get(s, 'c'),
          order: order === 'c' ? 'completion' : order === 's' ? 'submission' : order,
          yieldIntervalMs: get(s, 'y'),
          repetitions: get(s, 'r'),
          fault: unpackFault(get(s, 'f')),
        }
      : s,
    env: isRecord(e)
      ? {
          cores: get(e, 'c'),
          crossOriginIsolated: i === 1 ? true : i === 0 ? false : i,
          timerResolutionMs: scaled(get(e, 't'), 1e6),
          browser: get(e, 'b'),
          date: d === 0 ? '' : typeof d === 'number' ? isoSeconds(new Date(d * 1000)) : d,
        }
      : e,
    results: capped(get(w, 'r'), 16, unpackResult),
    downsampled: get(w, 'd') === 1,
  };
}

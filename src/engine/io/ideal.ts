// The ideal time of each strategy, from the model (n, c, L, jitter, batch, limits, cores), and the
// book's figures to compare with. docs/io-lab.md derives every formula.
import type { IoSetup, IoStrategyId } from './types';

/** High Performance Python (2nd ed., ch. 8): the experiment and its published ratios. */
export const BOOK = {
  difficulty: 8,
  items: 600,
  latencyMs: 100,
  concurrency: 100,
  /** Fully async was 7.3× faster than serial. */
  serialOverAsync: 7.3,
  /** Fully async finished its I/O 2× faster than batched. */
  batchedIoOverAsyncIo: 2,
} as const;

/** serial ÷ async for many items: n(c + L) / (n·c + L) → (c + L) / c. The book's 7.3× at L = 100 ms means c ≈ 16 ms. */
export function predictedSerialOverAsync(costMs: number, latencyMs: number): number {
  return costMs > 0 ? (costMs + latencyMs) / costMs : Number.POSITIVE_INFINITY;
}

/** serial ÷ async for exactly n items: n(c + L) / (n·c + L) (the finite-n form of the above). */
export function predictedSerialOverAsyncAt(items: number, costMs: number, latencyMs: number): number {
  const async = items * costMs + latencyMs;
  return async > 0 ? (items * (costMs + latencyMs)) / async : Number.NaN;
}

/** The task cost c that makes serial ÷ async equal `ratio` at latency L: c = L / (ratio − 1), ms. */
export function costForRatio(ratio: number, latencyMs: number): number {
  return latencyMs / (ratio - 1);
}

/** Workers the hybrid starts: the setting, or one per core when it is 0. */
export function hybridWorkers(workers: number, cores: number): number {
  return workers > 0 ? workers : Math.max(1, cores);
}

/** CPU lanes that can run at once: the hybrid's workers, at most the cores (W in the formulas). */
export function effectiveWorkers(workers: number, cores: number): number {
  return Math.max(1, Math.min(hybridWorkers(workers, cores), Math.max(1, cores)));
}

/** An ideal time and the formula it came from (symbols: n, c, L, J, b, k, cap, W; L̄ = L + J/2). */
export interface Ideal {
  readonly ms: number;
  readonly formula: string;
}

/**
 * The model's time for a strategy, ms. With jitter 0 each is a lower bound that holds by
 * construction; with jitter J a request takes L + U[0, J), so the model uses the mean L̄ = L + J/2,
 * and a group of g requests awaited together waits for the slowest: L + J·g/(g + 1) on average.
 * `costMs` is the measured task cost c (ignored for I/O only); `cores` the machine's cores.
 */
export function idealMs(strategy: IoStrategyId, setup: IoSetup, costMs: number | null, cores: number): Ideal {
  const n = setup.items;
  const { latencyMs: L, jitterMs: J, capacity: cap } = setup.server;
  const mixed = setup.kind === 'mixed';
  const c = mixed ? Math.max(0, costMs ?? 0) : 0;
  const Lbar = L + J / 2;
  const Ls = J > 0 ? 'L̄' : 'L';
  const m = Math.max(1, Math.min(setup.concurrency, cap));
  const slowest = (g: number) => L + (J * g) / (g + 1);
  /** g requests sent together to a server that serves `cap` at once: ⌈g/cap⌉ waves, each waiting for its slowest. */
  const group = (g: number) => Math.ceil(g / cap) * slowest(Math.min(g, cap));

  switch (strategy) {
    case 'serial':
      return mixed ? { ms: n * (c + Lbar), formula: `n·(c + ${Ls})` } : { ms: n * Lbar, formula: `n·${Ls}` };
    case 'batched': {
      const b = Math.max(1, setup.batchSize);
      const full = Math.floor(n / b);
      const rest = n - full * b;
      const io = full * group(b) + (rest > 0 ? group(rest) : 0);
      const waves = b > cap ? '·⌈b/cap⌉' : '';
      const wait = J > 0 ? 'L_max(b)' : 'L';
      return {
        ms: n * c + io,
        formula: `${mixed ? 'n·c + ' : ''}⌈n/b⌉${waves}·${wait}`,
      };
    }
    case 'async': {
      // m = min(k, cap) requests in flight; with jitter a steady pipeline moves n·L̄/m, never less
      // than one (slowest) request when everything fits in one wave.
      const io = n <= m ? slowest(n) : Math.ceil(n / m) * Lbar;
      if (!mixed) return { ms: io, formula: n <= m ? 'L_max(n)' : `⌈n/min(k, cap)⌉·${Ls}` };
      return {
        ms: Math.max(n * c + Lbar, c + io),
        formula: `max(n·c + ${Ls}, c + ⌈n/min(k, cap)⌉·${Ls})`,
      };
    }
    case 'hybrid': {
      const W = effectiveWorkers(setup.workers, cores);
      const io = n <= m ? slowest(n) : Math.ceil(n / m) * Lbar;
      return {
        ms: Math.max(Math.ceil(n / W) * c + Lbar, c + io),
        formula: `max(⌈n/W⌉·c + ${Ls}, c + ⌈n/min(k, cap)⌉·${Ls})`,
      };
    }
  }
}

/** A measured strategy as the book comparison needs it (ms). */
export interface BookRow {
  readonly strategy: IoStrategyId;
  readonly median: number;
  /** Time attributable to I/O: total − CPU on the critical path. */
  readonly ioMs: number;
}

/** Our ratios beside the book's; NaN where a strategy has not been measured. */
export interface BookComparison {
  readonly serialOverAsync: number;
  readonly serialOverHybrid: number;
  readonly batchedIoOverAsyncIo: number;
  /** (c + L) / c with the measured c: what the formula predicts for many items. */
  readonly predictedSerialOverAsync: number;
  /** n(c + L) / (n·c + L): the prediction for this many items. */
  readonly predictedAtItems: number;
  readonly book: typeof BOOK;
}

/** Our serial ÷ async, serial ÷ hybrid and batched-I/O ÷ async-I/O beside the book's figures. */
export function compareWithBook(
  rows: readonly BookRow[],
  costMs: number | null,
  setup: Pick<IoSetup, 'items' | 'server'>,
): BookComparison {
  const get = (id: IoStrategyId) => rows.find((r) => r.strategy === id);
  const ratio = (a: number | undefined, b: number | undefined) =>
    a !== undefined && b !== undefined && b > 0 ? a / b : Number.NaN;
  const L = setup.server.latencyMs + setup.server.jitterMs / 2;
  return {
    serialOverAsync: ratio(get('serial')?.median, get('async')?.median),
    serialOverHybrid: ratio(get('serial')?.median, get('hybrid')?.median),
    batchedIoOverAsyncIo: ratio(get('batched')?.ioMs, get('async')?.ioMs),
    predictedSerialOverAsync: costMs === null ? Number.NaN : predictedSerialOverAsync(costMs, L),
    predictedAtItems: costMs === null ? Number.NaN : predictedSerialOverAsyncAt(setup.items, costMs, L),
    book: BOOK,
  };
}

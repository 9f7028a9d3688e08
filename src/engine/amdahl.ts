// Scaling models: the ideal speedup on a machine with a fixed number of cores, Amdahl's law, and a
// least-squares estimate of the serial fraction from measured speedups. Pure; no DOM.

/** One measured point of a scaling sweep: `speedup` = baseline time ÷ time with `workers` workers. */
export interface SpeedupPoint {
  readonly workers: number;
  readonly speedup: number;
}

/** The fitted serial fraction and what it implies. */
export interface AmdahlFit {
  /** Estimated serial fraction s, in [0, 1]. */
  readonly serialFraction: number;
  /** 1 / s: the speedup no number of cores can beat (Infinity when s = 0). */
  readonly maxSpeedup: number;
  /** 'low': the data wanted s < 0 (superlinear), 'high': s > 1 (slower than serial); else 'none'. */
  readonly clamped: 'none' | 'low' | 'high';
  /** Points that informed the fit: finite, positive, and run on more than one core. */
  readonly pointsUsed: number;
  /** Root-mean-square error of the fitted speedup over the usable points (× units). */
  readonly rmse: number;
}

/** Cores as a usable count: a whole number ≥ 1 (a privacy mode may report 0 or nothing). */
function coreCount(cores: number): number {
  return Number.isFinite(cores) && cores >= 1 ? Math.floor(cores) : 1;
}

/** Cores the work can actually use: workers beyond the core count take turns, they add no speed. */
export function effectiveCores(workers: number, cores: number): number {
  return Math.max(1, Math.min(workers, coreCount(cores)));
}

/** The ideal speedup with `workers` workers on `cores` cores: min(workers, cores). */
export function idealSpeedup(workers: number, cores: number): number {
  return effectiveCores(workers, cores);
}

/** The ideal time in ms: the baseline's time shared perfectly across the usable cores. */
export function idealTimeMs(baselineMs: number, workers: number, cores: number): number {
  return baselineMs / idealSpeedup(workers, cores);
}

/** Amdahl's law: S = 1 / (s + (1 − s) / p) with p = min(workers, cores). */
export function amdahlSpeedup(serialFraction: number, workers: number, cores: number): number {
  const p = effectiveCores(workers, cores);
  return 1 / (serialFraction + (1 - serialFraction) / p);
}

/**
 * Least-squares estimate of Amdahl's serial fraction s from measured speedups.
 *
 * Amdahl's law in time rather than speedup is linear in s:
 *   T(p) / T(1) = 1 / S = s + (1 − s) / p   ⇔   (1/S − 1/p) = s · (1 − 1/p),
 * so with x = 1 − 1/p and y = 1/S − 1/p, minimising Σ (y − s·x)² — the squared error of the
 * normalised run times, which is what the stopwatch measured — has the closed form s = Σxy / Σx².
 * The objective is a convex parabola in s, so clamping that minimum to [0, 1] is the constrained
 * least-squares minimum. Points on one core (x = 0) carry no information about s; points with a
 * non-finite or non-positive speedup or worker count are ignored. Returns null when nothing is left.
 */
export function fitAmdahl(points: readonly SpeedupPoint[], cores: number): AmdahlFit | null {
  const usable = points.filter(
    (q) => Number.isFinite(q.workers) && q.workers >= 1 && Number.isFinite(q.speedup) && q.speedup > 0,
  );
  let sxy = 0;
  let sxx = 0;
  let informative = 0;
  for (const q of usable) {
    const p = effectiveCores(q.workers, cores);
    const x = 1 - 1 / p;
    if (x <= 0) continue;
    sxy += x * (1 / q.speedup - 1 / p);
    sxx += x * x;
    informative++;
  }
  if (informative === 0) return null;
  const raw = sxy / sxx;
  const s = Math.min(1, Math.max(0, raw));
  let sq = 0;
  for (const q of usable) sq += (amdahlSpeedup(s, q.workers, cores) - q.speedup) ** 2;
  return {
    serialFraction: s,
    maxSpeedup: s > 0 ? 1 / s : Number.POSITIVE_INFINITY,
    clamped: raw < 0 ? 'low' : raw > 1 ? 'high' : 'none',
    pointsUsed: informative,
    rmse: Math.sqrt(sq / usable.length),
  };
}

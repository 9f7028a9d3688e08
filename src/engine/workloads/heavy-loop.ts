import type { Params, Workload } from '../types';

/** The closed form of the kernel: x·n(n−1)/2 modulo 2³⁰. */
export function heavyLoopExpected(x: number, n: number): number {
  const big = (BigInt(x) * BigInt(n) * BigInt(Math.max(0, n - 1))) / 2n;
  return Number(BigInt.asUintN(30, big));
}

/**
 * The loop itself: sum of i·x for i below n, modulo 2³⁰ so the answer is exact. Why 2³⁰ and not
 * 2³²: V8 stores integers below 2³⁰ as Smis; a running sum that left that range made
 * Maglev-compiled code deoptimise over and over ("not a Smi"), 10× slower on whichever thread it hit.
 */
export function heavyLoop(x: number, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s = (s + Math.imul(i, x)) & 0x3fffffff;
  return s;
}

// Equal-sized tasks: the classic "one process vs a Pool of 4" comparison.
export const heavyLoopWorkload: Workload = {
  id: 'heavy-loop',
  name: 'Heavy loop',
  summary: 'For each input x = 1…tasks, sum i·x for i below n. Every task costs the same.',
  python: 'def heavy(x, n):\n    total = 0\n    for i in range(n):\n        total += i * x\n    return total',
  params: [
    {
      key: 'tasks',
      label: 'Tasks',
      min: 1,
      max: 50_000,
      default: 16,
      integer: true,
      help: 'How many inputs x; one task each.',
    },
    {
      key: 'n',
      label: 'Iterations per task',
      min: 1,
      max: 1_000_000_000,
      default: 20_000_000,
      integer: true,
      help: 'Loop length n; about 1 ns per iteration on a laptop core. Sums are kept modulo 2³⁰.',
    },
  ],
  crossCheck(p) {
    const total = (p.tasks ?? 0) * (p.n ?? 0);
    return total > 20_000_000_000
      ? ['Tasks × iterations is above 20 billion (minutes of work); make one of them smaller.']
      : [];
  },
  taskCount: (p) => p.tasks ?? 0,
  resultWidth: () => 1,
  taskLabel: (p, i) => `heavy(x=${i + 1}, n=${p.n ?? 0})`,
  kernel(p: Params, i, out, offset) {
    out[offset] = heavyLoop(i + 1, p.n ?? 0);
  },
  verify(p, results) {
    const n = p.n ?? 0;
    let answer = 0;
    for (let i = 0; i < results.length; i++) {
      const got = results[i] ?? Number.NaN;
      const want = heavyLoopExpected(i + 1, n);
      if (got !== want) {
        return { ok: false, answer: Number.NaN, detail: `task ${i}: got ${got}, expected ${want}` };
      }
      answer += got;
    }
    return { ok: true, answer, detail: `all ${results.length} sums match x·n(n−1)/2 (mod 2³⁰)` };
  },
  formatAnswer: (a) => `Σ = ${a.toLocaleString('en-US')}`,
};

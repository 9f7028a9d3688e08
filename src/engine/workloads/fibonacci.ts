import type { Workload } from '../types';

/** Naive recursive Fibonacci: exponential on purpose, so tasks differ wildly in cost. */
export function fibRecursive(n: number): number {
  return n < 2 ? n : fibRecursive(n - 1) + fibRecursive(n - 2);
}

/** Linear-time Fibonacci, the verifier's reference. */
export function fibIterative(n: number): number {
  let a = 0;
  let b = 1;
  for (let i = 0; i < n; i++) [a, b] = [b, a + b];
  return a;
}

const argOf = (p: Readonly<Record<string, number>>, i: number) => (p.first ?? 0) + i * (p.step ?? 0);

/** Largest argument allowed: fib(42) already takes seconds on one core. */
export const FIB_MAX_ARG = 42;

export const fibonacciWorkload: Workload = {
  id: 'fibonacci',
  name: 'Fibonacci',
  summary: 'Naive recursive fib over first, first+step, … Each task costs ~1.6× the one before.',
  python: 'def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)',
  params: [
    {
      key: 'first',
      label: 'First n',
      min: 1,
      max: FIB_MAX_ARG,
      default: 20,
      integer: true,
      help: 'Argument of the first task.',
    },
    {
      key: 'step',
      label: 'Step',
      min: 0,
      max: 10,
      default: 2,
      integer: true,
      help: 'Added to n for each next task.',
    },
    {
      key: 'count',
      label: 'Tasks',
      min: 1,
      max: 200,
      default: 10,
      integer: true,
      help: 'How many fib calls.',
    },
  ],
  crossCheck(p) {
    const last = argOf(p, (p.count ?? 1) - 1);
    return last > FIB_MAX_ARG
      ? [`The last task would be fib(${last}); keep first + step × (tasks − 1) ≤ ${FIB_MAX_ARG}.`]
      : [];
  },
  taskCount: (p) => p.count ?? 0,
  resultWidth: () => 1,
  taskLabel: (p, i) => `fib(${argOf(p, i)})`,
  kernel(p, i, out, offset) {
    out[offset] = fibRecursive(argOf(p, i));
  },
  verify(p, results) {
    let answer = 0;
    for (let i = 0; i < results.length; i++) {
      const want = fibIterative(argOf(p, i));
      if (results[i] !== want) {
        return {
          ok: false,
          answer: Number.NaN,
          detail: `fib(${argOf(p, i)}): got ${results[i]}, expected ${want}`,
        };
      }
      answer += want;
    }
    return { ok: true, answer, detail: `all ${results.length} values match iterative fib` };
  },
  formatAnswer: (a) => `Σ fib = ${a.toLocaleString('en-US')}`,
};

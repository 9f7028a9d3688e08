import type { Params, Workload } from '../types';

/** Trial division by odd numbers up to √k: deliberately slow, and slower for larger k. */
export function isPrimeTrial(k: number): boolean {
  if (k < 2) return false;
  if (k % 2 === 0) return k === 2;
  for (let d = 3; d * d <= k; d += 2) if (k % d === 0) return false;
  return true;
}

/** Primes in [lo, hi) by trial division. */
export function countPrimesTrial(lo: number, hi: number): number {
  let c = 0;
  for (let k = lo; k < hi; k++) if (isPrimeTrial(k)) c++;
  return c;
}

const sieveCache = new Map<number, number>();

/** Primes below n by the sieve of Eratosthenes: the verifier's independent reference. */
export function countPrimesSieve(n: number): number {
  const cached = sieveCache.get(n);
  if (cached !== undefined) return cached;
  const c = sieve(n);
  // Verification runs after every repetition; keep the few answers a session needs.
  if (sieveCache.size > 16) sieveCache.clear();
  sieveCache.set(n, c);
  return c;
}

function sieve(n: number): number {
  if (n < 3) return 0;
  const composite = new Uint8Array(n);
  let c = 0;
  for (let k = 2; k < n; k++) {
    if (composite[k] === 1) continue;
    c++;
    for (let m = k * k; m < n; m += k) composite[m] = 1;
  }
  return c;
}

/** Task i covers [lo, hi): equal-width ranges, so later ranges cost more. */
export function primeRange(p: Params, i: number): [number, number] {
  const n = p.limit ?? 0;
  const t = p.ranges ?? 1;
  return [Math.floor((i * n) / t), Math.floor(((i + 1) * n) / t)];
}

export const primeCountWorkload: Workload = {
  id: 'prime-count',
  name: 'Prime count',
  summary: 'Count primes below N by trial division, split into equal ranges (later ones cost more).',
  python: 'def count_primes(lo, hi):\n    return sum(1 for k in range(lo, hi) if is_prime(k))',
  params: [
    {
      key: 'limit',
      label: 'N (count primes below)',
      min: 10,
      max: 30_000_000,
      default: 2_000_000,
      integer: true,
      help: 'Upper bound, exclusive.',
    },
    {
      key: 'ranges',
      label: 'Ranges (tasks)',
      min: 1,
      max: 20_000,
      default: 16,
      integer: true,
      help: 'The range 0…N is split into this many equal tasks.',
    },
  ],
  crossCheck: (p) =>
    (p.ranges ?? 1) > (p.limit ?? 0) ? ['Ranges cannot exceed N (some would be empty).'] : [],
  taskCount: (p) => p.ranges ?? 0,
  resultWidth: () => 1,
  taskLabel(p, i) {
    const [lo, hi] = primeRange(p, i);
    return `primes in [${lo}, ${hi})`;
  },
  kernel(p, i, out, offset) {
    const [lo, hi] = primeRange(p, i);
    out[offset] = countPrimesTrial(lo, hi);
  },
  verify(p, results) {
    let answer = 0;
    for (const r of results) answer += r;
    const want = countPrimesSieve(p.limit ?? 0);
    return answer === want
      ? { ok: true, answer, detail: `${answer} primes, as the sieve of Eratosthenes counts` }
      : { ok: false, answer, detail: `counted ${answer} primes, the sieve says ${want}` };
  },
  formatAnswer: (a) => `${a.toLocaleString('en-US')} primes`,
};

import type { Params, Workload } from '../types';

// The I/O lab's CPU task (also in the playground): a hash chain whose length doubles per difficulty
// step, like bcrypt's cost factor (2^cost rounds). One round is an affine step modulo 2³⁰, so
//   - every value stays a Smi (V8's small integers: a chain that left ±2³⁰ deopt-looped 10× slower),
//   - the dependency chain (multiply, add, mask ≈ 5 cycles) cannot be overlapped or vectorised,
//   - and the answer has a closed form: n rounds of x ↦ a·x + c compose to one affine map, found in
//     log₂ n steps by repeated squaring, so verifying a task costs microseconds, not the task.

/** 2³⁰ − 1: every value of the chain is kept below 2³⁰ (a Smi). */
const MASK = 0x3fffffff;
/** The multiplier (≡ 1 mod 4) and increment (odd) of one round: a full-period LCG modulo 2³⁰. */
export const ROUND_A = 0x2545f491 & MASK;
export const ROUND_C = 0x3c6ef35f & MASK;

/**
 * Rounds at difficulty 0. Chosen so difficulty 8 (12.8 M rounds) takes ≈ 16 ms on one core of a
 * typical laptop (≈ 5 cycles per round at ≈ 4 GHz): the task cost implied by the book's 7.3× with a
 * 100 ms server, since serial ÷ async ≈ (c + L) / c. docs/io-lab.md has the figures measured here.
 */
export const COST_BASE_ROUNDS = 50_000;
/** Highest difficulty anywhere in the app: 50 000 · 2¹⁴ rounds ≈ 1 s on a laptop core. */
export const MAX_DIFFICULTY = 14;

/** Rounds of the chain at `difficulty` (whole, 0…MAX_DIFFICULTY). */
export function costRounds(difficulty: number): number {
  return COST_BASE_ROUNDS * 2 ** difficulty;
}

/** The chain's starting value for item `i`: a cheap integer mix, so neighbouring items differ. */
export function costSeed(i: number, difficulty: number): number {
  let h = Math.imul(i ^ 0x5bd1e995, 0x27d4eb2d) ^ (difficulty << 24);
  h = Math.imul(h ^ (h >>> 15), 0x165667b1);
  return (h ^ (h >>> 13)) & MASK;
}

/**
 * The CPU task: `rounds` rounds of x ↦ a·x + c (mod 2³⁰) from `seed`. Callers pass `rounds | 0`
 * (a heap-double loop bound deopts repeatedly); costHash() does.
 */
export function hashChain(seed: number, rounds: number): number {
  // Literals, not the A/C/MASK constants: code compiled mid-loop (on-stack replacement) reloads
  // module constants every round; measured 4× slower on the first long calls (node and Chromium).
  let x = seed & 0x3fffffff;
  for (let r = 0; r < rounds; r++) x = (Math.imul(x, 0x2545f491) + 0x3c6ef35f) & 0x3fffffff;
  return x;
}

/** Item i's result at `difficulty`: what the I/O lab saves to the server. */
export function costHash(i: number, difficulty: number): number {
  return hashChain(costSeed(i, difficulty), costRounds(difficulty) | 0);
}

/** The same answer in O(log rounds): the round's affine map raised to the power `rounds`. */
export function hashChainClosedForm(seed: number, rounds: number): number {
  // (ra, rc) is the map applied so far; (pa, pc) the round map squared k times. Powers of one map
  // commute, so the order of composition does not matter.
  let ra = 1;
  let rc = 0;
  let pa = ROUND_A;
  let pc = ROUND_C;
  for (let n = rounds; n > 0; n = Math.floor(n / 2)) {
    if (n % 2 === 1) {
      rc = (Math.imul(pa, rc) + pc) & MASK;
      ra = Math.imul(pa, ra) & MASK;
    }
    pc = (Math.imul(pa, pc) + pc) & MASK;
    pa = Math.imul(pa, pa) & MASK;
  }
  return (Math.imul(ra, seed & MASK) + rc) & MASK;
}

/** Item i's expected result, without running the chain. */
export function costHashExpected(i: number, difficulty: number): number {
  return hashChainClosedForm(costSeed(i, difficulty), costRounds(difficulty));
}

// Equal tasks whose cost is set by one knob that doubles it: the book's bcrypt task.
export const costHashWorkload: Workload = {
  id: 'cost-hash',
  name: 'Cost hash',
  summary:
    'For each item, a hash chain of 50,000 · 2^difficulty rounds — cost doubles per step, like bcrypt. Difficulty 8 ≈ 16 ms on a laptop core.',
  python:
    'import bcrypt\n\ndef do_task(i, difficulty):\n    salt = bcrypt.gensalt(difficulty)   # cost doubles per step\n    return bcrypt.hashpw(str(i).encode(), salt)',
  params: [
    {
      key: 'items',
      label: 'Items',
      min: 1,
      max: 20_000,
      default: 40,
      integer: true,
      help: 'How many hashes; one task each.',
    },
    {
      key: 'difficulty',
      label: 'Difficulty',
      min: 0,
      max: MAX_DIFFICULTY,
      default: 8,
      integer: true,
      help: 'Cost factor: 50,000 · 2^difficulty rounds per task (8 ≈ 16 ms on a laptop core).',
    },
  ],
  crossCheck(p) {
    const rounds = (p.items ?? 0) * costRounds(p.difficulty ?? 0);
    return rounds > 20_000_000_000
      ? ['Items × 2^difficulty is too large (minutes of work); lower one of them.']
      : [];
  },
  taskCount: (p) => p.items ?? 0,
  resultWidth: () => 1,
  taskLabel: (p, i) => `hash(item ${i}, difficulty ${p.difficulty ?? 0})`,
  kernel(p: Params, i, out, offset) {
    out[offset] = costHash(i, p.difficulty ?? 0);
  },
  verify(p, results) {
    const d = p.difficulty ?? 0;
    let answer = 0;
    for (let i = 0; i < results.length; i++) {
      const got = results[i] ?? Number.NaN;
      const want = costHashExpected(i, d);
      if (got !== want) {
        return { ok: false, answer: Number.NaN, detail: `item ${i}: got ${got}, expected ${want}` };
      }
      answer += got;
    }
    return {
      ok: true,
      answer,
      detail: `all ${results.length} hashes match the chain's closed form (${costRounds(d).toLocaleString('en-US')} rounds each)`,
    };
  },
  formatAnswer: (a) => `Σ = ${a.toLocaleString('en-US')}`,
};

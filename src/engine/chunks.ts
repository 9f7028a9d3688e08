/**
 * Python's Pool.map default: ceil(tasks / (4 × workers)). Four chunks per worker keeps message
 * overhead small while leaving room to balance unequal tasks.
 */
export function autoChunkSize(tasks: number, workers: number): number {
  return Math.max(1, Math.ceil(tasks / (4 * Math.max(1, workers))));
}

/**
 * Tasks claimed per Atomics.add in the shared-memory strategy: an atomic costs ~100 ns, not a
 * ~50 µs message, so claims can be 4× finer than pool chunks for better balance.
 */
export function autoClaimSize(tasks: number, workers: number): number {
  return Math.max(1, Math.ceil(tasks / (16 * Math.max(1, workers))));
}

/** Splits 0…tasks into [first, end) ranges of `size` (the last may be shorter). */
export function chunkRanges(tasks: number, size: number): Array<readonly [number, number]> {
  const s = Math.max(1, Math.floor(size));
  const out: Array<readonly [number, number]> = [];
  for (let first = 0; first < tasks; first += s) out.push([first, Math.min(tasks, first + s)]);
  return out;
}

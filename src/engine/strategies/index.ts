import type { Strategy, StrategyId } from '../types';
import { mainThreadStrategy } from './main-thread';
import { mainYieldingStrategy } from './main-yielding';
import { sharedMemoryStrategy } from './shared-memory';
import { workerPoolStrategy } from './worker-pool';

/** Every strategy, in the order Compare all runs them (the baseline first). */
export const STRATEGIES: readonly Strategy[] = [
  mainThreadStrategy,
  mainYieldingStrategy,
  workerPoolStrategy,
  sharedMemoryStrategy,
];

/** The strategy every speedup is measured against. */
export const BASELINE: StrategyId = 'main-thread';

export function isStrategyId(id: unknown): id is StrategyId {
  return STRATEGIES.some((s) => s.id === id);
}

export function getStrategy(id: StrategyId): Strategy {
  const s = STRATEGIES.find((x) => x.id === id);
  if (s === undefined) throw new Error(`Unknown strategy "${id}"`);
  return s;
}

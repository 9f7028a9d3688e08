import type { IoKind, IoStrategyId } from '../types';
import { asyncStrategy } from './async';
import { batchedStrategy } from './batched';
import type { IoStrategy } from './context';
import { hybridStrategy } from './hybrid';
import { serialStrategy } from './serial';

export type { IoContext, IoStrategy } from './context';

/** Every I/O strategy, in the order Compare all runs them (serial, the baseline, first). */
export const IO_STRATEGIES: readonly IoStrategy[] = [
  serialStrategy,
  batchedStrategy,
  asyncStrategy,
  hybridStrategy,
];

export function getIoStrategy(id: IoStrategyId): IoStrategy {
  const s = IO_STRATEGIES.find((x) => x.id === id);
  if (s === undefined) throw new Error(`Unknown I/O strategy "${id}"`);
  return s;
}

/** The strategies that run on an experiment kind, in registry order. */
export function ioStrategiesFor(kind: IoKind): readonly IoStrategy[] {
  return IO_STRATEGIES.filter((s) => s.kinds.includes(kind));
}

/// <reference lib="webworker" />
// The peer baseline for the benchmark (bench.html only, never the app): the engine's heavy-loop
// kernel registered with the `workerpool` npm package, so one pool.exec call = one task.
import workerpool from 'workerpool';
import { heavyLoop } from '../src/engine/workloads/heavy-loop';

workerpool.worker({
  /** One heavy-loop task: Σ i·x for i below n, int32 (the same function the engine's workers run). */
  heavyLoop: (x: number, n: number): number => heavyLoop(x, n),
});

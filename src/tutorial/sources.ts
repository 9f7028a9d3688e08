// The app's own source files, as text (Vite's ?raw), so each chapter shows the TypeScript that
// actually runs. Kept apart from chapters.ts so the chapter data stays importable in node tests.
import amdahl from '../engine/amdahl.ts?raw';
import chunkRunner from '../engine/chunk-runner.ts?raw';
import chunks from '../engine/chunks.ts?raw';
import ioAsync from '../engine/io/strategies/async.ts?raw';
import ioBatched from '../engine/io/strategies/batched.ts?raw';
import ioHybrid from '../engine/io/strategies/hybrid.ts?raw';
import ioSerial from '../engine/io/strategies/serial.ts?raw';
import sharedMemoryLoop from '../engine/shared-memory.ts?raw';
import mainThread from '../engine/strategies/main-thread.ts?raw';
import mainYielding from '../engine/strategies/main-yielding.ts?raw';
import sharedMemory from '../engine/strategies/shared-memory.ts?raw';
import workerPool from '../engine/strategies/worker-pool.ts?raw';
import fibonacci from '../engine/workloads/fibonacci.ts?raw';
import heavyLoop from '../engine/workloads/heavy-loop.ts?raw';
import yieldPrimitives from '../platform/yield.ts?raw';

/** Source text by path (relative to src/), the way chapters name files. */
export const SOURCES: Readonly<Record<string, string>> = {
  'engine/amdahl.ts': amdahl,
  'engine/chunk-runner.ts': chunkRunner,
  'engine/chunks.ts': chunks,
  'engine/io/strategies/async.ts': ioAsync,
  'engine/io/strategies/batched.ts': ioBatched,
  'engine/io/strategies/hybrid.ts': ioHybrid,
  'engine/io/strategies/serial.ts': ioSerial,
  'engine/shared-memory.ts': sharedMemoryLoop,
  'engine/strategies/main-thread.ts': mainThread,
  'engine/strategies/main-yielding.ts': mainYielding,
  'engine/strategies/shared-memory.ts': sharedMemory,
  'engine/strategies/worker-pool.ts': workerPool,
  'engine/workloads/fibonacci.ts': fibonacci,
  'engine/workloads/heavy-loop.ts': heavyLoop,
  'platform/yield.ts': yieldPrimitives,
};

import { runChunk } from './chunk-runner';
import { CrashRequest } from './errors';
import { claimLoop } from './shared-memory';
import type { ChunkReply, WorkerApi } from './types';

/** What the worker entry point supplies: how to die for real, and how to mark buffers for transfer. */
export interface WorkerHost {
  /** Make this worker die (an uncaught error); the returned promise never settles. */
  die(reason: string): Promise<never>;
  /** Mark `reply`'s buffers to be moved, not copied, back to the page. */
  transfer(reply: ChunkReply): ChunkReply;
}

/**
 * The API every pool worker exposes. It lives in the engine so node tests can expose the very
 * same object over a MessageChannel; workers/pool.worker.ts only adds Comlink and the host.
 */
export function createWorkerApi(host: WorkerHost): WorkerApi {
  const guard = <T>(run: () => T): T | Promise<never> => {
    try {
      return run();
    } catch (e) {
      if (e instanceof CrashRequest) return host.die(e.message);
      throw e;
    }
  };
  return {
    ping: () => performance.timeOrigin,
    runChunk: (req) => guard(() => host.transfer(runChunk(req))),
    runShared: (req) => guard(() => claimLoop(req)),
  };
}

import * as Comlink from 'comlink';
import type { AsyncApi, WorkerApi } from '../engine/types';
import type { SpawnWorker } from './worker-pool';

/** Starts a real module worker running workers/pool.worker.ts, wrapped with Comlink. */
export const spawnBrowserWorker: SpawnWorker = (lane) => {
  const worker = new Worker(new URL('../../workers/pool.worker.ts', import.meta.url), {
    type: 'module',
    name: `pool-${lane}`,
  });
  return {
    // Comlink's Remote<WorkerApi> is the same promise-returning shape as AsyncApi<WorkerApi>.
    api: Comlink.wrap<WorkerApi>(worker) as unknown as AsyncApi<WorkerApi>,
    terminate: () => worker.terminate(),
    onError(listener) {
      worker.addEventListener('error', (e) => {
        e.preventDefault();
        listener(e.message || 'the worker failed to load or threw outside a task');
      });
      worker.addEventListener('messageerror', () => listener('a message could not be deserialized'));
    },
  };
};

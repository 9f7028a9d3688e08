/// <reference lib="webworker" />
// Entry point of every pool worker: the engine's worker API, exposed with Comlink. Keep it thin.
import * as Comlink from 'comlink';
import { createWorkerApi } from '../src/engine/worker-api';

Comlink.expose(
  createWorkerApi({
    die(reason) {
      // An uncaught error fires `error` on the page's Worker object; the pool then replaces us.
      setTimeout(() => {
        throw new Error(`Worker crashed: ${reason}`);
      });
      return new Promise<never>(() => {});
    },
    transfer: (reply) => Comlink.transfer(reply, [reply.results.buffer, reply.times.buffer]),
  }),
);

import { pageNow } from '../clock';
import { realHost, ServerModel } from './server';
import type { SaveRequest, SaveResponse, ServerConfig, ServerLogEntry, ServerStats } from './types';

/** The server worker's API, as written inside the worker (see workers/server.worker.ts). */
export interface ServerApi {
  /** Resolves once the worker's module has loaded; returns its timeOrigin. */
  ping(): number;
  /** Answers everything in flight with 499, clears the log, applies `config`; times are reported on the clock of `pageTimeOrigin`. */
  reset(config: ServerConfig, pageTimeOrigin: number): void;
  save(req: SaveRequest): Promise<SaveResponse>;
  log(): ServerLogEntry[];
  stats(): ServerStats;
}

/** Default server before the page's first reset (the book's). */
const INITIAL: ServerConfig = { latencyMs: 100, jitterMs: 0, capacity: 100, overflow: 'queue', seed: 1 };

/**
 * The API the server worker exposes. It lives in the engine so node tests can expose the very same
 * object over a MessageChannel. Times in the log are on the page's clock (performance.timeOrigin
 * difference), so client and server times can be drawn on one axis.
 */
export function createServerApi(): ServerApi {
  let origin = performance.timeOrigin;
  const model = new ServerModel(
    INITIAL,
    realHost(() => pageNow(origin)),
  );
  return {
    ping: () => performance.timeOrigin,
    reset(config, pageTimeOrigin) {
      origin = pageTimeOrigin;
      model.reset(config);
    },
    save: (req) => model.receive(req),
    log: () => model.log(),
    stats: () => model.stats(),
  };
}

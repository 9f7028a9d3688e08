/// <reference lib="webworker" />
// Entry point of the simulated server's worker: the engine's server API, exposed with Comlink.
// Its own thread, so its timers do not wait for the page's CPU work. Keep it thin.
import * as Comlink from 'comlink';
import { createServerApi } from '../src/engine/io/server-api';

Comlink.expose(createServerApi());

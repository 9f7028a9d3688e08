import { useStore as useZustand } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Route } from '../app/route';
import type { AmdahlFit } from '../engine/amdahl';
import type { RunProgress, StrategyResult } from '../engine/runner';
import {
  type CheckedSetup,
  checkSetup,
  DEFAULT_STRATEGY,
  DEFAULT_WORKLOAD,
  type SettingKey,
  settingSpecs,
} from '../engine/setup';
import type { ResultOrder, StrategyId, WorkloadId } from '../engine/types';
import { WORKLOADS } from '../engine/workloads';
import type { Message } from '../i18n/phrase';
import type { Locale } from '../i18n/translate';
import type { Environment } from '../platform/capabilities';
import { type IoSlice, initialIoSlice } from './io-slice';
import { initialShare, type ShareSlice } from './share-state';
import { initialTutorial, type TutorialSlice } from './tutorial';

// One store, made of slices. Components select the smallest value they need; actions are plain
// functions in actions.ts and run.ts, so the store is testable without React.

/** What the person typed, kept as text so a half-typed number is not lost or silently changed. */
export interface SetupSlice {
  workload: WorkloadId;
  paramInputs: Record<WorkloadId, Record<string, string>>;
  strategy: StrategyId;
  settingInputs: Record<SettingKey, string>;
  order: ResultOrder;
  /** '' = no fault. */
  failTask: string;
  failKind: 'throw' | 'crash';
}

/** Title and text of the error banner; a Message is said in the language on screen when shown. */
export interface RunError {
  readonly title: Message;
  readonly message: Message;
}

export interface RunSlice {
  status: 'idle' | 'running' | 'cancelling';
  /** The strategy running now. */
  current: StrategyId | null;
  /** Strategies of this run, in order (one for Run, all for Compare all). */
  plan: readonly StrategyId[];
  progress: RunProgress | null;
  error: RunError | null;
  /** Things worth saying that are not errors (a link's setup was adjusted, a run was cancelled). */
  notices: readonly Message[];
}

export interface ResultsSlice {
  /** Newest last. */
  results: readonly StrategyResult[];
}

export interface EnvSlice {
  env: Environment;
  /** Time the pool took to start its workers the last time it had to, ms. */
  poolStartupMs: number | null;
}

/** Strategies a scaling sweep can run: the ones whose worker count matters. */
export type SweepStrategyId = Extract<StrategyId, 'worker-pool' | 'shared-memory'>;

/** One worker count of a sweep. Times in ms; speedup against the sweep's own baseline. */
export interface SweepPoint {
  readonly workers: number;
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly speedup: number;
}

/** A scaling sweep: the baseline once, then one strategy at 1, 2, … workers. */
export interface SweepRun {
  readonly strategy: SweepStrategyId;
  /** problemKey of the setup it ran on: shown only while the setup on screen has the same key. */
  readonly problemKey: string;
  /** Cores reported when it ran (the ideal and the fit use p = min(workers, cores)). */
  readonly cores: number;
  /** Worker counts planned, ascending. */
  readonly counts: readonly number[];
  readonly repetitions: number;
  /** Main-thread median on the same setup, ms; null until measured. */
  readonly baselineMs: number | null;
  /** Measured so far, ascending by workers. */
  readonly points: readonly SweepPoint[];
  /** Amdahl fit of the points so far; null until two or more cores were used. */
  readonly fit: AmdahlFit | null;
  readonly status: 'running' | 'complete' | 'cancelled' | 'failed';
  /** Worker count being measured now (0 = the baseline); null when not running. */
  readonly measuring: number | null;
}

export interface SweepSlice {
  /** The strategy chosen for the next sweep. */
  sweepStrategy: SweepStrategyId;
  /** The latest sweep (kept until another replaces it). */
  sweep: SweepRun | null;
}

/** The language of every UI string (see src/i18n). */
export interface LocaleSlice {
  locale: Locale;
}

/** The page the fragment asks for (src/app/route.ts). */
export interface RouteSlice {
  route: Route;
}

export type AppState = SetupSlice &
  RunSlice &
  ResultsSlice &
  EnvSlice &
  SweepSlice &
  LocaleSlice &
  RouteSlice &
  ShareSlice &
  IoSlice &
  TutorialSlice;

/** Default text inputs of every workload. */
function defaultParamInputs(): Record<WorkloadId, Record<string, string>> {
  return Object.fromEntries(
    WORKLOADS.map((w) => [w.id, Object.fromEntries(w.params.map((p) => [p.key, String(p.default)]))]),
  ) as Record<WorkloadId, Record<string, string>>;
}

export function defaultSettingInputs(cores: number): Record<SettingKey, string> {
  const specs = settingSpecs(cores);
  return {
    workers: String(specs.workers.default),
    chunkSize: String(specs.chunkSize.default),
    yieldIntervalMs: String(specs.yieldIntervalMs.default),
    repetitions: String(specs.repetitions.default),
  };
}

/** A fresh state for this environment. */
export function initialState(env: Environment, locale: Locale = 'en'): AppState {
  return {
    locale,
    route: { page: 'playground' },
    workload: DEFAULT_WORKLOAD,
    paramInputs: defaultParamInputs(),
    strategy: DEFAULT_STRATEGY,
    settingInputs: defaultSettingInputs(env.cores),
    order: 'submission',
    failTask: '',
    failKind: 'throw',
    status: 'idle',
    current: null,
    plan: [],
    progress: null,
    error: null,
    notices: [],
    results: [],
    env,
    poolStartupMs: null,
    sweepStrategy: 'worker-pool',
    sweep: null,
    share: initialShare,
    ...initialIoSlice(),
    tutorial: initialTutorial(),
  };
}

export type AppStore = ReturnType<typeof makeStore>;

export function makeStore(env: Environment, locale: Locale = 'en') {
  return createStore<AppState>()(() => initialState(env, locale));
}

let store: AppStore | null = null;

/** Installs the app's store (main.tsx, once; tests make their own). */
export function installStore(s: AppStore): void {
  store = s;
}

export function getStore(): AppStore {
  if (store === null) throw new Error('The store is not installed.');
  return store;
}

/** React hook: select a slice of the app state. */
export function useApp<T>(selector: (s: AppState) => T): T {
  return useZustand(getStore(), selector);
}

let lastRaw: unknown[] = [];
let lastChecked: CheckedSetup | null = null;

/** The form's inputs, checked; memoised on the inputs so every component shares one result. */
export function selectChecked(s: AppState): CheckedSetup {
  const raw = [
    s.workload,
    s.paramInputs,
    s.strategy,
    s.settingInputs,
    s.order,
    s.failTask,
    s.failKind,
    s.env.cores,
  ];
  if (lastChecked !== null && raw.every((v, i) => v === lastRaw[i])) return lastChecked;
  lastRaw = raw;
  lastChecked = checkSetup(
    {
      workload: s.workload,
      params: s.paramInputs[s.workload],
      strategy: s.strategy,
      ...s.settingInputs,
      order: s.order,
      failTask: s.failTask,
      failKind: s.failKind,
    },
    s.env.cores,
  );
  return lastChecked;
}

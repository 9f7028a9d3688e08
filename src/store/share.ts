import type { StrategyResult } from '../engine/runner';
import { problemKey, type Setup } from '../engine/setup';
import { STRATEGIES } from '../engine/strategies';
import type { WorkloadId } from '../engine/types';
import { getWorkload } from '../engine/workloads';
import { importResultsJson } from '../permalink/results-import';
import { setupToQuery } from '../permalink/setup-query';
import { decodeShare, encodeShare } from '../permalink/share-codec';
import type { SharedResult, SharedView } from '../permalink/share-view';
import { viewFromResults } from '../permalink/share-view';
import { applySetup } from './actions';
import { navigate } from './route';
import { measureOne, resultsFor, runExclusive } from './run';
import type { MadeLink, Rerun, ShareState } from './share-state';
import { initialShare } from './share-state';
import { getStore, selectChecked } from './store';

export type { MadeLink, Rerun, ShareProblem, ShareProblemCode, ShareSlice, ShareState } from './share-state';

// Sharing: links and files in (always untrusted, always through the permalink gate), links out,
// and re-running a shared setup here to compare theirs with mine.

/** Files larger than this are refused before reading (a Compare-all export is ~100 kB), bytes. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

function setShare(change: Partial<ShareState>): void {
  getStore().setState((s) => ({ share: { ...s.share, ...change } }));
}

/**
 * Shows a shared link: decodes and validates it, fills the form with its setup (so it is
 * visible) and never starts a run. The same payload twice is a no-op, so re-renders are free.
 */
export function openShared(payload: string): void {
  const store = getStore();
  if (store.getState().share.payload === payload) return;
  const outcome = decodeShare(payload, store.getState().env.cores);
  if (!outcome.ok) {
    setShare({
      ...initialShare,
      link: store.getState().share.link,
      payload,
      error: { code: outcome.code, detail: outcome.detail },
    });
    return;
  }
  applySetup(outcome.view.setup);
  setShare({
    ...initialShare,
    link: store.getState().share.link,
    payload,
    shared: outcome.view,
    adjustments: outcome.adjustments,
  });
}

/** Leaves the shared results for the playground (the form keeps the shared setup). */
export function closeShared(): void {
  setShare({ ...initialShare, link: getStore().getState().share.link });
  navigate({ page: 'playground' });
}

/** The address of a shared view: this page with the setup's query and the payload in the fragment. */
export function shareUrl(setup: Setup, payload: string): string {
  return `${shareUrlPrefix(setup)}${payload}`;
}

function shareUrlPrefix(setup: Setup): string {
  return `${window.location.origin}${window.location.pathname}?${setupToQuery(setup)}#/s/`;
}

/**
 * Makes a link for the results of the setup on screen and copies it. The link stays in the state
 * (shown with its length) whether or not the clipboard took it.
 */
export async function makeShareLink(now = new Date()): Promise<MadeLink | null> {
  const store = getStore();
  const state = store.getState();
  const { setup } = selectChecked(state);
  const key = problemKey(setup);
  const results = resultsFor(state.results, key);
  if (results.length === 0) return null;
  const view = viewFromResults(setup, results, state.env, now);
  const prefix = shareUrlPrefix(setup);
  const { payload, downsampled } = encodeShare(view, prefix.length);
  const link: MadeLink = { url: prefix + payload, key, downsampled, copy: 'copying' };
  return copyLink(link);
}

/** Copies the made link (again) and records whether the clipboard took it. */
export async function copyLink(link = getStore().getState().share.link): Promise<MadeLink | null> {
  if (link === null) return null;
  setShare({ link: { ...link, copy: 'copying' } });
  let copy: MadeLink['copy'] = 'failed';
  try {
    await navigator.clipboard.writeText(link.url);
    copy = 'copied';
  } catch {
    // No permission or no clipboard (insecure context): the link stays on screen to copy by hand.
  }
  const done = { ...link, copy };
  // A newer link may have replaced this one while the clipboard was busy.
  if (getStore().getState().share.link?.url === link.url) setShare({ link: done });
  return done;
}

/** Forgets the made link (closes its panel). */
export function dismissLink(): void {
  setShare({ link: null });
}

/** True when the browser offers a system share sheet for links. */
export function canShareNatively(): boolean {
  return typeof navigator.share === 'function';
}

/** Opens the system share sheet with the made link. A dismissed sheet is not an error. */
export async function shareNatively(title: string): Promise<void> {
  const link = getStore().getState().share.link;
  if (link === null || !canShareNatively()) return;
  try {
    await navigator.share({ title, url: link.url });
  } catch {
    // AbortError when the person closes the sheet; anything else leaves the copied link as is.
  }
}

/**
 * The number behind a shared answer text ("754,354 iterations" → 754354), so it can be shown in the
 * reader's language; NaN unless the workload formats that number back to exactly the same text.
 */
export function answerFromText(workload: WorkloadId, text: string): number {
  const digits = text.replace(/[^\d]/g, '');
  if (digits === '' || digits.length > 15) return Number.NaN;
  const n = Number(digits);
  return getWorkload(workload).formatAnswer(n) === text ? n : Number.NaN;
}

/**
 * A shared result as a StrategyResult, so the very same table and charts show it. It carries no
 * per-task detail (`last` is empty): links hold a lane summary instead.
 */
export function sharedAsResult(view: SharedView, r: SharedResult): StrategyResult {
  const empty = {
    results: new Float64Array(0),
    lanes: new Int16Array(0),
    starts: new Float64Array(0),
    ends: new Float64Array(0),
    deliveryOrder: new Int32Array(0),
    chunkSize: r.chunkSize,
    yields: 0,
  };
  return {
    strategy: r.strategy,
    workload: view.setup.workload,
    params: view.setup.params,
    fault: view.setup.fault,
    workers: r.workers,
    chunkSize: r.chunkSize,
    order: view.setup.order,
    yieldIntervalMs: view.setup.yieldIntervalMs,
    samples: r.samples,
    median: r.median,
    min: r.min,
    max: r.max,
    verified: r.verified,
    verifyDetail: '',
    answer: answerFromText(view.setup.workload, r.answerText),
    answerText: r.answerText,
    fingerprint: r.fingerprint,
    yields: 0,
    last: empty,
    lastStartedAt: 0,
    ...(r.responsiveness === null ? {} : { responsiveness: r.responsiveness }),
  };
}

/**
 * Runs the shared setup and strategies on this machine (the same run machinery as Compare all)
 * and keeps the results as "mine" beside theirs. Strategies this browser cannot run are skipped
 * and named. The form is set to the shared setup first, so what runs is what is on screen.
 */
export function rerunShared(): Promise<void> {
  const store = getStore();
  const view = store.getState().share.shared;
  if (view === null || store.getState().status !== 'idle') return Promise.resolve();
  applySetup(view.setup);
  const env = store.getState().env;
  const theirs = new Set(view.results.map((r) => r.strategy));
  const wanted = STRATEGIES.filter((s) => theirs.has(s.id));
  const plan = wanted.filter((s) => s.availability(env) === null).map((s) => s.id);
  const skipped = wanted.filter((s) => s.availability(env) !== null).map((s) => s.id);
  const mine: StrategyResult[] = [];
  if (plan.length === 0) {
    // Nothing of theirs can run in this browser: say which, and run nothing.
    setShare({ rerun: { status: 'stopped', results: [], view: null, skipped } });
    return Promise.resolve();
  }
  setShare({ rerun: { status: 'running', results: [], view: null, skipped } });
  const update = (status: Rerun['status'], setup: Setup | null) => {
    // Only if the same shared view is still on screen.
    if (getStore().getState().share.shared !== view) return;
    const results = [...mine];
    setShare({
      rerun: {
        status,
        results,
        view:
          setup !== null && results.length > 0
            ? viewFromResults(setup, results, getStore().getState().env, new Date())
            : null,
        skipped,
      },
    });
  };
  let ran: Setup | null = null;
  return runExclusive(plan, async (scope) => {
    ran = scope.setup;
    for (const id of plan) {
      if (scope.signal.aborted) return;
      const result = await measureOne(id, { ...scope.setup, strategy: id }, scope);
      mine.push(result);
      keepResult(result, scope.setup);
      update('running', scope.setup);
    }
  }).finally(() => {
    const done = mine.length === plan.length && plan.length > 0;
    update(done ? 'done' : 'stopped', ran);
  });
}

/** Adds a re-run result to the playground's results too, so going back shows it. */
function keepResult(result: StrategyResult, setup: Setup): void {
  const key = problemKey(setup);
  getStore().setState((s) => ({
    results: [
      ...s.results.filter((r) => !(problemKey(r) === key && r.strategy === result.strategy)),
      result,
    ].slice(-40),
  }));
}

/**
 * Opens a results file (JSON export) like a shared link: the same validation, the same messages.
 * On success the view gets a link of its own (#/s/…), so it can be shared and survives a reload.
 */
export async function importFile(file: File): Promise<boolean> {
  const store = getStore();
  setShare({ importError: null });
  if (file.size > MAX_IMPORT_BYTES) {
    setShare({
      importError: {
        code: 'too-large',
        detail: `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; results files are at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`,
      },
    });
    return false;
  }
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    setShare({
      importError: { code: 'unreadable', detail: e instanceof Error ? e.message : String(e) },
    });
    return false;
  }
  const outcome = importResultsJson(text, store.getState().env.cores);
  if (!outcome.ok) {
    setShare({ importError: { code: outcome.code, detail: outcome.detail } });
    return false;
  }
  const view = outcome.view;
  const { payload } = encodeShare(view, shareUrlPrefix(view.setup).length);
  applySetup(view.setup);
  setShare({
    ...initialShare,
    link: store.getState().share.link,
    payload,
    source: 'file',
    fileName: file.name,
    shared: view,
    adjustments: outcome.adjustments,
  });
  navigate({ page: 'shared', payload });
  return true;
}

/** Clears the import error (its message's close button). */
export function dismissImportError(): void {
  setShare({ importError: null });
}

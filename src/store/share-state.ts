import type { StrategyResult } from '../engine/runner';
import type { StrategyId } from '../engine/types';
import type { ShareErrorCode } from '../permalink/share-codec';
import type { SharedView } from '../permalink/share-view';

// The share slice's shape and initial value, apart from its actions (share.ts) so store.ts can
// include it without importing the run machinery.

/** Why a link or file could not be shown. 'unreadable': the browser could not read the file. */
export type ShareProblemCode = ShareErrorCode | 'unreadable';

/** A link or file that could not be shown: a code (one message each) and English specifics. */
export interface ShareProblem {
  readonly code: ShareProblemCode;
  readonly detail: string;
}

/** The link made by the Share button. */
export interface MadeLink {
  readonly url: string;
  /** problemKey of the setup it shares: the link is shown only beside those results. */
  readonly key: string;
  /** Lane detail was reduced to fit the size limit. */
  readonly downsampled: boolean;
  /** Clipboard outcome: 'failed' leaves the link on screen to copy by hand. */
  readonly copy: 'copying' | 'copied' | 'failed';
}

/** The re-run of a shared setup on this machine ("mine"). */
export interface Rerun {
  readonly status: 'running' | 'done' | 'stopped';
  /** Measured here so far, in the order run. */
  readonly results: readonly StrategyResult[];
  /** The same results as a view (lane summaries, environment), as they come in. */
  readonly view: SharedView | null;
  /** Strategies of theirs this browser cannot run (e.g. shared memory without isolation). */
  readonly skipped: readonly StrategyId[];
}

/** Everything about sharing that the UI shows. */
export interface ShareState {
  /** The payload decoded into `shared`/`error`, so re-renders and Back/Forward do not decode again. */
  readonly payload: string | null;
  /** Where the shown results came from. */
  readonly source: 'link' | 'file';
  readonly fileName: string | null;
  /** The shared results on screen (read-only), or null. */
  readonly shared: SharedView | null;
  /** What validation changed in the link or file (English, from the permalink gate). */
  readonly adjustments: readonly string[];
  /** The link that could not be opened, or null. */
  readonly error: ShareProblem | null;
  /** Theirs vs mine: the re-run on this machine, or null before Re-run. */
  readonly rerun: Rerun | null;
  /** The last link made by Share, or null. */
  readonly link: MadeLink | null;
  /** A results file that could not be imported, or null. */
  readonly importError: ShareProblem | null;
}

export interface ShareSlice {
  share: ShareState;
}

/** Initial share state: nothing shared, nothing made. */
export const initialShare: ShareState = {
  payload: null,
  source: 'link',
  fileName: null,
  shared: null,
  adjustments: [],
  error: null,
  rerun: null,
  link: null,
  importError: null,
};

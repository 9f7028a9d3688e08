import type { SharedView } from './share-view';

/** Why a link or file could not be read (docs/permalink.md, "Errors"). */
export type ShareErrorCode =
  | 'empty'
  | 'not-base64'
  | 'truncated'
  | 'corrupt'
  | 'too-large'
  | 'wrong-version'
  | 'future-version'
  | 'invalid';

/** A decoded view plus what validation changed, or a specific error with English detail. */
export type DecodeOutcome =
  | { readonly ok: true; readonly view: SharedView; readonly adjustments: readonly string[] }
  | { readonly ok: false; readonly code: ShareErrorCode; readonly detail: string };

/** A failed outcome. */
export function failure(code: ShareErrorCode, detail: string): DecodeOutcome {
  return { ok: false, code, detail };
}

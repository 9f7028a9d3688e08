import { cleanText } from './share-view';

// JSON.parse for untrusted text, with the nesting checked first. Some engines parse recursively, so
// "[[[[…" 100,000 deep can overflow the stack; one linear scan (no recursion) rejects it before
// JSON.parse sees it, and also tells a text that ends early from one that is merely wrong.

/** Deepest nesting a link or results file needs is 5; anything far deeper is not ours. */
export const MAX_JSON_DEPTH = 32;

/** The outcome of parsing untrusted JSON. */
export type GuardedJson =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly why: 'too-deep' | 'ends-early' | 'not-json'; readonly detail: string };

/** Parses `text` if it nests at most `maxDepth` deep; never throws. */
export function parseGuarded(text: string, maxDepth = MAX_JSON_DEPTH): GuardedJson {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > maxDepth)
        return { ok: false, why: 'too-deep', detail: `it nests more than ${maxDepth} levels deep` };
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  if (inString || depth > 0) return { ok: false, why: 'ends-early', detail: 'the data ends in the middle' };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const msg = (e instanceof Error ? cleanText(e.message, 100) : null) ?? 'unreadable';
    return { ok: false, why: 'not-json', detail: `it is not valid JSON (${msg})` };
  }
}

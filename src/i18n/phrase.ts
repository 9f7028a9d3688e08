// Text the store keeps for later (error banners, notices) as data, so it is said in the language
// on screen when shown, and again in the other one after a switch. Pure: no React, no DOM.
import type { Issue } from '../engine/issue';
import type { StrategyId } from '../engine/types';
import { engineText, issueText, strategyName } from './engine-text';
import type { MessageKey } from './messages';
import type { Translate } from './translate';

/** A value inside a phrase: plain, another phrase, setup problems, or a strategy by id. */
export type PhraseVar =
  | string
  | number
  | Phrase
  | Issue
  | readonly Issue[]
  | { readonly strategy: StrategyId }
  /** One of the engine's English sentences (an error message): translated when it is known. */
  | { readonly engine: string };

/** A message key and its values, rendered when shown. */
export interface Phrase {
  readonly key: MessageKey;
  readonly vars?: Readonly<Record<string, PhraseVar>>;
}

/**
 * Text for people kept in the store: a Phrase, or a plain string (shown as written, or in the
 * reader's language when it is one of the engine's sentences).
 */
export type Message = string | Phrase;

/** Builds a Phrase. */
export function phrase(key: MessageKey, vars?: Phrase['vars']): Phrase {
  return vars === undefined ? { key } : { key, vars };
}

function isIssue(v: object): v is Issue {
  return 'code' in v && 'text' in v;
}

function sayVar(t: Translate, v: PhraseVar): string | number {
  if (typeof v === 'string' || typeof v === 'number') return v;
  if (Array.isArray(v)) return (v as readonly Issue[]).map((i) => issueText(t, i)).join(' ');
  if ('key' in v) return say(t, v as Phrase);
  if ('strategy' in v) return strategyName(t, v.strategy);
  if ('engine' in v) return engineText(t, v.engine);
  if (isIssue(v)) return issueText(t, v);
  return '';
}

/** A Message in the language of `t`. */
export function say(t: Translate, m: Message): string {
  if (typeof m === 'string') return engineText(t, m);
  const vars: Record<string, string | number> = {};
  for (const [name, v] of Object.entries(m.vars ?? {})) vars[name] = sayVar(t, v);
  return t(m.key, vars);
}

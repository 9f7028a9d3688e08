// Every namespace of UI text, merged. Adding a namespace: one file exporting { en, ko } (ko typed
// as Record<keyof typeof en, string>, so a missing Korean string is a compile error), plus one line.
import * as app from './app';
import * as engine from './engine';
import * as io from './io';
import * as learn from './learn';
import * as learnChapters from './learn-chapters';
import * as learnIo from './learn-io';
import * as results from './results';
import * as share from './share';
import * as ui from './ui';
import * as uiCharts from './ui-charts';

const NAMESPACES = [app, results, share, io, ui, uiCharts, engine, learn, learnChapters, learnIo] as const;

type Merge<T extends readonly { en: object }[]> = T extends readonly [infer H, ...infer R]
  ? H extends { en: infer E }
    ? R extends readonly { en: object }[]
      ? E & Merge<R>
      : E
    : never
  : unknown;

type English = Merge<typeof NAMESPACES>;

/** Every message key. */
export type MessageKey = keyof English & string;

function merge(locale: 'en' | 'ko'): Record<MessageKey, string> {
  return Object.assign({}, ...NAMESPACES.map((ns) => ns[locale])) as Record<MessageKey, string>;
}

export const DICTIONARIES: Record<'en' | 'ko', Record<MessageKey, string>> = {
  en: merge('en'),
  ko: merge('ko'),
};

/** Keys defined by more than one namespace (a unit test keeps this empty). */
export function duplicateKeys(): string[] {
  const seen = new Set<string>();
  const dup: string[] = [];
  for (const ns of NAMESPACES)
    for (const k of Object.keys(ns.en)) {
      if (seen.has(k)) dup.push(k);
      seen.add(k);
    }
  return dup;
}

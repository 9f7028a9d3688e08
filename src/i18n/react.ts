import { useMemo } from 'react';
import { useApp } from '../store/store';
import { type Message, say } from './phrase';
import { type Locale, type Translate, translator } from './translate';

/** The translate function for the current locale; re-renders the component when it changes. */
export function useT(): Translate {
  const locale = useApp((s) => s.locale);
  return useMemo(() => translator(locale), [locale]);
}

export function useLocale(): Locale {
  return useApp((s) => s.locale);
}

/** Says a stored Message (error banner, notice) in the current locale. */
export function useSay(): (m: Message) => string {
  const t = useT();
  return useMemo(() => (m: Message) => say(t, m), [t]);
}

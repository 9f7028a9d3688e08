import { isLocale, type Locale, pickLocale } from '../i18n/translate';
import { getStore } from './store';

const STORAGE_KEY = 'concurrency-playground:locale';

/** The locale to start in: the person's earlier choice, else the browser's languages. */
export function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isLocale(saved)) return saved;
  } catch {
    // storage blocked (privacy mode): fall through to the browser's languages
  }
  return pickLocale(navigator.languages ?? [navigator.language]);
}

/** Switches every UI string, remembers the choice, and tells assistive tech the page's language. */
export function setLocale(locale: Locale): void {
  getStore().setState({ locale });
  document.documentElement.lang = locale;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // not remembered; the switch still works for this visit
  }
}

import type { Page } from '../app/route';
import type { MessageKey } from '../i18n/messages';
import { useLocale, useT } from '../i18n/react';
import { LOCALES, type Locale } from '../i18n/translate';
import { setLocale } from '../store/locale';
import { useApp } from '../store/store';

const PAGES: ReadonlyArray<{ page: Page; href: string; label: MessageKey }> = [
  { page: 'playground', href: '#/', label: 'nav.playground' },
  { page: 'io', href: '#/io', label: 'nav.io' },
  { page: 'learn', href: '#/learn', label: 'nav.learn' },
];

const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ko: '한국어' };

/** Page links (plain anchors: the fragment is the router) and the language switch. */
export function Nav() {
  const t = useT();
  const locale = useLocale();
  const page = useApp((s) => s.route.page);
  const current = page === 'shared' ? 'playground' : page;
  return (
    <div className="nav">
      <nav aria-label={t('nav.label')}>
        <ul className="nav__pages">
          {PAGES.map((p) => (
            <li key={p.page}>
              <a href={p.href} aria-current={current === p.page ? 'page' : undefined}>
                {t(p.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <fieldset className="nav__locale">
        <legend className="visually-hidden">{t('app.language')}</legend>
        {LOCALES.map((l) => (
          <button key={l} type="button" lang={l} aria-pressed={locale === l} onClick={() => setLocale(l)}>
            {LOCALE_NAMES[l]}
          </button>
        ))}
      </fieldset>
    </div>
  );
}

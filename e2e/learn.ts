import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { en as learnEn, ko as learnKo } from '../src/i18n/messages/learn';
import { en as chaptersEn, ko as chaptersKo } from '../src/i18n/messages/learn-chapters';

export type Lang = 'en' | 'ko';

/** The tutorial's own words in one language, straight from its message files (so tests follow the text). */
export function words(lang: Lang): Record<string, string> {
  return lang === 'en' ? { ...learnEn, ...chaptersEn } : { ...learnKo, ...chaptersKo };
}

/** A measured number as the tutorial prints it: a time or a ratio with its unit. */
export const MEASURED = /^\d[\d,]*(\.\d+)?\s?(ms|s|초|×|%)$/;

/** The tutorial as a person uses it, by roles and visible labels in either language. */
export class Learn {
  readonly w: Record<string, string>;

  constructor(
    readonly page: Page,
    readonly lang: Lang,
  ) {
    this.w = words(lang);
  }

  /** A message of the tutorial, with {placeholders} filled. */
  text(key: string, vars: Record<string, string | number> = {}): string {
    const t = this.w[key];
    if (t === undefined) throw new Error(`No text ${key}`);
    return t.replace(/\{(\w+)\}/g, (whole, k: string) => (k in vars ? String(vars[k]) : whole));
  }

  async open(chapter: number | ''): Promise<void> {
    await this.page.goto(chapter === '' ? '/#/learn' : `/#/learn/${chapter}`);
    await expect(this.page.getByRole('navigation', { name: this.text('learn.chapters') })).toBeVisible();
  }

  chapter(): Locator {
    return this.page.getByRole('article');
  }

  /** The chapter's title: the first level-2 heading of the article (the playground views have their own). */
  title(): Locator {
    return this.chapter().getByRole('heading', { level: 2 }).first();
  }

  toc(): Locator {
    return this.page.getByRole('navigation', { name: this.text('learn.chapters') });
  }

  prediction(): Locator {
    return this.page.getByRole('group', { name: new RegExp(`^${this.text('learn.predict')}:`) });
  }

  choices(): Locator {
    return this.prediction().getByRole('radio');
  }

  runButton(): Locator {
    return this.page.getByRole('button', {
      name: new RegExp(`^(${this.text('learn.run')}|${this.text('learn.runAgain')})$`),
    });
  }

  readBack(): Locator {
    return this.page.getByRole('region', { name: this.text('learn.readback') });
  }

  results(): Locator {
    return this.page.getByRole('region', { name: this.text('learn.results') }).getByRole('table');
  }

  pointer(): Locator {
    return this.page.getByRole('complementary').filter({ hasText: this.text('learn.pointer.dismiss') });
  }

  next(): Locator {
    return this.page.getByRole('navigation', { name: this.text('learn.nav') }).getByRole('link', {
      name: new RegExp(`^${this.text('learn.next')}:`),
    });
  }

  /** Picks the `index`-th answer, runs the chapter and waits for the read-back. */
  async predictAndRun(index: number, timeout = 180_000): Promise<void> {
    await expect(this.runButton()).toBeDisabled();
    const choice = this.choices().nth(index);
    await choice.check();
    await expect(choice).toBeChecked();
    await expect(this.runButton()).toBeEnabled();
    await this.runButton().click();
    await expect(this.readBack()).toBeVisible({ timeout });
    await expect(this.runButton()).toBeEnabled({ timeout });
  }

  /** Every cell of the results table that holds a measured number (time or ratio). */
  async measuredCells(): Promise<string[]> {
    const cells = await this.results().locator('td, th[scope="row"]').allInnerTexts();
    return cells.map((c) => c.trim()).filter((c) => MEASURED.test(c));
  }
}

export const test = base.extend<{ learn: Learn; lang: Lang }>({
  lang: ['en', { option: true }],
  learn: async ({ page, lang }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await use(new Learn(page, lang));
    expect(errors, 'uncaught errors on the page').toEqual([]);
  },
});

export { expect };

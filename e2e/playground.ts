import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** The playground as a person uses it: by labels and roles, never by CSS structure. */
export class Playground {
  constructor(readonly page: Page) {}

  async open(query = ''): Promise<void> {
    await this.page.goto(`/${query}`);
    await expect(this.page.getByRole('heading', { name: 'Concurrency Playground' })).toBeVisible();
  }

  workload(): Locator {
    return this.page.getByRole('combobox', { name: 'Workload' });
  }

  field(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  strategy(name: string): Locator {
    return this.page.getByRole('radio', { name, exact: true });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  results(): Locator {
    return this.page.getByRole('table');
  }

  row(strategy: string): Locator {
    return this.results()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: strategy, exact: true }) });
  }

  alert(): Locator {
    return this.page.getByRole('alert');
  }

  status(): Locator {
    return this.page.getByRole('status');
  }

  async chooseWorkload(label: string, params: Record<string, string | number> = {}): Promise<void> {
    await this.workload().selectOption({ label });
    for (const [name, value] of Object.entries(params)) await this.field(name).fill(String(value));
  }

  /** Sets run settings by their labels, e.g. { Repetitions: 1, Workers: 2 }. */
  async settings(values: Record<string, string | number>): Promise<void> {
    for (const [name, value] of Object.entries(values)) await this.field(name).fill(String(value));
  }

  /** Clicks a run button and waits until the app is idle again. */
  async runAndWait(button: 'Run' | 'Compare all', timeout = 90_000): Promise<void> {
    await this.button(button).click();
    await expect(this.button('Cancel')).toBeDisabled({ timeout });
    await expect(this.page.getByText('Ready.', { exact: true })).toBeVisible({ timeout });
  }

  /** The text of one column of a strategy's row. */
  async cell(strategy: string, column: string): Promise<string> {
    const headers = await this.results().getByRole('columnheader').allInnerTexts();
    const index = headers.findIndex((h) => h.trim() === column);
    expect(index, `column ${column}`).toBeGreaterThanOrEqual(0);
    const cell = this.row(strategy)
      .getByRole(index === 0 ? 'rowheader' : 'cell')
      .nth(Math.max(0, index - 1));
    return ((await cell.textContent()) ?? '').trim();
  }
}

/** Serves the same build without COOP/COEP, as a static host without the service worker would. */
export async function withoutIsolation(page: Page): Promise<void> {
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['cross-origin-opener-policy'];
    delete headers['cross-origin-embedder-policy'];
    await route.fulfill({ response, headers });
  });
}

export const STRATEGY_NAMES = [
  'Main thread',
  'Main thread, yielding',
  'Worker pool (Comlink)',
  'SharedArrayBuffer + Atomics',
] as const;

export const test = base.extend<{ playground: Playground }>({
  playground: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await use(new Playground(page));
    expect(errors, 'uncaught errors on the page').toEqual([]);
  },
});

export { expect };

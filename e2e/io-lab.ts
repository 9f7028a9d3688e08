import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** The I/O lab (#/io) as a person uses it: by labels and roles, never by CSS structure. */
export class IoLab {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/#/io');
    await expect(this.page.getByRole('heading', { name: 'I/O lab', exact: true })).toBeVisible();
  }

  field(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  radio(name: string): Locator {
    return this.page.getByRole('radio', { name, exact: true });
  }

  /** Fills fields by their labels, e.g. { Items: 20, 'Server latency': 50 }. */
  async fill(values: Record<string, string | number>): Promise<void> {
    for (const [name, value] of Object.entries(values)) await this.field(name).fill(String(value));
  }

  async overflow(choice: 'Queue (latency grows)' | 'Refuse with 503 (clients retry)'): Promise<void> {
    await this.page
      .getByRole('combobox', { name: 'Past capacity', exact: true })
      .selectOption({ label: choice });
  }

  /** The results table (its caption starts "Median of"). */
  results(): Locator {
    return this.page.getByRole('table', { name: /^Median of/ });
  }

  row(strategy: string): Locator {
    return this.results()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: strategy, exact: true }) });
  }

  /** A column's cell in a strategy's row. */
  async cell(strategy: string, column: string): Promise<Locator> {
    const headers = await this.results().getByRole('columnheader').allInnerTexts();
    const index = headers.findIndex((h) => h.trim() === column);
    expect(index, `column ${column}`).toBeGreaterThan(0);
    return this.row(strategy)
      .getByRole('cell')
      .nth(index - 1);
  }

  /** A number a cell carries as data-<name> (exact, unrounded). */
  async data(strategy: string, column: string, name: string): Promise<number> {
    const cell = await this.cell(strategy, column);
    const v = await cell.getAttribute(`data-${name}`);
    expect(v, `data-${name} of ${strategy} / ${column}`).not.toBeNull();
    return Number(v);
  }

  /** Clicks a button that starts a run and waits until the lab is ready again. */
  async runAndWait(button: string, timeout = 90_000): Promise<void> {
    await this.button(button).click();
    await expect(this.button('Cancel')).toBeDisabled({ timeout });
    await expect(this.page.getByText('Ready.', { exact: true })).toBeVisible({ timeout });
  }
}

/** Strategy names as the lab shows them. */
export const IO_NAMES = {
  serial: 'Sequential',
  batched: 'Batched',
  async: 'Fully async',
  hybrid: 'Hybrid (workers + async)',
} as const;

export const VERIFIED = '✓ every save acknowledged exactly once';

export const test = base.extend<{ lab: IoLab }>({
  lab: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await use(new IoLab(page));
    expect(errors, 'uncaught errors on the page').toEqual([]);
  },
});

export { expect };

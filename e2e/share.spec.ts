import { readFile } from 'node:fs/promises';
import type { Browser, Download, Locator, Page } from '@playwright/test';
import { expect, type Playground, STRATEGY_NAMES, test, withoutIsolation } from './playground';

// Sharing as people use it: a link copied with the real clipboard and opened in a fresh browser,
// re-run and compared; broken links; files out (JSON, CSV, charts) and back in. Small parameters:
// these tests check what is shown and carried, never speed.

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const SMALL = { Tasks: 8, 'Iterations per task': 200_000 };

/** The shared-results panel at the top of a shared link's page. */
function sharedPanel(page: Page, name: RegExp | string = 'Shared results'): Locator {
  return page.getByRole('region', { name });
}

/** A results table as one record per row, keyed by column header (row spans carried down). */
async function readTable(table: Locator): Promise<Record<string, string>[]> {
  return table.evaluate((t) => {
    const el = t as HTMLTableElement;
    const headers = Array.from(el.tHead?.rows[0]?.cells ?? []).map((c) => (c.textContent ?? '').trim());
    const out: Record<string, string>[] = [];
    for (const body of Array.from(el.tBodies)) {
      const carried: { text: string; left: number }[] = [];
      for (const row of Array.from(body.rows)) {
        const rec: Record<string, string> = {};
        const cells = Array.from(row.cells);
        let next = 0;
        headers.forEach((h, col) => {
          const c = carried[col];
          if (c && c.left > 0) {
            rec[h] = c.text;
            c.left--;
            return;
          }
          const cell = cells[next++];
          if (!cell) return;
          rec[h] = (cell.textContent ?? '').trim();
          if (cell.rowSpan > 1) carried[col] = { text: rec[h], left: cell.rowSpan - 1 };
        });
        out.push(rec);
      }
    }
    return out;
  });
}

/** The numbers a person compares: per strategy, median, range, speedup, fingerprint, workers. */
function numbers(rows: Record<string, string>[]): Record<string, string>[] {
  return rows.map((r) => ({
    strategy: r.Strategy ?? '',
    workers: r.Workers ?? '',
    median: r.Median ?? '',
    range: r.Range ?? '',
    speedup: r.Speedup ?? '',
    fingerprint: r.Fingerprint ?? '',
  }));
}

/** The figures in "7.39 ms", "4–11 ms", "1.25 s", "1.40×", each with the size of its last digit. */
function figures(text: string): { value: number; unit: number }[] {
  const scale = text.trim().endsWith(' s') ? 1000 : 1;
  return [...text.matchAll(/\d+(?:\.\d+)?/g)].map((m) => ({
    value: Number(m[0]) * scale,
    unit: 10 ** -(m[0].split('.')[1]?.length ?? 0) * scale,
  }));
}

/**
 * Same numbers as shown, to the last digit shown. Links keep times to 0.01 ms and the JSON to
 * 0.001 ms, so a figure exactly on a rounding boundary may show one last digit apart.
 */
function expectSameNumbers(shown: Record<string, string>[], expected: Record<string, string>[]): void {
  expect(shown.map((r) => r.strategy)).toEqual(expected.map((r) => r.strategy));
  shown.forEach((row, i) => {
    const want = expected[i] ?? {};
    expect(row.fingerprint, row.strategy).toBe(want.fingerprint);
    expect(row.workers, row.strategy).toBe(want.workers);
    for (const [column, units] of [
      ['median', 1],
      ['range', 1],
      ['speedup', 2],
    ] as const) {
      const a = figures(row[column] ?? '');
      const b = figures(want[column] ?? '');
      expect(a.length, `${row.strategy} ${column}: ${row[column]} vs ${want[column]}`).toBe(b.length);
      a.forEach((x, j) => {
        const y = b[j] ?? { value: Number.NaN, unit: 0 };
        expect(
          Math.abs(x.value - y.value),
          `${row.strategy} ${column}: ${row[column]} vs ${want[column]}`,
        ).toBeLessThanOrEqual(units * Math.max(x.unit, y.unit) * 1.001);
      });
    }
  });
}

/** Runs Compare all on a small Heavy loop and returns the results table's rows. */
async function compareSmall(playground: Playground, repetitions = 2): Promise<Record<string, string>[]> {
  await playground.open();
  await playground.chooseWorkload('Heavy loop', SMALL);
  await playground.settings({ Repetitions: repetitions, Workers: 2 });
  await playground.runAndWait('Compare all');
  await expect(playground.alert()).toHaveCount(0);
  return readTable(playground.results());
}

/** Presses Share and returns the link the clipboard holds. */
async function shareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(page.getByText(/^Link copied to the clipboard \([\d,]+ characters\)\./)).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  await expect(page.getByRole('textbox', { name: 'Link to these results' })).toHaveValue(link);
  return link;
}

/** A page in a browser context of its own, failing the test on any page error. */
async function freshPage(browser: Browser, errors: string[]): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  return page;
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ d: Download; body: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { d, body: await readFile(await d.path()) };
}

test('a shared link shows the same numbers read-only, labelled, and re-runs here side by side', async ({
  playground,
  page,
  browser,
}) => {
  const mine = numbers(await compareSmall(playground));
  expect(mine).toHaveLength(4);
  const link = await shareLink(page);
  expect(link).toMatch(/\?workload=heavy-loop&.*#\/s\/v1\./);
  expect(link.length).toBeLessThan(2000); // a Compare-all of one workload
  await expect(page.getByText(/^Link copied to the clipboard \(([\d,]+) characters\)/)).toContainText(
    link.length.toLocaleString('en-US'),
  );

  const errors: string[] = [];
  const other = await freshPage(browser, errors);
  await other.goto(link);
  const shared = sharedPanel(other);
  await expect(shared).toBeVisible();
  // The sharer's environment, e.g. "Shared from Chrome 156 on a 2-core machine, 22 Nov 2026".
  const cores = await page.evaluate(() => Math.max(1, navigator.hardwareConcurrency || 1));
  const browserName = await page.evaluate(
    () => /(?:HeadlessChrome|Chrome)\/(\d+)/.exec(navigator.userAgent)?.[1],
  );
  const today = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: 'numeric' }).format(
    new Date(),
  );
  await expect(
    shared.getByText(`Shared from Chrome ${browserName} on a ${cores}-core machine, ${today}`),
  ).toBeVisible();
  await expect(shared.getByText(/^Read-only/)).toBeVisible();
  // The same numbers, in the same table: strategies, medians, ranges, speedups, fingerprints.
  const theirs = numbers(await readTable(shared.getByRole('table')));
  expectSameNumbers(theirs, mine);
  await expect(shared.getByText('identical across 4 strategies')).toBeVisible();
  await expect(shared.getByRole('figure', { name: 'Median time per strategy' })).toBeVisible();
  await expect(shared.locator('svg [data-label="speedup"]')).toHaveCount(4);
  await expect(
    shared.getByRole('img', { name: /^Lanes of Worker pool \(Comlink\), last repetition/ }),
  ).toBeVisible();

  // The setup is in the form, and nothing ran: no pool started, no results here, idle.
  await expect(other.getByRole('textbox', { name: 'Tasks', exact: true })).toHaveValue('8');
  await expect(other.getByRole('textbox', { name: 'Workers', exact: true })).toHaveValue('2');
  await other.waitForTimeout(500);
  await expect(other.getByText('Ready.', { exact: true })).toBeVisible();
  await expect(other.getByLabel('Environment')).toContainText(/Pool start-up\s*not started/);
  await expect(other.getByText('No results for this setup yet.', { exact: false })).toBeVisible();

  // Re-run on my machine: theirs and mine side by side, with the ratio per strategy.
  await shared.getByRole('button', { name: 'Re-run on my machine' }).click();
  await expect(shared.getByText('Re-run finished: theirs and mine are side by side below.')).toBeVisible({
    timeout: 90_000,
  });
  await expect(other.getByText('Ready.', { exact: true })).toBeVisible();
  const machines = shared.getByLabel('Machines compared');
  await expect(machines).toContainText(`Theirs:Chrome ${browserName} on a ${cores}-core machine, ${today}`);
  await expect(machines).toContainText(`Mine:Chrome ${browserName} on this ${cores}-core machine, ${today}`);
  const compared = await readTable(shared.getByRole('table'));
  expect(compared).toHaveLength(8);
  for (const [i, name] of STRATEGY_NAMES.entries()) {
    const theirRow = compared[2 * i];
    const mineRow = compared[2 * i + 1];
    expect(theirRow?.Strategy).toBe(name);
    expect(mineRow?.Strategy).toBe(name);
    expect(theirRow?.Machine).toBe('Theirs');
    expect(mineRow?.Machine).toBe('Mine');
    // Theirs unchanged; mine measured here, the same verified answer.
    expect(theirRow?.Median).toBe(theirs[i]?.median);
    expect(mineRow?.Fingerprint).toBe(mine[i]?.fingerprint);
    expect(mineRow?.Verified).toBe('✓ verified');
    // Mine ÷ theirs, and who was faster.
    const ratio = theirRow?.['Mine ÷ theirs'] ?? '';
    expect(ratio).toMatch(/^\d+\.\d\d× (about the same|mine \d+\.\d\d× faster|theirs \d+\.\d\d× faster)$/);
    const [m] = figures(mineRow?.Median ?? '');
    const [t] = figures(theirRow?.Median ?? '');
    const r = Number.parseFloat(ratio);
    const expected = (m?.value ?? 0) / (t?.value ?? 1);
    const slack = 0.01 + expected * ((m?.unit ?? 0) / (m?.value ?? 1) + (t?.unit ?? 0) / (t?.value ?? 1));
    expect(
      Math.abs(r - expected),
      `${name}: ${ratio} vs ${mineRow?.Median} ÷ ${theirRow?.Median}`,
    ).toBeLessThanOrEqual(slack);
    if (r < 0.95) expect(ratio).toContain('mine');
    if (r > 1.05) expect(ratio).toContain('theirs');
  }
  // Both machines in the same chart: two bars per strategy.
  await expect(shared.locator('svg [data-label="speedup"]')).toHaveCount(8);
  await expect(shared.getByRole('figure', { name: 'Median time per strategy' })).toContainText(
    'Worker pool (Comlink) · Mine',
  );

  // Back to the playground: usable, with the re-run's results.
  await shared.getByRole('button', { name: 'Back to the playground' }).click();
  await expect(sharedPanel(other)).toHaveCount(0);
  await expect(other.getByRole('table')).toBeVisible();
  expect(errors).toEqual([]);
  await other.context().close();
});

test('re-running where a strategy is unavailable runs the others and names the one skipped', async ({
  playground,
  page,
  browser,
}) => {
  await playground.open();
  await playground.chooseWorkload('Heavy loop', SMALL);
  await playground.settings({ Repetitions: 1, Workers: 2 });
  await playground.strategy('Main thread').check();
  await playground.runAndWait('Run');
  await playground.strategy('SharedArrayBuffer + Atomics').check();
  await playground.runAndWait('Run');
  const link = await shareLink(page);

  const errors: string[] = [];
  const other = await freshPage(browser, errors);
  await withoutIsolation(other); // a static host without the isolation headers
  await other.goto(link);
  expect(await other.evaluate(() => crossOriginIsolated)).toBe(false);
  const shared = sharedPanel(other);
  await expect(shared.getByText('Cross-origin isolated: yes', { exact: false })).toBeVisible(); // theirs was
  await shared.getByRole('button', { name: 'Re-run on my machine' }).click();
  await expect(shared.getByText('Re-run finished', { exact: false })).toBeVisible({ timeout: 60_000 });
  await expect(
    shared.getByText('Not run here: SharedArrayBuffer + Atomics (unavailable in this browser).', {
      exact: false,
    }),
  ).toBeVisible();
  const rows = await readTable(shared.getByRole('table'));
  expect(rows.map((r) => `${r.Strategy} · ${r.Machine}`)).toEqual([
    'Main thread · Theirs',
    'Main thread · Mine',
    'SharedArrayBuffer + Atomics · Theirs',
  ]);
  expect(rows[0]?.['Mine ÷ theirs']).toMatch(/^\d+\.\d\d×/);
  expect(rows[2]?.['Mine ÷ theirs']).toBe('—');
  await expect(other.getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual([]);
  await other.context().close();
});

test('a broken link says exactly what is wrong, and the app still runs a workload', async ({
  playground,
  page,
}) => {
  await playground.open();
  await playground.chooseWorkload('Heavy loop', SMALL);
  await playground.settings({ Repetitions: 1, Workers: 2 });
  await playground.strategy('Worker pool (Comlink)').check();
  await playground.runAndWait('Run');
  const link = await shareLink(page);
  const [base, payload = ''] = link.split('#/s/');
  const body = payload.slice(3); // after "v1."
  // A character flipped in the checksum: the data no longer matches it.
  const flipped = `v1.${body.slice(0, 2)}${body[2] === 'A' ? 'B' : 'A'}${body.slice(3)}`;
  const cases: [string, string, RegExp][] = [
    ['truncated', payload.slice(0, Math.floor(payload.length / 2)), /It is cut short: its end is missing/],
    ['tampered', flipped, /Its data is damaged and cannot be unpacked/],
    ['future version', `v2.${body}`, /made by a newer version of this app/],
    [
      'not base64',
      `v1.${body.slice(0, 10)}<b>!${body.slice(10)}`,
      /characters that are never part of shared results/,
    ],
    ['wrong version', `x${payload}`, /not in a format this app knows/],
    ['oversized', `v1.${'A'.repeat(40_000)}`, /far larger than any real result/],
    ['empty', '', /It holds no results/],
  ];
  for (const [what, bad, message] of cases) {
    await test.step(what, async () => {
      await page.goto(`${base}#/s/${bad}`);
      const panel = sharedPanel(page);
      const alert = panel.getByRole('alert');
      await expect(alert).toContainText('This shared link can’t be opened.');
      await expect(alert).toContainText(message);
      await expect(alert).toContainText('the playground below works as usual');
      await expect(panel.getByRole('table')).toHaveCount(0);
      await expect(page.locator('b')).toHaveCount(0); // nothing from the link is HTML
    });
  }
  // Still fully usable: run a workload right under the message.
  await page.goto(`${base}#/s/${payload.slice(0, 40)}`);
  await expect(sharedPanel(page).getByRole('alert')).toBeVisible();
  await playground.settings({ Repetitions: 1 });
  await playground.runAndWait('Run');
  expect(await playground.cell('Worker pool (Comlink)', 'Verified')).toBe('✓ verified');
});

test('results go out as JSON, CSV and chart images, and JSON comes back in (open or drop)', async ({
  playground,
  page,
}) => {
  const repetitions = 2;
  const mine = numbers(await compareSmall(playground, repetitions));

  // CSV: a header and one row per sample.
  const csv = await downloaded(page, () => playground.button('Download results (CSV)').click());
  expect(csv.d.suggestedFilename()).toMatch(/^concurrency-heavy-loop-samples-\d{4}-\d\d-\d\dT\d{6}\.csv$/);
  const lines = csv.body.toString('utf8').trim().split(/\r?\n/);
  expect(lines.length - 1).toBe(STRATEGY_NAMES.length * repetitions);

  // The comparison chart as SVG (a standalone document) and PNG (2× pixels).
  const chart = page.getByRole('figure', { name: 'Median time per strategy' });
  const menu = chart.getByRole('button', { name: 'Download chart: Median time per strategy' });
  await menu.click();
  const svg = await downloaded(page, () => chart.getByRole('button', { name: 'SVG (vector)' }).click());
  expect(svg.d.suggestedFilename()).toMatch(/^concurrency-heavy-loop-comparison-.*\.svg$/);
  const svgText = svg.body.toString('utf8');
  expect(svgText.startsWith('<svg')).toBe(true);
  expect(svgText).toContain('Median time per strategy');
  expect(svgText).toContain('Worker pool (Comlink)');
  await menu.click();
  const png = await downloaded(page, () => chart.getByRole('button', { name: 'PNG (image)' }).click());
  expect(png.d.suggestedFilename()).toMatch(/\.png$/);
  expect([...png.body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = png.body.readUInt32BE(16);
  const box = await chart.locator('svg.recharts-surface').boundingBox();
  expect(width).toBe(2 * Math.ceil(box?.width ?? 0)); // drawn at devicePixelRatio 2

  // JSON out, then in through "Import results…": the same numbers, shown like a shared link.
  const json = await downloaded(page, () => playground.button('Download results (JSON)').click());
  await page.getByLabel('Results file (JSON)').setInputFiles({
    name: 'results.json',
    mimeType: 'application/json',
    buffer: json.body,
  });
  const imported = sharedPanel(page, 'Imported results');
  await expect(imported).toBeVisible();
  await expect(
    imported.getByText(/^From the file results\.json: measured with Chrome \d+ on a \d+-core machine/),
  ).toBeVisible();
  expectSameNumbers(numbers(await readTable(imported.getByRole('table'))), mine);
  await expect(page).toHaveURL(/#\/s\/v1\./); // the imported view has a link of its own

  // A file whose text tries to be HTML is shown as text, and dropping it on the page works too.
  const hostile = JSON.parse(json.body.toString('utf8'));
  hostile.environment.browser = '<img src=x onerror="window.__pwned=1">';
  await imported.getByRole('button', { name: 'Back to the playground' }).click();
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, JSON.stringify(hostile));
  const dropped = sharedPanel(page, 'Imported results');
  await expect(dropped.getByText(/^From the file dropped\.json/)).toBeVisible();
  await expect(dropped.locator('img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

  // A file that is not results says so, in the same words as a link, and loses nothing.
  await dropped.getByRole('button', { name: 'Back to the playground' }).click();
  await page.getByLabel('Results file (JSON)').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello": '),
  });
  const problem = page.getByRole('alert').filter({ hasText: 'This results file can’t be opened.' });
  await expect(problem).toBeVisible();
  await expect(playground.results()).toBeVisible();
});

test.describe('in Korean', () => {
  test.use({ locale: 'ko-KR' });
  test('a broken link is explained in Korean', async ({ page }) => {
    await page.goto('/#/s/v9.AAAA');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('이 공유 링크를 열 수 없어요');
    await expect(alert).toContainText('더 새로운 버전');
    await expect(page.getByRole('button', { name: '플레이그라운드로 돌아가기' })).toBeVisible();
  });
});

import type { Page } from '@playwright/test';
import { expect, test, withoutIsolation } from './playground';

// Small parameters: these tests check what is drawn and computed, never how fast it was.
const SMALL = { Tasks: 8, 'Iterations per task': 300_000 };

/** "3.84 ms" / "1.25 s" / "1.86×" → a number (ms for times). */
/** Half a unit in the last digit shown, in ms: how far a displayed time may be from the real one. */
function shownPrecision(text: string): number {
  const t = text.trim();
  const decimals = /\.(\d+)/.exec(t)?.[1]?.length ?? 0;
  return 0.5 * 10 ** -decimals * (t.endsWith(' s') ? 1000 : 1);
}

function parse(text: string): number {
  const t = text.trim();
  if (t.endsWith(' s')) return Number.parseFloat(t) * 1000;
  return Number.parseFloat(t);
}

/** The body rows of a data table (opened by its toggle), as cell texts. */
async function tableRows(page: Page, caption: string): Promise<string[][]> {
  await page.getByRole('button', { name: `Show data table: ${caption}` }).click();
  const table = page.getByRole('table', { name: caption });
  await expect(table).toBeVisible();
  const rows = table.getByRole('row');
  const n = await rows.count();
  const out: string[][] = [];
  for (let i = 1; i < n; i++) out.push(await rows.nth(i).getByRole('cell').allInnerTexts());
  return out;
}

test('the scaling sweep plots one point per worker count, fits Amdahl, and is kept per setup', async ({
  playground,
  page,
}, testInfo) => {
  await playground.open();
  const cores = await page.evaluate(() => Math.max(1, navigator.hardwareConcurrency || 1));
  const counts = Array.from({ length: 2 * cores }, (_, i) => i + 1);
  await playground.chooseWorkload('Heavy loop', SMALL);
  await playground.settings({ Repetitions: 1 });
  const sweep = page.getByRole('region', { name: 'Scaling sweep' });
  await expect(sweep.getByText('No sweep for this setup yet.')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Sweep strategy' })).toHaveValue('worker-pool');

  await sweep.getByRole('button', { name: 'Run scaling sweep' }).click();
  await expect(playground.button('Cancel')).toBeDisabled({ timeout: 120_000 });
  await expect(page.getByText('Ready.', { exact: true })).toBeVisible();
  await expect(playground.alert()).toHaveCount(0);

  // One marker per worker count, in order, inside the chart's SVG.
  const markers = sweep.locator('svg [data-sweep-point]');
  await expect(markers).toHaveCount(counts.length);
  const marked = await markers.evaluateAll((els) =>
    els.map((e) => Number(e.getAttribute('data-sweep-point'))),
  );
  expect(marked).toEqual(counts);
  if (cores > 1) {
    await expect(sweep.getByText(/^Serial fraction ≈ \d+(\.\d)?% → /)).toBeVisible();
    await expect(sweep.getByText(/Amdahl fit \(s ≈ \d+(\.\d)?%\)/)).toBeVisible();
  }
  await expect(
    sweep.getByText(`this machine reports ${cores} ${cores === 1 ? 'core' : 'cores'}`),
  ).toBeVisible();

  // The data table: one row per worker count; ideal = min(n, cores); efficiency = speedup ÷ n.
  const rows = await tableRows(page, 'Speedup by workers');
  expect(rows.map((r) => Number(r[0]))).toEqual(counts);
  for (const [workers, median, speedup, efficiency, ideal, fit] of rows) {
    const n = Number(workers);
    expect(parse(median ?? '')).toBeGreaterThan(0);
    const s = parse(speedup ?? '');
    expect(s).toBeGreaterThan(0);
    expect(Math.abs(parse(efficiency ?? '') - Math.round((s / n) * 100))).toBeLessThanOrEqual(1);
    expect(parse(ideal ?? '')).toBe(Math.min(n, cores));
    if (cores > 1) expect(parse(fit ?? '')).toBeGreaterThanOrEqual(1);
  }
  await sweep.screenshot({ path: testInfo.outputPath('sweep.png') });

  // Another problem hides the sweep; going back shows it again.
  await playground.field('Iterations per task').fill('300001');
  await expect(sweep.getByText('No sweep for this setup yet.')).toBeVisible();
  await expect(sweep.locator('svg [data-sweep-point]')).toHaveCount(0);
  await playground.field('Iterations per task').fill('300000');
  await expect(sweep.locator('svg [data-sweep-point]')).toHaveCount(counts.length);
});

test('a shared-memory sweep shows whole-sweep progress and can be cancelled, keeping its points', async ({
  playground,
  page,
}) => {
  await playground.open();
  const cores = await page.evaluate(() => Math.max(1, navigator.hardwareConcurrency || 1));
  test.skip(cores < 2, 'needs at least 3 steps after the baseline to cancel in the middle');
  test.setTimeout(180_000);
  // Big enough that the sweep is still running when Cancel is pressed.
  await playground.chooseWorkload('Heavy loop', { Tasks: 16, 'Iterations per task': 60_000_000 });
  await playground.settings({ Repetitions: 1 });
  await page.getByRole('combobox', { name: 'Sweep strategy' }).selectOption('shared-memory');
  const sweep = page.getByRole('region', { name: 'Scaling sweep' });
  await sweep.getByRole('button', { name: 'Run scaling sweep' }).click();

  // Step 3 of 2·cores + 1 (baseline, 1 worker, then 2 workers): at least 2 of the steps are done.
  await expect(sweep.getByText(/Measuring 2 workers \(3 of \d+\)/)).toBeVisible({ timeout: 90_000 });
  // The bar shows the whole sweep, not just the measurement in flight (it is coalesced to 10 Hz,
  // so poll until the latest value lands).
  const bar = page.getByRole('progressbar', { name: 'Run progress' });
  const steps = 2 * cores + 1;
  await expect
    .poll(async () => Number(await bar.getAttribute('value')))
    .toBeGreaterThanOrEqual(2 / steps - 1e-9);
  expect(Number(await bar.getAttribute('value'))).toBeLessThan(1);
  await expect(sweep.locator('svg [data-sweep-point]')).toHaveCount(1); // the 1-worker point so far

  await playground.button('Cancel').click();
  await expect(page.getByText('Ready.', { exact: true })).toBeVisible({ timeout: 90_000 });
  await expect(playground.status()).toContainText('Run cancelled');
  await expect(playground.alert()).toHaveCount(0);
  const note = sweep.getByText(/^Sweep cancelled after \d+ of \d+ worker counts/);
  await expect(note).toBeVisible();
  const kept = Number(/after (\d+) of/.exec((await note.textContent()) ?? '')?.[1]);
  expect(kept).toBeGreaterThanOrEqual(1);
  expect(kept).toBeLessThan(2 * cores);
  await expect(sweep.locator('svg [data-sweep-point]')).toHaveCount(kept);
  expect(await tableRows(page, 'Speedup by workers')).toHaveLength(kept);
  await expect(sweep.getByText(/Speedup vs workers — SharedArrayBuffer \+ Atomics/)).toBeVisible();

  // The app is ready for the next run.
  await expect(sweep.getByRole('button', { name: 'Run scaling sweep' })).toBeEnabled();
});

test('the comparison chart labels speedup · efficiency and marks the ideal time', async ({
  playground,
  page,
}, testInfo) => {
  await playground.open();
  const cores = await page.evaluate(() => Math.max(1, navigator.hardwareConcurrency || 1));
  await playground.chooseWorkload('Heavy loop', SMALL);
  await playground.settings({ Repetitions: 1 });
  await playground.runAndWait('Compare all');
  await expect(playground.alert()).toHaveCount(0);
  const workers = Number(await playground.cell('Worker pool (Comlink)', 'Workers'));

  const chart = page.getByRole('figure', { name: 'Median time per strategy' });
  await expect(chart.locator('svg').getByText('1.00× · 100%')).toBeVisible(); // the baseline itself
  await expect(chart.locator('svg [data-label="speedup"]')).toHaveCount(4);
  for (const label of await chart.locator('svg [data-label="speedup"]').allTextContents())
    expect(label).toMatch(/^\d+\.\d\d× · \d+%$/);
  // One ideal marker per worker strategy (pool and shared memory), none on the main-thread rows.
  await expect(chart.locator('svg [data-marker="ideal"]')).toHaveCount(2);
  await expect(chart.getByText('ideal = main thread ÷ workers')).toBeVisible();
  await chart.screenshot({ path: testInfo.outputPath('comparison.png') });

  // The data table holds the same numbers: ideal = main-thread median ÷ min(workers, cores).
  const rows = await tableRows(page, 'Median time per strategy');
  expect(rows.map((r) => r[0])).toEqual([
    'Main thread',
    'Main thread, yielding',
    'Worker pool (Comlink)',
    'SharedArrayBuffer + Atomics',
  ]);
  const main = parse(rows[0]?.[1] ?? '');
  const pool = rows[2] ?? [];
  expect(pool[4]).toMatch(/^\d+\.\d\d×$/);
  const ideal = parse(pool[6] ?? '');
  // Both figures are rounded for display (e.g. "14 ms" ≥ 10 ms): allow exactly that rounding.
  const p = Math.min(workers, cores);
  const rounding = shownPrecision(rows[0]?.[1] ?? '') / p + shownPrecision(pool[6] ?? '');
  expect(Math.abs(ideal - main / p)).toBeLessThanOrEqual(rounding + 1e-9);
  expect(rows[0]?.[4]).toBe('1.00×');
  expect(rows[0]?.[5]).toBe('100%');
});

test('without cross-origin isolation the sweep offers the pool and says why shared memory is off', async ({
  playground,
  page,
}) => {
  await withoutIsolation(page);
  await playground.open();
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
  const choice = page.getByRole('combobox', { name: 'Sweep strategy' });
  await expect(choice).toHaveValue('worker-pool');
  await expect(
    choice.getByRole('option', { name: /SharedArrayBuffer \+ Atomics \(unavailable\)/ }),
  ).toBeDisabled();
  const sweep = page.getByRole('region', { name: 'Scaling sweep' });
  await expect(
    sweep.getByText(
      /SharedArrayBuffer \+ Atomics unavailable: SharedArrayBuffer needs cross-origin isolation/,
    ),
  ).toBeVisible();
  await expect(sweep.getByRole('button', { name: 'Run scaling sweep' })).toBeEnabled();
});

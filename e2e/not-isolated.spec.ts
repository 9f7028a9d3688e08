import { expect, STRATEGY_NAMES, test, withoutIsolation } from './playground';

// The same production build served without COOP/COEP (as a static host without the service worker
// would): shared memory must say why it is unavailable, and everything else must still work.
test.beforeEach(async ({ page }) => {
  await withoutIsolation(page);
});

test('without cross-origin isolation, shared memory is unavailable with the reason and the rest runs', async ({
  playground,
  page,
}) => {
  await playground.open();
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
  await expect(page.getByLabel('Environment')).toContainText(/Cross-origin isolated\s*no/);
  const shared = playground.strategy('SharedArrayBuffer + Atomics');
  await expect(shared).toBeDisabled();
  await expect(page.getByText(/Unavailable: SharedArrayBuffer needs cross-origin isolation/)).toBeVisible();

  await playground.chooseWorkload('Prime count', { 'N (count primes below)': 30_000, 'Ranges (tasks)': 6 });
  await playground.settings({ Repetitions: 1 });
  await playground.runAndWait('Compare all');
  await expect(playground.alert()).toHaveCount(0);
  for (const name of STRATEGY_NAMES.filter((n) => n !== 'SharedArrayBuffer + Atomics')) {
    expect(await playground.cell(name, 'Verified')).toBe('✓ verified');
  }
  await expect(playground.row('SharedArrayBuffer + Atomics')).toHaveCount(0);
});

test('a link that asks for shared memory on a non-isolated page explains and falls back', async ({
  playground,
  page,
}) => {
  await playground.open('?workload=heavy-loop&tasks=4&n=1000&strategy=shared-memory&repetitions=1');
  await expect(playground.strategy('SharedArrayBuffer + Atomics')).toBeDisabled();
  await playground.button('Run').click();
  await expect(playground.alert()).toContainText('unavailable');
  await playground.strategy('Worker pool (Comlink)').check();
  await playground.runAndWait('Run');
  expect(await playground.cell('Worker pool (Comlink)', 'Verified')).toBe('✓ verified');
  await expect(page.getByText('Ready.', { exact: true })).toBeVisible();
});

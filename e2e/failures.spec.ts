import { expect, test } from './playground';

test('Cancel stops a long worker-pool run, and the next run works', async ({ playground, page }) => {
  await playground.open();
  // fib(38) × 12 would take tens of seconds: cancelling must not wait for it.
  await playground.chooseWorkload('Fibonacci', { 'First n': 38, Step: 0, Tasks: 12 });
  await playground.settings({ Repetitions: 3 });
  await playground.strategy('Worker pool (Comlink)').check();
  await playground.button('Run').click();
  await expect(playground.button('Cancel')).toBeEnabled();
  await playground.button('Cancel').click();
  await expect(playground.status()).toContainText('Run cancelled', { timeout: 5_000 });
  await expect(page.getByText('Ready.', { exact: true })).toBeVisible();

  await playground.settings({ 'First n': 20, Step: 1, Tasks: 6, Repetitions: 1 });
  await playground.runAndWait('Run');
  expect(await playground.cell('Worker pool (Comlink)', 'Verified')).toBe('✓ verified');
});

test('Cancel stops a shared-memory run too', async ({ playground, page }) => {
  await playground.open();
  await playground.chooseWorkload('Fibonacci', { 'First n': 38, Step: 0, Tasks: 12 });
  await playground.strategy('SharedArrayBuffer + Atomics').check();
  await playground.button('Run').click();
  await playground.button('Cancel').click();
  await expect(playground.status()).toContainText('Run cancelled', { timeout: 5_000 });
  await expect(page.getByText('Ready.', { exact: true })).toBeVisible();
  await playground.settings({ 'First n': 20, Step: 1, Tasks: 6, Repetitions: 1 });
  await playground.runAndWait('Run');
  expect(await playground.cell('SharedArrayBuffer + Atomics', 'Verified')).toBe('✓ verified');
});

for (const strategy of [
  'Main thread',
  'Main thread, yielding',
  'Worker pool (Comlink)',
  'SharedArrayBuffer + Atomics',
]) {
  test(`${strategy}: a throwing kernel shows an error, then the app recovers`, async ({ playground }) => {
    await playground.open();
    await playground.chooseWorkload('Prime count', { 'N (count primes below)': 20_000, 'Ranges (tasks)': 8 });
    await playground.settings({ Repetitions: 1, 'Fail task': 5 });
    await playground.strategy(strategy).check();
    await playground.runAndWait('Run');
    await expect(playground.alert()).toContainText('A task failed');
    await expect(playground.alert()).toContainText('Task 5 (primes in [12500, 15000))');
    await playground.settings({ 'Fail task': '' });
    await playground.runAndWait('Run');
    await expect(playground.alert()).toHaveCount(0);
    expect(await playground.cell(strategy, 'Verified')).toBe('✓ verified');
  });
}

for (const strategy of ['Worker pool (Comlink)', 'SharedArrayBuffer + Atomics']) {
  test(`${strategy}: a worker that dies is reported and replaced`, async ({ playground, page }) => {
    await playground.open();
    await playground.chooseWorkload('Heavy loop', { Tasks: 10, 'Iterations per task': 100_000 });
    await playground.settings({ Repetitions: 1, 'Fail task': 4 });
    await page.getByRole('combobox', { name: 'Fault kind' }).selectOption('crash');
    await playground.strategy(strategy).check();
    await playground.runAndWait('Run');
    await expect(playground.alert()).toContainText('A worker died');
    await playground.settings({ 'Fail task': '' });
    await playground.runAndWait('Run');
    await expect(playground.alert()).toHaveCount(0);
    expect(await playground.cell(strategy, 'Workers')).toBe('2');
    expect(await playground.cell(strategy, 'Verified')).toBe('✓ verified');
  });
}

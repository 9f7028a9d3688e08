import { expect, STRATEGY_NAMES, test } from './playground';

// Small parameters: these tests check behaviour and correctness, never speed.
const SMALL: Record<string, Record<string, number>> = {
  'Heavy loop': { Tasks: 12, 'Iterations per task': 200_000 },
  Fibonacci: { 'First n': 15, Step: 1, Tasks: 8 },
  'Prime count': { 'N (count primes below)': 60_000, 'Ranges (tasks)': 9 },
  Mandelbrot: { Width: 64, 'Height (tasks)': 40, 'Max iterations': 200 },
};

test('the page is cross-origin isolated, so shared memory is offered', async ({ playground, page }) => {
  await playground.open();
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  await expect(page.getByLabel('Environment')).toContainText(/Cross-origin isolated\s*yes/);
  await expect(playground.strategy('SharedArrayBuffer + Atomics')).toBeEnabled();
});

for (const [workload, params] of Object.entries(SMALL)) {
  test(`${workload}: every strategy computes the same verified answer`, async ({ playground, page }) => {
    await playground.open();
    await playground.chooseWorkload(workload, params);
    await playground.settings({ Repetitions: 1 });
    await playground.runAndWait('Compare all');
    await expect(playground.alert()).toHaveCount(0);
    const prints = new Set<string>();
    for (const name of STRATEGY_NAMES) {
      await expect(playground.row(name)).toBeVisible();
      expect(await playground.cell(name, 'Verified')).toBe('✓ verified');
      prints.add(await playground.cell(name, 'Fingerprint'));
    }
    await expect(page.getByText('identical across 4 strategies')).toBeVisible();
    expect(prints.size).toBe(1);
    expect(await playground.cell('Main thread', 'Speedup')).toBe('1.00×');
  });
}

test('the worker pool reports start-up time, worker count and completion order', async ({
  playground,
  page,
}) => {
  await playground.open();
  await playground.chooseWorkload('Fibonacci', { 'First n': 18, Step: 1, Tasks: 10 });
  await playground.settings({ Repetitions: 1, Workers: 2 });
  await page.getByRole('combobox', { name: 'Result order (pool)' }).selectOption('completion');
  await playground.strategy('Worker pool (Comlink)').check();
  await playground.runAndWait('Run');
  expect(await playground.cell('Worker pool (Comlink)', 'Workers')).toBe('2');
  await expect(page.getByLabel('Environment')).not.toContainText(/Pool start-up\s*not started/);
  // Completion order: eight distinct task numbers of the ten, in whatever order they finished.
  const completion = (await playground.cell('Worker pool (Comlink)', 'Delivery order'))
    .split(' ')
    .slice(0, 8);
  expect(new Set(completion).size).toBe(8);
  for (const t of completion) expect(Number(t)).toBeLessThan(10);

  // Submission order (Pool.map): results reach the caller strictly in task order.
  await page.getByRole('combobox', { name: 'Result order (pool)' }).selectOption('submission');
  await playground.settings({ 'Chunk size': 1 });
  await playground.runAndWait('Run');
  expect(await playground.cell('Worker pool (Comlink)', 'Delivery order')).toBe('0 1 2 3 4 5 6 7 …');
  expect(await playground.cell('Worker pool (Comlink)', 'Chunk')).toBe('1');
});

test('Mandelbrot rows are drawn and tinted by the worker that computed them', async ({
  playground,
  page,
}) => {
  await playground.open();
  await playground.chooseWorkload('Mandelbrot', SMALL.Mandelbrot);
  await playground.settings({ Repetitions: 1, Workers: 2 });
  await playground.strategy('Worker pool (Comlink)').check();
  await playground.runAndWait('Run');
  const picture = page.getByRole('img', { name: /Mandelbrot image, 64×40/ });
  await expect(picture).toBeVisible();
  await expect(page.getByText(/worker 1 \(\d+ rows\)/)).toBeVisible();
  await expect(page.getByText(/worker 2 \(\d+ rows\)/)).toBeVisible();
  // The canvas really has pixels in a worker's colour (not a blank or grey image).
  const coloured = await picture.evaluate((c) => {
    const canvas = c as HTMLCanvasElement;
    const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 0) !== (data[i + 2] ?? 0)) n++;
    return n;
  });
  expect(coloured).toBeGreaterThan(100);
});

test('out-of-range parameters are explained beside the input and block the run', async ({
  playground,
  page,
}) => {
  await playground.open();
  await playground.chooseWorkload('Fibonacci');
  await playground.field('First n').fill('99');
  await expect(page.getByText('First n must be at most 42.')).toBeVisible();
  await expect(playground.button('Run')).toBeDisabled();
  await playground.field('First n').fill('abc');
  await expect(page.getByText(/First n: "abc" is not a number/)).toBeVisible();
  await playground.field('First n').fill('40');
  await expect(page.getByText(/keep first \+ step × \(tasks − 1\) ≤ 42/)).toBeVisible();
  await playground.field('First n').fill('20');
  await expect(playground.button('Run')).toBeEnabled();
});

test('a setup in the URL is restored without running', async ({ playground, page }) => {
  await playground.open(
    '?workload=prime-count&limit=50000&ranges=7&strategy=shared-memory&workers=1&repetitions=2&fail=3',
  );
  await expect(playground.workload()).toHaveValue('prime-count');
  await expect(playground.field('N (count primes below)')).toHaveValue('50000');
  await expect(playground.field('Ranges (tasks)')).toHaveValue('7');
  await expect(playground.field('Workers')).toHaveValue('1');
  await expect(playground.field('Fail task')).toHaveValue('3');
  await expect(playground.strategy('SharedArrayBuffer + Atomics')).toBeChecked();
  await expect(playground.status()).toContainText('Setup restored from the link');
  await expect(page.getByText('No results for this setup yet.')).toBeVisible();
  await expect(page.getByText('Ready.', { exact: true })).toBeVisible();
});

test('a tampered URL is clamped, explained, and the app still runs', async ({ playground }) => {
  await playground.open('?workload=fibonacci&first=20&step=2&count=9999&workers=abc&strategy=%3Cscript%3E');
  await expect(playground.status()).toContainText('restored with changes');
  await expect(playground.status()).toContainText('Tasks must be at most 200');
  await expect(playground.status()).toContainText('Unknown strategy "<script>"');
  await expect(playground.field('Tasks')).toHaveValue('200');
  // The clamped setup is still too big (fib(418)); fix it and run.
  await playground.settings({ Tasks: 5, Repetitions: 1 });
  await playground.runAndWait('Run');
  expect(await playground.cell('Worker pool (Comlink)', 'Verified')).toBe('✓ verified');
});

test('Download results (JSON) exports every measured strategy', async ({ playground, page }) => {
  await playground.open();
  await playground.chooseWorkload('Heavy loop', SMALL['Heavy loop']);
  await playground.settings({ Repetitions: 2 });
  await playground.runAndWait('Compare all');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    playground.button('Download results (JSON)').click(),
  ]);
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  const json = JSON.parse(await readFile(path, 'utf8'));
  expect(json.schema).toBe('concurrency-playground/results');
  expect(json.version).toBe(1);
  expect(json.environment.crossOriginIsolated).toBe(true);
  expect(json.results).toHaveLength(4);
  for (const r of json.results) {
    expect(r.samplesMs).toHaveLength(2);
    expect(r.verified).toBe(true);
    expect(r.lastRepetition.lane).toHaveLength(12);
  }
});

import { expect, IO_NAMES, test, VERIFIED } from './io-lab';

// Small n and short latencies: these tests check behaviour and facts that hold by construction
// (n sequential requests at latency L take at least n·L), never speed.

test('each I/O-only strategy acknowledges every save and respects its construction bound', async ({
  lab,
}) => {
  const n = 20;
  const L = 40;
  const k = 5;
  const b = 5;
  await lab.open();
  await lab.fill({
    Items: n,
    'Batch size': b,
    'Concurrency limit': k,
    Retries: 0,
    Repetitions: 1,
    'Server latency': L,
    Jitter: 0,
    'Server capacity': 100,
  });
  await lab.runAndWait('Compare all');
  await expect(lab.page.getByRole('alert')).toHaveCount(0);
  for (const name of [IO_NAMES.serial, IO_NAMES.batched, IO_NAMES.async]) {
    await expect(lab.row(name)).toBeVisible();
    await expect(await lab.cell(name, 'Verified')).toHaveText(VERIFIED);
    await expect(await lab.cell(name, 'Failed / retried')).toHaveText('0 / 0');
    expect(await lab.data(name, 'Items', 'items')).toBe(n);
  }
  // Every request takes at least L at the server, so: serial ≥ n·L, batched ≥ ⌈n/b⌉·L, and async
  // with at most k in flight ≥ ⌈n/k⌉·L. (1 ms for clock rounding.)
  expect(await lab.data(IO_NAMES.serial, 'Min–max', 'min-ms')).toBeGreaterThanOrEqual(n * L - 1);
  expect(await lab.data(IO_NAMES.batched, 'Min–max', 'min-ms')).toBeGreaterThanOrEqual(
    Math.ceil(n / b) * L - 1,
  );
  expect(await lab.data(IO_NAMES.async, 'Min–max', 'min-ms')).toBeGreaterThanOrEqual(
    Math.ceil(n / k) * L - 1,
  );
  // Without jitter each ideal bound is a lower bound, so no strategy beats its own.
  for (const name of [IO_NAMES.serial, IO_NAMES.batched, IO_NAMES.async]) {
    const ideal = await lab.data(name, 'Ideal bound', 'ms');
    expect(ideal).toBeGreaterThan(0);
    expect(await lab.data(name, 'Min–max', 'min-ms')).toBeGreaterThanOrEqual(ideal - 1);
  }
  // Latency: every request took at least L, client side.
  expect(await lab.data(IO_NAMES.async, 'Latency mean / p95', 'mean-ms')).toBeGreaterThanOrEqual(L - 1);
  // The charts behind the numbers: in flight over time and the latency histogram, each with a table.
  await expect(lab.page.getByText('Requests in flight and the server’s queue')).toBeVisible();
  await expect(lab.page.getByText(/^Per-request latency: /).first()).toBeVisible();
  await lab.button('Show data table: Requests in flight and queued per time bin').click();
  await expect(
    lab.page.getByRole('table', { name: 'Requests in flight and queued per time bin' }),
  ).toBeVisible();
});

test('the mixed experiment compares four verified strategies, the hybrid on worker lanes', async ({
  lab,
}) => {
  await lab.open();
  await lab.radio('Mixed CPU + I/O').check();
  await lab.fill({
    Items: 8,
    'Task difficulty': 3,
    'Batch size': 4,
    'Concurrency limit': 8,
    Repetitions: 1,
    'Server latency': 30,
    Jitter: 0,
  });
  await lab.runAndWait('Compare all');
  await expect(lab.page.getByRole('alert')).toHaveCount(0);
  for (const name of Object.values(IO_NAMES)) {
    await expect(await lab.cell(name, 'Verified')).toHaveText(VERIFIED);
  }
  // The measured task cost is shown, and the book comparison uses it.
  await expect(lab.page.getByText(/^c = .+ at difficulty 3\.$/)).toBeVisible();
  await expect(lab.page.getByRole('row', { name: /serial ÷ fully async/ })).toContainText('7.30×');
  // The hybrid ran last: its CPU tasks are bars on the worker lanes (Workers 0 = one per core).
  const cores = await lab.page.evaluate(() => navigator.hardwareConcurrency);
  const lanes = lab.page.getByRole('img', { name: /^CPU task lanes:/ });
  await expect(lanes).toBeVisible();
  const label = (await lanes.getAttribute('aria-label')) ?? '';
  const ran = [...label.matchAll(/worker \d+ ran (\d+) tasks/g)].map((m) => Number(m[1]));
  expect(ran.length).toBe(cores);
  expect(label).toContain('main thread ran 0 tasks');
  expect(ran.reduce((a, x) => a + x, 0)).toBe(8);
});

test('a refusing server shows failed and retried requests instead of hiding them', async ({ lab }) => {
  await lab.open();
  await lab.fill({
    Items: 20,
    'Concurrency limit': 10,
    Retries: 1,
    Repetitions: 1,
    'Server latency': 30,
    Jitter: 0,
    'Server capacity': 2,
  });
  await lab.overflow('Refuse with 503 (clients retry)');
  await lab.radio(IO_NAMES.async).check();
  await lab.runAndWait('Run');
  const failed = await lab.data(IO_NAMES.async, 'Failed / retried', 'failed');
  const retried = await lab.data(IO_NAMES.async, 'Failed / retried', 'retried');
  // Ten requests at once against two slots: at least eight are refused at first and retried.
  expect(retried).toBeGreaterThanOrEqual(8);
  await expect(await lab.cell(IO_NAMES.async, 'Failed / retried')).toHaveText(`${failed} / ${retried}`);
  // Failures are not hidden behind a green tick: the verdict says how many were acknowledged.
  const verdict = await lab.cell(IO_NAMES.async, 'Verified');
  if (failed > 0) {
    await expect(verdict).toHaveText(
      `✓ ${20 - failed} of 20 acknowledged exactly once; ${failed} failed (counted, not dropped)`,
    );
  } else {
    await expect(verdict).toHaveText(VERIFIED);
  }
});

test('the overload and yield experiments chart every point, each with its data table', async ({
  lab,
  page,
}) => {
  await lab.open();
  await lab.fill({ Items: 16, 'Server latency': 20, Jitter: 0, 'Server capacity': 4, Retries: 0 });
  await lab.overflow('Refuse with 503 (clients retry)');
  await lab.runAndWait('Run overload experiment');
  await lab.button('Show data table: Throughput and latency vs concurrency limit').click();
  const overload = page.getByRole('table', { name: 'Throughput and latency vs concurrency limit' });
  const limits = (await overload.getByRole('row').allInnerTexts())
    .slice(1)
    .map((r) => Number(r.split('\t')[0]));
  expect(limits.length).toBeGreaterThanOrEqual(3);
  expect(limits).toContain(4); // the capacity itself is one of the points
  expect([...limits].sort((a, b) => a - b)).toEqual(limits);
  // Past capacity a refusing server turns requests away, and the chart says so.
  await expect(page.getByText('Refused requests per concurrency limit')).toBeVisible();

  await lab.radio('Mixed CPU + I/O').check();
  await lab.fill({ Items: 8, 'Task difficulty': 2 });
  await lab.overflow('Queue (latency grows)');
  await expect(page.getByText(/Calibrate \(or run the mixed experiment\)/)).toBeVisible();
  await lab.runAndWait('Calibrate');
  await lab.runAndWait('Run yield experiment');
  // Both experiments stay on screen.
  await expect(overload).toBeVisible();
  await lab.button('Show data table: Total time and mean I/O latency vs yield interval').click();
  const yields = page.getByRole('table', { name: 'Total time and mean I/O latency vs yield interval' });
  await expect(yields.getByRole('row').filter({ hasText: 'never' })).toHaveCount(1);
  expect(await yields.getByRole('row').count()).toBeGreaterThanOrEqual(4);
  await expect(page.getByText(/Here that is every \d+–\d+ items/)).toBeVisible();
});

test('an out-of-range parameter is explained beside its field and blocks the run', async ({ lab, page }) => {
  await lab.open();
  await lab.field('Items').fill('0');
  await expect(page.getByText('Items must be at least 1.')).toBeVisible();
  await expect(lab.field('Items')).toHaveAttribute('aria-invalid', 'true');
  await expect(lab.button('Run')).toBeDisabled();
  await expect(lab.button('Compare all')).toBeDisabled();
  await lab.field('Server latency').fill('fast');
  await expect(page.getByText('Server latency: "fast" is not a number (allowed 0 – 5,000).')).toBeVisible();
  // The text stays as typed.
  await expect(lab.field('Server latency')).toHaveValue('fast');
  await lab.fill({ Items: 10, 'Server latency': 20 });
  await expect(lab.button('Run')).toBeEnabled();
});

test('cancel stops a run mid-way, leaves the lab ready, and the next run succeeds', async ({ lab, page }) => {
  await lab.open();
  await lab.fill({ Items: 60, Repetitions: 1, 'Server latency': 100, Jitter: 0, Retries: 0 });
  await lab.radio(IO_NAMES.serial).check();
  await lab.button('Run').click();
  await expect(lab.button('Cancel')).toBeEnabled();
  // Wait until requests are really going out, then cancel (6 s of work if left alone).
  await expect(page.getByText(/[1-9]\d* of 60 answered/)).toBeVisible();
  await lab.button('Cancel').click();
  await expect(page.getByText('Ready.', { exact: true })).toBeVisible({ timeout: 10_000 });
  await expect(lab.button('Run')).toBeEnabled();
  await expect(lab.results()).toHaveCount(0);

  await lab.fill({ Items: 5, 'Server latency': 20 });
  await lab.runAndWait('Run');
  await expect(await lab.cell(IO_NAMES.serial, 'Verified')).toHaveText(VERIFIED);
});

test.describe('in Korean', () => {
  test.use({ locale: 'ko-KR' });

  test('the lab speaks Korean, down to the results', async ({ lab, page }) => {
    await page.goto('/#/io');
    await expect(page.getByRole('heading', { name: 'I/O 실험실', exact: true })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'CPU + I/O 혼합' })).toBeVisible();
    await expect(page.getByRole('button', { name: '모두 비교', exact: true })).toBeVisible();
    await page.getByRole('textbox', { name: '항목 수', exact: true }).fill('0');
    await expect(page.getByText('항목 수: 1 이상이어야 해요.')).toBeVisible();
    await page.getByRole('textbox', { name: '항목 수', exact: true }).fill('5');
    await page.getByRole('textbox', { name: '서버 지연 시간', exact: true }).fill('20');
    await page.getByRole('button', { name: '실행', exact: true }).click();
    await expect(page.getByText('준비됨.', { exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('✓ 모든 저장이 정확히 한 번씩 확인됨')).toBeVisible();
    await expect(lab.button('Run')).toHaveCount(0);
  });
});

import { readFile } from 'node:fs/promises';
import { formatFrameMs } from '../src/components/frame-verdict';
import { expect, test } from './playground';

// One main-thread repetition here is 8 tasks of 30 M iterations: several hundred ms on a laptop core,
// so the main thread's freeze dwarfs anything a frame gap does on its own.
const HEAVY = { Tasks: 8, 'Iterations per task': 30_000_000 };

/** The exported results entry of one strategy, as docs/results-json.md describes it. */
interface ExportedResult {
  strategy: string;
  responsiveness: {
    longestFrameMs: number;
    frames: number;
    framesOver50: number;
    totalBlockedMs: number;
    longTasks: number;
    longestTaskMs: number;
  } | null;
  lastRepetition: { lane: number[]; startMs: number[]; endMs: number[] };
}

/** startMs and endMs are each rounded to 0.001 ms in the export, so a difference may be off by this. */
const ROUNDING_MS = 0.002;

test('the page heartbeat is labelled and driven by animation frames', async ({ playground, page }) => {
  await playground.open();
  const heartbeat = page.getByRole('region', { name: 'Page heartbeat' });
  await expect(heartbeat).toBeVisible();
  const pulse = heartbeat.getByRole('img', { name: /^Page heartbeat: a dot moved by the main thread/ });
  await expect(pulse).toBeVisible();
  await expect(heartbeat.getByRole('img', { name: /^Frame gaps over the last \d+ seconds/ })).toBeVisible();

  // Pointing at it keeps it awake; the readout shows a measured gap, and nothing has run yet.
  await pulse.hover();
  await expect(heartbeat.getByText(/^[\d.,]+ m?s · (smooth|janky|frozen)$/)).toBeVisible();
  await expect(heartbeat.getByText('— (no run yet)')).toBeVisible();

  // The dot is moved by requestAnimationFrame: its inline transform keeps changing.
  const dot = pulse.locator('span');
  const transform = () => dot.evaluate((e) => e.style.transform);
  const first = await transform();
  expect(first).toMatch(/^translateX\(/);
  await expect.poll(transform).not.toBe(first);

  // Pause stops it (a person may need moving content to stop); Resume starts it again.
  const pause = heartbeat.getByRole('button', { name: 'Pause heartbeat' });
  await expect(pause).toHaveAttribute('aria-pressed', 'false');
  await pause.click();
  await expect(pause).toHaveAttribute('aria-pressed', 'true');
  await expect(heartbeat.getByText('paused', { exact: true })).toBeVisible();
  const still = await transform();
  await page.waitForTimeout(300); // several frames: a paused heartbeat must not have moved
  expect(await transform()).toBe(still);
  await pause.click();
  await expect(pause).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(transform).not.toBe(still);

  // Left alone between runs it goes to sleep: nothing is scheduled.
  await page.mouse.move(0, 0);
  await expect(heartbeat.getByText('asleep between runs')).toBeVisible();
});

test('a main-thread run blocks frames for at least its longest task; the worker pool blocks them less', async ({
  playground,
  page,
}, testInfo) => {
  await playground.open();
  await playground.chooseWorkload('Heavy loop', HEAVY);
  await playground.settings({ Repetitions: 1 });
  await playground.runAndWait('Compare all', 120_000);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    playground.button('Download results (JSON)').click(),
  ]);
  const json = JSON.parse(await readFile(await download.path(), 'utf8')) as { results: ExportedResult[] };
  const byStrategy = (id: string) => {
    const r = json.results.find((x) => x.strategy === id);
    expect(r, `${id} in the export`).toBeDefined();
    expect(r?.responsiveness, `${id} responsiveness in the export`).not.toBeNull();
    return r as ExportedResult & { responsiveness: NonNullable<ExportedResult['responsiveness']> };
  };
  for (const r of json.results) {
    expect(r.responsiveness).toEqual({
      longestFrameMs: expect.any(Number),
      frames: expect.any(Number),
      framesOver50: expect.any(Number),
      totalBlockedMs: expect.any(Number),
      longTasks: expect.any(Number),
      longestTaskMs: expect.any(Number),
    });
  }
  const main = byStrategy('main-thread');
  const pool = byStrategy('worker-pool');

  // No frame can be painted while the main thread runs a task, and the plain loop runs a whole
  // repetition without letting go: the longest frame covers its longest task, and its whole span.
  const { startMs, endMs } = main.lastRepetition;
  expect(startMs).toHaveLength(8);
  const longestTask = Math.max(...startMs.map((s, i) => (endMs[i] ?? s) - s));
  const span = Math.max(...endMs) - Math.min(...startMs);
  expect(longestTask).toBeGreaterThan(0);
  expect(main.responsiveness.longestFrameMs).toBeGreaterThanOrEqual(longestTask - ROUNDING_MS);
  expect(main.responsiveness.longestFrameMs).toBeGreaterThanOrEqual(span - ROUNDING_MS);
  expect(main.responsiveness.framesOver50).toBeGreaterThanOrEqual(
    main.responsiveness.longestFrameMs > 50 ? 1 : 0,
  );

  // Workers leave the main thread free to paint: its longest frame is shorter on the same setup.
  expect(pool.responsiveness.longestFrameMs).toBeLessThan(main.responsiveness.longestFrameMs);

  // The summary on screen shows the exported figures.
  const summary = page.getByRole('region', { name: 'Page responsiveness' });
  await expect(summary.getByRole('figure', { name: 'Longest frame per strategy' })).toBeVisible();
  await expect(summary.getByText(/longest frame/i).first()).toBeVisible();
  await summary.getByRole('button', { name: /^Show data table: Page responsiveness/ }).click();
  const table = summary.getByRole('table');
  const row = (name: string) =>
    table.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });
  await expect(row('Main thread')).toContainText(formatFrameMs(main.responsiveness.longestFrameMs));
  await expect(row('Worker pool (Comlink)')).toContainText(formatFrameMs(pool.responsiveness.longestFrameMs));
  await expect(table.getByRole('row')).toHaveCount(1 + json.results.length);

  // The heartbeat remembers the run's longest gap and which strategy was running.
  const heartbeat = page.getByRole('region', { name: 'Page heartbeat' });
  await expect(
    heartbeat.getByText(/· (smooth|janky|frozen), during (Main thread|Worker pool|SharedArrayBuffer)/),
  ).toBeVisible();

  await page.mouse.move(0, 0); // no chart tooltip in the pictures
  await heartbeat.screenshot({ path: testInfo.outputPath('heartbeat.png') });
  await summary.screenshot({ path: testInfo.outputPath('responsiveness.png') });
});

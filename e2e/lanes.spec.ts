import type { Locator, Page } from '@playwright/test';
import { expect, type Playground, test } from './playground';

// The live task lanes and throughput: what ran where, read three ways — the lanes data table, the
// canvas pixels themselves, and the tooltip a person gets by pointer or keyboard.

const POOL = 'Worker pool (Comlink)';

function livePanel(page: Page): Locator {
  return page.getByRole('region', { name: 'Live: task lanes' });
}

function lanesCanvas(page: Page): Locator {
  return livePanel(page).getByRole('img', { name: /^Task lanes/ });
}

/** Lane name → tasks, from the "Task lanes" data table (opened if needed). */
async function laneTasks(page: Page): Promise<Map<string, number>> {
  const panel = livePanel(page);
  const toggle = panel.getByRole('button', { name: /data table: Task lanes/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const table = panel.getByRole('table', { name: 'Task lanes' });
  const headers = (await table.getByRole('columnheader').allInnerTexts()).map((h) => h.trim());
  expect(headers).toEqual(['Lane', 'Tasks', 'Busy ms', 'Idle ms', 'First start ms', 'Last end ms']);
  const lanes = new Map<string, number>();
  for (const row of await table.getByRole('row').all()) {
    const cells = (await row.getByRole('cell').allInnerTexts()).map((c) => c.trim());
    if (cells.length === 0) continue; // the header row
    lanes.set(cells[0] ?? '', Number(cells[1]));
  }
  return lanes;
}

interface LanePixels {
  /** Pixels on the lane's middle row that are neither the page background nor the idle track. */
  readonly coloured: number;
  /** CSS px from the canvas's left edge of the first and last such pixel (−1 when none). */
  readonly firstX: number;
  readonly lastX: number;
  /** CSS px from the canvas's top edge of the lane's middle row. */
  readonly y: number;
}

/** Reads the canvas back, one row of pixels through the middle of each lane. */
function lanePixels(canvas: Locator, laneCount: number): Promise<LanePixels[]> {
  return canvas.evaluate((el, count) => {
    const c = el as HTMLCanvasElement;
    const ctx = c.getContext('2d');
    if (ctx === null) throw new Error('no 2d context');
    const scale = c.width / c.clientWidth;
    const left = Number(c.dataset.plotLeft);
    const top = Number(c.dataset.plotTop);
    const pitch = Number(c.dataset.lanePitch);
    const height = Number(c.dataset.laneHeight);
    const out = [];
    for (let lane = 0; lane < count; lane++) {
      const y = top + lane * pitch + height / 2;
      const x0 = Math.round(left * scale);
      const row = ctx.getImageData(x0, Math.round(y * scale), c.width - x0, 1).data;
      let coloured = 0;
      let first = -1;
      let last = -1;
      for (let x = 0; x < row.length / 4; x++) {
        const [r, g, b] = [row[4 * x] ?? 0, row[4 * x + 1] ?? 0, row[4 * x + 2] ?? 0];
        const background = (r === 255 && g === 255 && b === 255) || (r === 238 && g === 241 && b === 244);
        if (background) continue;
        coloured++;
        if (first < 0) first = x;
        last = x;
      }
      out.push({
        coloured,
        firstX: first < 0 ? -1 : (x0 + first) / scale,
        lastX: last < 0 ? -1 : (x0 + last) / scale,
        y,
      });
    }
    return out;
  }, laneCount);
}

async function poolRun(playground: Playground, workers: number, tasks: number): Promise<void> {
  await playground.chooseWorkload('Heavy loop', { Tasks: tasks, 'Iterations per task': 3_000_000 });
  await playground.settings({ Repetitions: 1, Workers: workers, 'Chunk size': 1 });
  await playground.strategy(POOL).check();
  await playground.runAndWait('Run');
}

test('a pool run draws one lane per worker, bars only where tasks ran, with hover and keyboard tooltips', async ({
  playground,
  page,
}) => {
  await playground.open();
  await expect(livePanel(page).getByRole('heading', { name: 'Live: task lanes' })).toBeVisible();
  // 3 workers, 2 tasks of one per chunk: one worker never gets a task.
  await poolRun(playground, 3, 2);
  const panel = livePanel(page);
  await expect(panel).toContainText(`${POOL} · repetition 1 of 1 · 2 tasks · 3 workers · finished`);
  await expect(panel).toContainText('100% done (2 of 2 tasks)');

  const tasks = await laneTasks(page);
  expect([...tasks.keys()]).toEqual(['main thread', 'worker 1', 'worker 2', 'worker 3']);
  expect(tasks.get('main thread')).toBe(0);
  const workerCounts = [1, 2, 3].map((w) => tasks.get(`worker ${w}`) ?? -1);
  expect(workerCounts.reduce((a, b) => a + b, 0)).toBe(2);
  expect(workerCounts.filter((n) => n === 0)).toHaveLength(1);

  // The pixels agree with the table: bars on the lanes that ran tasks, nothing on the others.
  const canvas = lanesCanvas(page);
  await canvas.scrollIntoViewIfNeeded();
  const pixels = await lanePixels(canvas, 4);
  const laneNames = ['main thread', 'worker 1', 'worker 2', 'worker 3'];
  for (const [lane, name] of laneNames.entries()) {
    const ran = (tasks.get(name) ?? 0) > 0;
    const seen = pixels[lane]?.coloured ?? 0;
    if (ran) expect(seen, `${name} has a bar`).toBeGreaterThan(0);
    else expect(seen, `${name} has no bar`).toBe(0);
  }
  await expect(canvas).toHaveAttribute('aria-label', /main thread ran 0 tasks/);

  // Hover the middle of a drawn bar: the tooltip names the task and its lane.
  const busy = laneNames.findIndex((name, lane) => lane > 0 && (tasks.get(name) ?? 0) > 0);
  const bar = pixels[busy] as LanePixels;
  const box = await canvas.boundingBox();
  if (box === null) throw new Error('the lanes canvas has no box');
  await page.mouse.move(box.x + (bar.firstX + bar.lastX) / 2, box.y + bar.y);
  const tip = panel.getByRole('tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(/Task [01] · heavy\(x=\d, n=3000000\)/);
  await expect(tip).toContainText(laneNames[busy] as string);
  await expect(tip).toContainText(/start .* ms, end .* ms/);
  await page.mouse.move(box.x + 2, box.y + box.height - 2); // off the bars
  await expect(tip).toBeHidden();

  // Keyboard: focus the chart, ArrowRight focuses the first task, ArrowDown the next busy lane's.
  await canvas.focus();
  await expect(canvas).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Task');
  const first = (await tip.textContent()) ?? '';
  await page.keyboard.press('ArrowDown');
  await expect(tip).not.toHaveText(first);
  await expect(tip).toContainText(/Task [01]/);
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();

  // The throughput series is reachable as a table too.
  await panel.getByRole('button', { name: /data table: Throughput per time bin/ }).click();
  const bins = panel.getByRole('table', { name: 'Throughput per time bin' });
  await expect(bins.getByRole('row').nth(1)).toBeVisible();
  const done = await bins.evaluate((t) =>
    [...((t as HTMLTableElement).tBodies[0]?.rows ?? [])].reduce(
      (sum, r) => sum + Number(r.cells[2]?.textContent ?? 0),
      0,
    ),
  );
  expect(done).toBe(2);
});

test('the main-thread strategy draws its bars on the main lane only', async ({ playground, page }) => {
  await playground.open();
  await playground.chooseWorkload('Heavy loop', { Tasks: 6, 'Iterations per task': 2_000_000 });
  await playground.settings({ Repetitions: 1, Workers: 2 });
  await playground.strategy('Main thread').check();
  await playground.runAndWait('Run');
  await expect(livePanel(page)).toContainText('Main thread · repetition 1 of 1 · 6 tasks · main thread only');
  const tasks = await laneTasks(page);
  expect(Object.fromEntries(tasks)).toEqual({ 'main thread': 6, 'worker 1': 0, 'worker 2': 0 });
  const pixels = await lanePixels(lanesCanvas(page), 3);
  expect(pixels[0]?.coloured).toBeGreaterThan(0);
  expect(pixels[1]?.coloured).toBe(0);
  expect(pixels[2]?.coloured).toBe(0);
});

test('the lanes fill in while a pool run is still going', async ({ playground, page }) => {
  await playground.open();
  // Long enough to look at mid-run (seconds); cancelled as soon as bars are seen.
  await playground.chooseWorkload('Heavy loop', { Tasks: 24, 'Iterations per task': 100_000_000 });
  await playground.settings({ Repetitions: 3, Workers: 2, 'Chunk size': 1 });
  await playground.strategy(POOL).check();
  await playground.button('Run').click();
  const panel = livePanel(page);
  const canvas = lanesCanvas(page);
  await expect
    .poll(
      async () => {
        const running = ((await panel.textContent()) ?? '').includes('· running');
        const pixels = await lanePixels(canvas, 3);
        return running && (pixels[1]?.coloured ?? 0) > 0 && (pixels[2]?.coloured ?? 0) > 0;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  await playground.button('Cancel').click();
  await expect(page.getByText('Ready.', { exact: true })).toBeVisible({ timeout: 30_000 });
});

import { expect, type Lang, type Learn, MEASURED, test } from './learn';

// The tutorial walked as a person would: predict, run each chapter's preset (small parameters),
// and read the explanation generated from the numbers just measured. Nothing here asserts speed.

/** Chapter titles in order, as the chapter list shows them ("3. A pool of workers" → "A pool of workers"). */
async function titles(learn: Learn): Promise<string[]> {
  const links = await learn.toc().getByRole('link').allInnerTexts();
  return links.map((l) => l.replace(/^\d+\.\s*/, '').trim());
}

for (const lang of ['en', 'ko'] as const satisfies readonly Lang[]) {
  test.describe(`in ${lang === 'en' ? 'English' : 'Korean'}`, () => {
    test.use({ lang, locale: lang === 'ko' ? 'ko-KR' : 'en-US' });

    test('walks every chapter: predict, run, and read back the numbers just measured', async ({
      learn,
      page,
    }, testInfo) => {
      test.setTimeout(900_000);
      await learn.open(1);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const all = await titles(learn);
      expect(all.length).toBeGreaterThanOrEqual(8);

      // The first visit points at the chapter's control; Escape dismisses it without moving focus.
      await expect(learn.pointer()).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(learn.pointer()).toHaveCount(0);

      for (const [i, title] of all.entries()) {
        const n = i + 1;
        await expect(learn.title()).toHaveText(title);
        await expect(page).toHaveURL(new RegExp(`#/learn/${n}$`));
        await expect(learn.chapter()).toContainText(learn.text('learn.chapterOf', { n, total: all.length }));
        // Real code from the app is shown beside the Python.
        await expect(
          learn.chapter().getByRole('heading', { name: learn.text('learn.python') }),
        ).toBeVisible();
        await expect(
          learn
            .chapter()
            .getByText(/^src\/(engine|platform|store)\//)
            .first(),
        ).toBeVisible();

        // Predict first (alternate answers), then run; the verdict names right or wrong.
        await learn.predictAndRun(n % 2 === 0 ? 0 : 1);
        const readBack = learn.readBack();
        await expect(readBack.locator('.learn__verdict')).toContainText(
          new RegExp(
            [
              learn.text('learn.verdict.right', { choice: '' }).slice(0, 8),
              learn.text('learn.verdict.wrong', { predicted: '', actual: '' }).slice(0, 8),
              learn.text('learn.verdict.none').slice(0, 8),
            ]
              .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
              .join('|'),
          ),
        );

        // The explanation quotes numbers that are in this run's results table.
        const cells = await learn.measuredCells();
        expect(cells.length, `chapter ${n}: measured numbers in the table`).toBeGreaterThan(0);
        const text = (await readBack.textContent()) ?? '';
        const quoted = cells.filter((c) => text.includes(c));
        expect(quoted, `chapter ${n}: read-back quotes the table (${cells.join(' | ')})`).not.toEqual([]);
        for (const c of quoted) expect(c).toMatch(MEASURED);
        await expect(page.getByRole('alert')).toHaveCount(0);
        await page.screenshot({ path: testInfo.outputPath(`chapter-${n}-${lang}.png`), fullPage: true });

        // The chapter list marks it as run.
        await expect(learn.toc()).toContainText(learn.text('learn.progress', { done: n, total: all.length }));

        if (n < all.length) {
          // Alternate between the Next link and the → key.
          if (n % 2 === 1) await learn.next().click();
          else {
            await learn.title().focus();
            await page.keyboard.press('ArrowRight');
          }
        }
      }
    });
  });
}

test('deep links open their chapter, and an unknown chapter offers the list instead', async ({
  learn,
  page,
}) => {
  await learn.open(5);
  const all = await titles(learn);
  await expect(learn.title()).toHaveText(all[4] ?? '');
  await expect(learn.toc().getByRole('link', { name: /^5\./ })).toHaveAttribute('aria-current', 'page');
  await learn.open(3);
  await expect(learn.title()).toHaveText(all[2] ?? '');

  await learn.open(99);
  await expect(page.getByRole('alert')).toHaveText(
    learn.text('learn.noChapter', { n: 99, total: all.length }),
  );
  await page
    .getByRole('link', { name: `1. ${all[0]}` })
    .last()
    .click();
  await expect(learn.title()).toHaveText(all[0] ?? '');
});

test('← and → move between chapters, but not while a radio button has the focus', async ({ learn, page }) => {
  await learn.open(4);
  const all = await titles(learn);
  await page.locator('body').press('ArrowRight');
  await expect(learn.title()).toHaveText(all[4] ?? '');
  await expect(learn.title()).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(learn.title()).toHaveText(all[2] ?? '');
  await learn.choices().first().check();
  await learn.choices().first().press('ArrowDown');
  await expect(learn.choices().nth(1)).toBeChecked();
  await learn.choices().nth(1).press('ArrowRight');
  await expect(learn.title()).toHaveText(all[2] ?? '');
  await expect(page.getByText(learn.text('learn.keys'))).toBeVisible();
});

test('progress, predictions and dismissed pointers survive a reload; Learn offers to continue', async ({
  learn,
  page,
}) => {
  await learn.open(6);
  const all = await titles(learn);
  await expect(learn.pointer()).toBeVisible();
  await learn.predictAndRun(1);
  const chosen = await learn.choices().nth(1).getAttribute('value');
  await learn.open(4);
  await expect(learn.pointer()).toBeVisible();
  await learn
    .pointer()
    .getByRole('button', { name: learn.text('learn.pointer.dismiss') })
    .click();
  await learn.choices().nth(2).check();

  await page.reload();
  await expect(learn.title()).toHaveText(all[3] ?? '');
  await expect(learn.choices().nth(2)).toBeChecked();
  await expect(learn.pointer()).toHaveCount(0);
  await expect(learn.toc()).toContainText(learn.text('learn.progress', { done: 1, total: all.length }));

  await learn.open(6);
  await expect(page.locator(`input[type=radio][value="${chosen}"]`)).toBeChecked();
  await expect(learn.pointer()).toHaveCount(0);
  await expect(page.getByText(/You ran this chapter on /)).toBeVisible();
  await expect(learn.readBack()).toHaveCount(0); // measurements are not kept across reloads…
  await expect(learn.runButton()).toBeEnabled(); // …but the prediction is, so it can run again

  // The nav's Learn link (#/learn) offers to continue where the person left off.
  await learn.open('');
  await page.getByRole('link', { name: new RegExp(`6: ${all[5]}`) }).click();
  await expect(learn.title()).toHaveText(all[5] ?? '');
});

test('try it yourself opens the playground with the one change made', async ({ learn, page }) => {
  await learn.open(4);
  await learn.page.getByRole('button', { name: learn.text('learn.tryit.playground') }).click();
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.getByRole('textbox', { name: 'Chunk size', exact: true })).toHaveValue('10');
  await expect(page.getByRole('textbox', { name: 'Tasks', exact: true })).toHaveValue('500');
  await expect(page).toHaveURL(/chunkSize=10/);
});

test('works on a phone-sized screen: the chapter list folds away and nothing overflows', async ({
  learn,
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await learn.open(3);
  const summary = learn.toc().locator('summary');
  await expect(summary).toBeVisible();
  await expect(learn.toc().getByRole('link').first()).toBeHidden();
  await summary.click();
  await expect(learn.toc().getByRole('link').first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await learn.predictAndRun(2);
  const overflowAfter = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflowAfter).toBeLessThanOrEqual(0);
});

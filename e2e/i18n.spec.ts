import { expect, test } from './playground';

// A Korean browser: the playground must open in Korean, run, and say its results in Korean with
// numbers formatted for the locale; the switch flips every string and the choice survives a reload.
test.use({ locale: 'ko-KR' });

// 2,262 primes below 20,000: the answer a correct run must show, grouped as Korean writes it.
const SETUP = '?workload=prime-count&limit=20000&ranges=4&strategy=worker-pool&workers=2&repetitions=1';

test('opens in Korean from the browser language, runs, and reads the results back in Korean', async ({
  page,
  playground,
}) => {
  await playground.open(SETUP);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('button', { name: '한국어' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('combobox', { name: '워크로드' })).toHaveValue('prime-count');
  await expect(page.getByRole('combobox', { name: '워크로드' }).locator('option:checked')).toHaveText(
    '소수 세기',
  );
  await expect(page.getByRole('textbox', { name: '구간 수 (작업 수)', exact: true })).toHaveValue('4');
  await expect(page.getByRole('radio', { name: '워커 풀 (Comlink)', exact: true })).toBeChecked();
  await expect(playground.status()).toContainText('링크의 설정을 불러왔어요');
  await expect(page.getByLabel('실행 환경')).toContainText(/교차 출처 격리\s*예/);
  await expect(page.getByText('준비됨.', { exact: true })).toBeVisible();

  // A bad value is explained in Korean and blocks the run until it is fixed.
  const ranges = page.getByRole('textbox', { name: '구간 수 (작업 수)', exact: true });
  await ranges.fill('99999');
  await expect(page.getByText('구간 수 (작업 수): 20,000 이하여야 해요.')).toBeVisible();
  await expect(page.getByRole('button', { name: '실행', exact: true })).toBeDisabled();
  await ranges.fill('4');

  await page.getByRole('button', { name: '실행', exact: true }).click();
  await expect(page.getByRole('button', { name: '취소', exact: true })).toBeDisabled({ timeout: 90_000 });
  await expect(page.getByText('준비됨.', { exact: true })).toBeVisible({ timeout: 90_000 });

  const live = page.locator('section', { has: page.getByRole('heading', { name: '실시간: 작업 레인' }) });
  await expect(live).toContainText('워커 풀 (Comlink) · 측정 1/1 · 작업 4개 · 워커 2개 · 완료');
  await expect(live).toContainText('100% 완료 (작업 4개 중 4개)');
  // The verified answer, in Korean words with the locale's digit grouping.
  await expect(page.getByText('소수 2,262개').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: '페이지 반응성' })).toBeVisible();
});

test('says an injected failure in Korean, and again in English after the switch', async ({
  page,
  playground,
}) => {
  await playground.open(`${SETUP}&fail=1`);
  await page.getByRole('button', { name: '실행', exact: true }).click();
  const alert = playground.alert();
  await expect(alert).toContainText('작업이 실패했어요', { timeout: 90_000 });
  await expect(alert).toContainText('작업 1 ([5000, 10000) 구간의 소수) 실패: 일부러 넣은 오류예요.');
  await expect(page.getByText('준비됨.', { exact: true })).toBeVisible({ timeout: 90_000 });

  // The banner is kept as data, so the switch re-says it rather than leaving it in Korean.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(alert).toContainText('A task failed');
  await expect(alert).toContainText('Task 1 (primes in [5000, 10000)) failed: injected fault.');
});

test('the language switch works from the keyboard, flips every label, and is remembered', async ({
  page,
  playground,
}) => {
  await playground.open();
  await expect(page.getByRole('button', { name: '모두 비교', exact: true })).toBeVisible();

  const english = page.getByRole('button', { name: 'English' });
  await english.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(english).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Compare all', exact: true })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Workload' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Page heartbeat' })).toBeVisible();
  await expect(page.getByText('Ready.', { exact: true })).toBeVisible();

  // Reloaded in a Korean browser, the person's choice of English wins over the browser language.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeVisible();

  const korean = page.getByRole('button', { name: '한국어' });
  await korean.focus();
  await page.keyboard.press('Space');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('button', { name: '실행', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: '페이지 하트비트' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '스케일링 스윕' })).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('button', { name: '모두 비교', exact: true })).toBeVisible();
});

import type { Page } from '@playwright/test';
import { expect, frame, galleryWidget, openWidget, test, urlParam } from './fixtures';

const LAB = galleryWidget('more', 'train-lab', 'cnn');
const widget = (page: Page) => frame(page, LAB.id);
const status = (page: Page) => widget(page).locator('.train-line');
const trials = (page: Page) => widget(page).locator('.train-trials');

test.describe('the training lab', () => {
  // a real training run in the worker, beside another worker's page on 2 cores
  test.describe.configure({ timeout: 180_000 });

  test('trains the small CNN in the worker on the backend it timed fastest, and the loss falls', async ({
    page,
  }) => {
    await openWidget(page, LAB, `?${LAB.id}.epochs=1`);
    await widget(page).getByRole('button', { name: 'Train' }).click();
    await expect(status(page)).toHaveClass(/is-done/, { timeout: 120_000 });
    const text = (await status(page).textContent()) ?? '';
    const [first, last] = [...text.matchAll(/(\d+\.\d+|\d+)\s*→\s*(\d+\.\d+|\d+)/g)][0]!.slice(1).map(Number);
    expect(last).toBeLessThan(first! / 2);
    expect(text).toContain('32');
    // every backend this browser offers was timed on a real step, and the fastest of them trains
    await expect(trials(page)).toContainText('wasm');
    const timed = [...((await trials(page).textContent()) ?? '').matchAll(/(\w+) ([\d.,]+) ms/g)]
      .map(([, name, ms]) => ({ name: name!, ms: Number(ms!.replace(/,/g, '')) }))
      .sort((a, b) => a.ms - b.ms);
    expect(text).toContain(timed[0]?.name);
    await expect(widget(page).locator('path.plot-line.series-loss')).toHaveCount(1);
  });

  test('trains on the backend the reader picks, and stops when asked, keeping what it reached', async ({
    page,
  }) => {
    await openWidget(page, LAB, `?${LAB.id}.backend=cpu&${LAB.id}.epochs=20`);
    await widget(page).getByRole('button', { name: 'Train' }).click();
    await expect(status(page)).toHaveClass(/is-running/, { timeout: 120_000 });
    await widget(page).getByRole('button', { name: 'Stop' }).click();
    await expect(status(page)).toHaveClass(/is-done/, { timeout: 120_000 });
    await expect(status(page)).toContainText('cpu');
    await expect(trials(page)).not.toContainText('wasm');
  });

  test('refuses a seed that is not a whole number and keeps the last good one', async ({ page }) => {
    await openWidget(page, LAB);
    const seed = widget(page).getByLabel('Seed', { exact: true });
    for (const bad of ['abc', '1.5', '', '1e309']) {
      await seed.fill(bad);
      await expect(widget(page).locator('.field-error')).toHaveCount(1);
    }
    await seed.fill('7');
    await expect(widget(page).locator('.field-error')).toHaveCount(0);
    await expect.poll(() => urlParam(page, `${LAB.id}.seed`)).toBe('7');
  });
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newContext, siteUrl, startWidget, watchedPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const ID = 'trainlabdemo-0';
const widget = (page: Page) => page.locator(`#widget-${ID}`);
const status = (page: Page) => widget(page).locator('.train-line');

async function open(lang: string, query = '') {
  const context = await newContext(browser);
  const watched = await watchedPage(context);
  await watched.page.goto(siteUrl(`${lang}/gallery/${query}`));
  await startWidget(watched.page, ID);
  return { context, ...watched };
}

describe.each(['en', 'zh'])('the training lab (%s)', (lang) => {
  it('trains the small CNN in the worker on the backend it timed fastest, and the loss falls', async () => {
    const { context, page, errors } = await open(lang, `?${ID}.epochs=1`);
    await widget(page).locator('.train-button').click();
    await page.waitForSelector(`#widget-${ID} .train-line.is-done`, { timeout: 120_000 });
    const text = (await status(page).textContent()) ?? '';
    const [first, last] = [...text.matchAll(/(\d+\.\d+|\d+)\s*→\s*(\d+\.\d+|\d+)/g)][0]!.slice(1).map(Number);
    expect(last).toBeLessThan(first! / 2);
    expect(text).toContain('32');
    // every backend this browser offers was timed on a real step; wasm (no GPU here) won
    expect(await widget(page).locator('.train-trials').textContent()).toMatch(/wasm \d/);
    expect(text).toContain('wasm');
    expect(await widget(page).locator('path.plot-line.series-loss').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('trains on the backend the reader picks, and stops when asked, keeping what it reached', async () => {
    const { context, page, errors } = await open(lang, `?${ID}.backend=cpu&${ID}.epochs=20`);
    await widget(page).locator('.train-button').click();
    await page.waitForSelector(`#widget-${ID} .train-line.is-running`, { timeout: 120_000 });
    await widget(page).locator('.train-button').click();
    await page.waitForSelector(`#widget-${ID} .train-line.is-done`, { timeout: 120_000 });
    expect(await status(page).textContent()).toContain('cpu');
    expect(await widget(page).locator('.train-trials').textContent()).not.toContain('wasm');
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('refuses a seed that is not a whole number and keeps the last good one', async () => {
    const { context, page } = await open(lang);
    const seed = widget(page).locator('.number-field input').nth(1);
    for (const bad of ['abc', '1.5', '', '1e309']) {
      await seed.fill(bad);
      await expect.poll(() => widget(page).locator('.field-error').count()).toBe(1);
    }
    await seed.fill('7');
    await expect.poll(() => widget(page).locator('.field-error').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => location.search)).toContain(`${ID}.seed=7`);
    await context.close();
  }, 120_000);
});

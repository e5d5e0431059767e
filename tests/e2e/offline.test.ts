import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, siteUrl, startAllWidgets } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('offline reading', () => {
  it('reopens a page read before, with its working figure, without a network', async () => {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(siteUrl('en/introduction/'));
    await startAllWidgets(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      // the worker keeps what the page loaded before it took over; give it a moment to fetch those
      await new Promise((resolve) => setTimeout(resolve, 1000));
    });
    await context.setOffline(true);
    await page.goto(siteUrl('en/introduction/?conv1d.signal=step&conv1d.kernel=-1,0,1&conv1d.position=24'));
    expect(await page.locator('h1').textContent()).toBe('How to read this book');
    await startAllWidgets(page);
    expect(await page.locator('#widget-conv1d').getByTestId('products-sum').textContent()).toMatch(/= 1$/);
    await context.close();
  });
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newContext, siteUrl, startAllWidgets, watchedPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('the book shell', () => {
  it('switches language on the same section, with the widgets’ state', async () => {
    const context = await newContext(browser, { reducedMotion: 'reduce' });
    const { page, errors } = await watchedPage(context);
    await page.goto(siteUrl('en/introduction/?conv1d.kernel=1,2,1#sharing'));
    await startAllWidgets(page);
    await page.locator('#sharing').evaluate((h) => h.scrollIntoView({ block: 'start', behavior: 'instant' }));
    // Playwright's click and focus both scroll the sticky header link "into view" first, moving the page
    // away from the section; a reader's click does not, so the click is dispatched where the link is
    await page.locator('.lang-switch').dispatchEvent('click');
    await page.waitForURL(/\/zh\/introduction\//);
    const url = new URL(page.url());
    expect(url.pathname).toBe(new URL(siteUrl('zh/introduction/')).pathname);
    expect(url.hash).toBe('#sharing');
    expect(url.searchParams.get('conv1d.kernel')).toBe('1,2,1');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('follows the system theme until the reader picks one, then remembers it with no flash', async () => {
    const context = await newContext(browser, { colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(siteUrl('en/'));
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(20, 23, 27)');
    const toggle = page.locator('.header-actions button');
    await toggle.click(); // system → light
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await background()).toBe('rgb(253, 253, 252)');
    // a reload in a dark system keeps light, set by the inline script before the first paint
    await page.route('**/*.js', (route) => route.abort());
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await background()).toBe('rgb(253, 253, 252)');
    await context.close();
  });

  it('links previous and next chapters, the sidebar and section anchors', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(siteUrl('en/introduction/'));
    expect(await page.locator('.sidebar a[aria-current="page"]').textContent()).toContain(
      'How to read this book',
    );
    expect(await page.locator('.sidebar .section-list a').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('h2#keyboard a.anchor').getAttribute('href')).toBe('#keyboard');
    await context.close();
  });

  it('fits a 320 px phone without sideways scrolling', async () => {
    const context = await newContext(browser, { viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const path of ['en/introduction/', 'zh/introduction/', 'en/']) {
      await page.goto(siteUrl(path));
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});

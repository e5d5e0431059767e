import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTfjsFile } from '../../scripts/tf-chunks.mjs';
import { axeViolations, launch, newContext, PAGES, siteUrl, startAllWidgets, watchedPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const expectedLang = (path: string) => (path.startsWith('zh/') ? 'zh-CN' : 'en');

describe.each(PAGES)('page /%s', (path) => {
  it('loads with no console errors, no outside requests, working widgets and no axe violations', async () => {
    const context = await newContext(browser);
    const { page, errors, outside, requested } = await watchedPage(context);
    await page.goto(siteUrl(path));
    expect(await page.getAttribute('html', 'lang')).toBe(expectedLang(path));
    await startAllWidgets(page);
    expect(await axeViolations(page)).toEqual([]);
    // widgets that started and were scrolled past write nothing to the address (it waits 250 ms to write)
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => location.search)).toBe('');
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    const hasModel = (await page.locator('section.widget').count()) > 0;
    if (!hasModel) expect(requested.filter(isTfjsFile)).toEqual([]);
    await context.close();
  });

  it('is readable without JavaScript: headings, prose and math are in the HTML', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(siteUrl(path));
    await expect(page.locator('h1').first().textContent()).resolves.toMatch(/\S/);
    if (path.endsWith('introduction/')) {
      expect(await page.locator('h2[id="first-figure"]').count()).toBe(1);
      expect(await page.locator('.katex-display').count()).toBeGreaterThanOrEqual(2);
      expect(await page.locator('#eq-conv1d .katex').count()).toBe(1);
      expect(await page.locator('.widget-placeholder').first().textContent()).toMatch(/JavaScript/);
      expect(await page.locator('ol.references li[id^="ref-"]').count()).toBeGreaterThan(0);
    }
    await context.close();
  });
});

describe('TF.js', () => {
  it('is never downloaded by a page without a model widget', async () => {
    for (const path of ['', 'en/', 'zh/']) {
      const context = await newContext(browser);
      const { page, requested } = await watchedPage(context);
      await page.goto(siteUrl(path));
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      expect(requested.filter(isTfjsFile), path).toEqual([]);
      await context.close();
    }
  });

  it('is not in the HTML as KaTeX JavaScript either: math is rendered at build time', async () => {
    const html = await (await fetch(siteUrl('en/introduction/'))).text();
    expect(html).toContain('class="katex"');
    expect(html).not.toMatch(/<script[^>]+katex/i);
  });
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newContext, siteUrl } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('the header on a 320 px phone', () => {
  it.each(['en', 'zh'])('is one line, the full title shown, in %s', async (lang) => {
    const context = await newContext(browser, { viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(siteUrl(`${lang}/convolution/`));
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(60);
    for (const part of ['.brand', '.lang-switch', '.header-actions button']) {
      const box = (await page.locator(part).boundingBox())!;
      expect(box.y, part).toBeGreaterThanOrEqual(header.y);
      expect(box.y + box.height, part).toBeLessThanOrEqual(header.y + header.height);
    }
    const brand = page.locator('.brand');
    // one line of text, not cut short by the ellipsis
    expect(await brand.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    expect(
      await brand.evaluate((e: HTMLElement) => e.getClientRects().length === 1 && e.offsetHeight < 30),
    ).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
    // the short visible label is part of the link's name, which screen readers hear in full
    const name = lang === 'en' ? '阅读中文版' : 'Read in English';
    expect(await page.getByRole('link', { name, exact: true }).isVisible()).toBe(true);
    await context.close();
  });

  it.each(['en', 'zh'])('leaves a #section link with its heading just below it, in %s', async (lang) => {
    // with motion allowed: the page jumps to the section, it does not glide past figures that grow
    const context = await newContext(browser, { viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(siteUrl(`${lang}/convolution/#shape`));
    // a second for any smooth scroll to end and the figures near the section to start
    await page.waitForTimeout(1000);
    const header = (await page.locator('.site-header').boundingBox())!;
    const heading = (await page.locator('#shape').boundingBox())!;
    const gap = heading.y - (header.y + header.height);
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThanOrEqual(12);
    await context.close();
  });
});

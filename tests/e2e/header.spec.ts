import { expect, test, type Lang } from './fixtures';

test.use({ viewport: { width: 320, height: 640 } });

for (const lang of ['en', 'zh'] as Lang[])
  test.describe(`the header on a 320 px phone, in ${lang}`, { tag: `@${lang}` }, () => {
    test('is one line, the full title shown', async ({ page }) => {
      await page.goto(`${lang}/convolution/`);
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
      await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
    });

    test('leaves a #section link with its heading just below it', async ({ page }) => {
      // with motion allowed: the page jumps to the section, it does not glide past figures that grow
      await page.goto(`${lang}/convolution/#shape`);
      // a second for any smooth scroll to end and the figures near the section to start
      await page.waitForTimeout(1000);
      const header = (await page.locator('.site-header').boundingBox())!;
      const heading = (await page.locator('#shape').boundingBox())!;
      const gap = heading.y - (header.y + header.height);
      expect(gap).toBeGreaterThanOrEqual(0);
      expect(gap).toBeLessThanOrEqual(12);
    });
  });

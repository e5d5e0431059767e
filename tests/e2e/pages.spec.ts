import { zh } from '../../src/i18n/zh';
import { isTfjsFile } from '../../scripts/tf-chunks.mjs';
import { axeViolations, expect, langOf, PAGES, startAllWidgets, test } from './fixtures';
import { ZH_WIDGET_TEXT } from './zh-widget-text';

const htmlLang = { en: 'en', zh: 'zh-CN' } as const;

// each page once, in the project of its language (tagged @en or @zh)
for (const path of PAGES) {
  const lang = langOf(path);
  test.describe(`page /${path}`, { tag: `@${lang}` }, () => {
    test('loads with working widgets, no console errors, no outside requests and no axe violations', async ({
      page,
      watch,
    }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', htmlLang[lang]);
      const widgets = await startAllWidgets(page);
      if (lang === 'zh') {
        // the frames' own controls and the widgets' text speak the page's language
        const frames = page.getByRole('group').filter({ has: page.locator('.widget-bar') });
        for (const frame of await frames.all())
          await expect(frame.getByRole('button', { name: zh.copyLink })).toBeVisible();
        await ZH_WIDGET_TEXT[path]?.(page);
      }
      expect(await axeViolations(page)).toEqual([]);
      // widgets that started and were scrolled past write nothing to the address (it waits 250 ms to write)
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => location.search)).toBe('');
      if (widgets === 0) {
        // a page without a model widget never downloads TF.js, even read to the end
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForLoadState('networkidle');
        expect(watch.requested.filter(isTfjsFile)).toEqual([]);
      }
    });
  });

  test.describe(`page /${path} without JavaScript`, { tag: `@${lang}` }, () => {
    test.use({ javaScriptEnabled: false });

    test('is readable: headings, prose and math are in the HTML', async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('h1').first()).toHaveText(/\S/);
      if (/^(en|zh)\/introduction\/$/.test(path)) {
        await expect(page.locator('h2[id="first-figure"]')).toHaveCount(1);
        expect(await page.locator('.katex-display').count()).toBeGreaterThanOrEqual(2);
        await expect(page.locator('#eq-conv1d .katex')).toHaveCount(1);
        await expect(page.locator('.widget-placeholder').first()).toHaveText(/JavaScript/);
        expect(await page.locator('ol.references li[id^="ref-"]').count()).toBeGreaterThan(0);
      }
    });
  });
}

test('KaTeX is not in the HTML as JavaScript: math is rendered at build time', async ({ request }) => {
  const html = await (await request.get('en/introduction/')).text();
  expect(html).toContain('class="katex"');
  expect(html).not.toMatch(/<script[^>]+katex/i);
});

import { expect, startAllWidgets, test } from './fixtures';

test.describe('the book shell', () => {
  test.describe('with reduced motion', () => {
    test.use({ reducedMotion: 'reduce' });

    test('switches language on the same section, with the widgets’ state', async ({ page, baseURL }) => {
      await page.goto('en/introduction/?conv1d.kernel=1,2,1#sharing');
      await startAllWidgets(page);
      await page
        .locator('#sharing')
        .evaluate((h) => h.scrollIntoView({ block: 'start', behavior: 'instant' }));
      // Playwright's click and focus both scroll the sticky header link "into view" first, moving the page
      // away from the section; a reader's click does not, so the click is dispatched where the link is
      await page.getByRole('link', { name: '阅读中文版' }).dispatchEvent('click');
      await page.waitForURL(/\/zh\/introduction\//);
      const url = new URL(page.url());
      expect(url.pathname).toBe(new URL('zh/introduction/', baseURL).pathname);
      expect(url.hash).toBe('#sharing');
      expect(url.searchParams.get('conv1d.kernel')).toBe('1,2,1');
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    });
  });

  test.describe('in a dark system', () => {
    test.use({ colorScheme: 'dark' });

    test('follows the system theme until the reader picks one, then remembers it with no flash', async ({
      page,
      watch,
    }) => {
      await page.goto('en/');
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(await background()).toBe('rgb(20, 23, 27)');
      await page.getByRole('button', { name: /^Colour theme/ }).click(); // system → light
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
      expect(await background()).toBe('rgb(253, 253, 252)');
      // a reload in a dark system keeps light, set by the inline script before the first paint
      watch.allow(/Failed to load resource/);
      await page.route('**/*.js', (route) => route.abort());
      await page.reload();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
      expect(await background()).toBe('rgb(253, 253, 252)');
    });
  });

  test('links previous and next chapters, the sidebar and section anchors', async ({ page }) => {
    await page.goto('en/introduction/');
    const contents = page.getByRole('navigation', { name: 'Contents' });
    await expect(contents.locator('a[aria-current="page"]')).toContainText('How to read this book');
    expect(
      await contents.getByRole('list', { name: 'On this page' }).getByRole('link').count(),
    ).toBeGreaterThanOrEqual(5);
    await expect(page.locator('h2#keyboard').getByRole('link')).toHaveAttribute('href', '#keyboard');
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 320, height: 640 } });

    test('fits 320 px without sideways scrolling', async ({ page }) => {
      for (const path of ['en/introduction/', 'zh/introduction/', 'en/']) {
        await page.goto(path);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
    });
  });
});

// @ts-check
/**
 * Scrolls to each widget on the page in turn, so each one starts, and waits until it says it is ready
 * (its frame's data-ready). Shared by the end-to-end tests and the bench.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<number>} how many widgets the page has
 */
export async function startAllWidgets(page) {
  const frames = page.locator('section.widget');
  const count = await frames.count();
  for (let i = 0; i < count; i++) {
    await frames.nth(i).scrollIntoViewIfNeeded();
    await page.waitForSelector(`section.widget >> nth=${i} >> xpath=self::*[@data-ready="true"]`, {
      timeout: 60_000,
    });
  }
  return count;
}

// @ts-check
/**
 * The kernel lab's edit-to-paint time: from a kernel edit typed into a weight field to the animation
 * frame that shows the new feature map of the whole photo. The widget marks 'dl:kernel-lab:edit'
 * when an edit is applied and measures 'dl:kernel-lab' in the frame after it has painted
 * (src/widgets/KernelLab/edit-timing.ts); this reads those measures.
 */

const EDITS = 200;
const PAGE = 'en/convolution/';
const WIDGET = '#widget-lab';

/** @param {number[]} sorted @param {number} q */
const quantile = (sorted, q) =>
  /** @type {number} */ (sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]);

/**
 * Opens the convolution chapter, starts its kernel lab, types 200 edits into one of its weight fields
 * (alternating values, each one waited for) and returns the times.
 * @param {import('playwright-core').Page} page
 * @param {string} siteUrl the book's root, ending in /
 */
export async function measureKernelLab(page, siteUrl) {
  await page.goto(siteUrl + PAGE);
  const widget = page.locator(WIDGET);
  await widget.scrollIntoViewIfNeeded();
  await page.waitForSelector(`${WIDGET}[data-ready="true"]`, { timeout: 60_000 });
  const field = widget.locator('.lab-grid input').nth(4);
  await page.evaluate(() => performance.clearMeasures('dl:kernel-lab'));
  for (let i = 0; i < EDITS; i++) {
    await field.fill(i % 2 ? '1.5' : '-1.5');
    await page.waitForFunction((n) => performance.getEntriesByName('dl:kernel-lab').length >= n, i + 1);
  }
  const samples = await page.evaluate(() =>
    performance.getEntriesByName('dl:kernel-lab').map((entry) => entry.duration),
  );
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (/** @type {number} */ ms) => Math.round(ms * 100) / 100;
  return {
    name: 'kernel-edit-to-paint',
    page: `/${PAGE}`,
    medianMs: round(quantile(sorted, 0.5)),
    p95Ms: round(quantile(sorted, 0.95)),
    samples: samples.length,
  };
}

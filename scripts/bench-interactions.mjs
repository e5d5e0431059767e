// @ts-check
/**
 * Interaction timings for `npm run bench`: how long a reader waits between acting on a widget and
 * seeing its answer, 200 times each, as `{ name, page, medianMs, p95Ms, samples }`.
 */

const SAMPLES = 200;
const PAGE = 'en/convolution/';

/** @param {number[]} sorted @param {number} q */
const quantile = (sorted, q) =>
  /** @type {number} */ (sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]);

/** @param {string} name @param {number[]} samples */
function summarise(name, samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (/** @type {number} */ ms) => Math.round(ms * 100) / 100;
  return {
    name,
    page: `/${PAGE}`,
    medianMs: round(quantile(sorted, 0.5)),
    p95Ms: round(quantile(sorted, 0.95)),
    samples: samples.length,
  };
}

/**
 * Opens the chapter (with an optional query) and waits for one widget to be ready.
 * @param {import('playwright-core').Page} page @param {string} url @param {string} selector
 */
async function openWidget(page, url, selector) {
  await page.goto(url);
  const widget = page.locator(selector);
  await widget.scrollIntoViewIfNeeded();
  await page.waitForSelector(`${selector}[data-ready="true"]`, { timeout: 60_000 });
  return widget;
}

/**
 * The kernel lab's edit-to-paint time: from a kernel edit typed into a weight field to the animation
 * frame that shows the new feature map of the whole photo. The widget marks 'dl:kernel-lab:edit' when
 * an edit is applied and measures 'dl:kernel-lab' in the frame after it has painted
 * (src/widgets/KernelLab/edit-timing.ts); this reads those measures.
 * @param {import('playwright-core').Page} page
 * @param {string} siteUrl the book's root, ending in /
 */
export async function measureKernelLab(page, siteUrl) {
  const widget = await openWidget(page, siteUrl + PAGE, '#widget-lab');
  const field = widget.locator('.lab-grid input').nth(4);
  await page.evaluate(() => performance.clearMeasures('dl:kernel-lab'));
  for (let i = 0; i < SAMPLES; i++) {
    await field.fill(i % 2 ? '1.5' : '-1.5');
    await page.waitForFunction((n) => performance.getEntriesByName('dl:kernel-lab').length >= n, i + 1);
  }
  const samples = await page.evaluate(() =>
    performance.getEntriesByName('dl:kernel-lab').map((entry) => entry.duration),
  );
  return summarise('kernel-edit-to-paint', samples);
}

/**
 * The geometry widget's slider-to-paint time, at its largest drawing: input size 15 ↔ 16 with
 * padding 4, kernel 3, stride 1 (a 24 × 24 padded input and up to 22 × 22 output cells redrawn).
 * Each arrow key moves the slider; the time runs from the input event to the animation frame after the
 * widget's DOM has changed, i.e. the frame that shows the new drawing.
 * @param {import('playwright-core').Page} page
 * @param {string} siteUrl the book's root, ending in /
 */
export async function measureGeometrySlider(page, siteUrl) {
  const query = '?geometry.n=15&geometry.k=3&geometry.s=1&geometry.p=4&geometry.d=1';
  const widget = await openWidget(page, siteUrl + PAGE + query, '#widget-geometry');
  const slider = widget.locator('input[type="range"]').first();
  await slider.evaluate((input) => {
    const root = /** @type {HTMLElement} */ (input.closest('[data-ready]'));
    /** @type {number[]} */
    const times = [];
    let start = -1;
    input.addEventListener('input', (event) => {
      start = event.timeStamp;
    });
    new MutationObserver(() => {
      if (start < 0) return;
      const from = start;
      start = -1;
      requestAnimationFrame(() => times.push(performance.now() - from));
    }).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    Object.assign(window, { geometryTimes: times });
  });
  await slider.focus();
  for (let i = 0; i < SAMPLES; i++) {
    await slider.press(i % 2 ? 'ArrowLeft' : 'ArrowRight');
    await page.waitForFunction(
      (n) =>
        /** @type {{ geometryTimes: number[] }} */ (/** @type {unknown} */ (window)).geometryTimes.length >=
        n,
      i + 1,
    );
  }
  const samples = await page.evaluate(
    () => /** @type {{ geometryTimes: number[] }} */ (/** @type {unknown} */ (window)).geometryTimes,
  );
  return summarise('geometry-slider-to-paint', samples);
}

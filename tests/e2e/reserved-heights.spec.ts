import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, langOf, PAGES, SITE_DIR, startAllWidgets, test } from './fixtures';

/**
 * Each widget's frame reserves its height (its definition's `height`) so nothing moves when it starts
 * and links to a section land where they point. A widget that outgrows its reservation, or leaves much
 * of it empty, fails here: set its height to what this test measures.
 */
const SLACK = { px: 120, share: 0.12 };
const WIDTHS = [
  { name: 'narrow', width: 390, height: 844 },
  { name: 'wide', width: 1280, height: 800 },
] as const;

/** The chapters with figures, read from the built HTML: a frame is a `section.widget`. */
const chapters = PAGES.filter(
  (path) =>
    /^(en|zh)\/(?!gallery\/)[^/]+\/$/.test(path) &&
    readFileSync(join(SITE_DIR, path, 'index.html'), 'utf8').includes('class="widget"'),
);

for (const path of chapters)
  for (const { name, width, height } of WIDTHS)
    test(`${path} at ${width} px: every figure fits the height it reserves${langOf(path) === 'zh' ? ' @zh' : ''}`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.goto(path);
      expect(await startAllWidgets(page)).toBeGreaterThan(0);
      const sizes = await page.locator('.widget-body').evaluateAll(
        (bodies, which) =>
          bodies.map((body) => {
            const element = body as HTMLElement;
            const reserved = parseFloat(getComputedStyle(element).getPropertyValue(`--reserve-${which}`));
            element.style.minHeight = '0';
            const natural = element.getBoundingClientRect().height;
            element.style.minHeight = '';
            return { id: element.closest('section')?.id ?? '?', reserved, natural: Math.round(natural) };
          }),
        name,
      );
      for (const { id, reserved, natural } of sizes) {
        expect(natural, `${id} outgrows its ${name} reservation of ${reserved} px`).toBeLessThanOrEqual(
          reserved,
        );
        const slack = Math.max(SLACK.px, reserved * SLACK.share);
        expect(
          reserved - natural,
          `${id} leaves ${reserved - natural} px of its ${name} reservation empty`,
        ).toBeLessThanOrEqual(slack);
      }
    });

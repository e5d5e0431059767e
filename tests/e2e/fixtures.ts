import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { startAllWidgets } from '../../scripts/start-widgets.mjs';

export { expect, startAllWidgets };

export type Lang = 'en' | 'zh';

/** The e2e build (scripts/e2e.mjs builds it under /dl/); playwright.config.ts serves it. */
export const SITE_DIR = process.env.OUT_DIR ?? 'dist-e2e';

/** Every page the build wrote (scripts/prerender.mjs lists them), relative to the site's base. */
export const PAGES: string[] = (
  JSON.parse(readFileSync(join(SITE_DIR, '.vite/pages.json'), 'utf8')) as { path: string }[]
).map((page) => page.path.replace(/^\//, ''));

/** A page's language, from its path: the root page is English. */
export const langOf = (path: string): Lang => (path.startsWith('zh/') ? 'zh' : 'en');

// The one place that knows the gallery's URLs and ids: change these two when the gallery changes.
/**
 * Where the gallery shows preset `preset` of a widget, and the id of its frame: the gallery has a page
 * per chapter (`group`), and a frame's id is the widget's tag in kebab case and the preset's name.
 */
export function galleryWidget(
  group: string,
  widget: string,
  preset: string,
  lang: Lang = 'en',
): { url: string; id: string } {
  return { url: `${lang}/gallery/${group}/`, id: `${widget}-${preset}` };
}
/** Where the gallery shows exercise `name`, and a selector for it. */
export function galleryExercise(name: string, lang: Lang = 'en'): { url: string; selector: string } {
  return { url: `${lang}/gallery/exercises/`, selector: `[data-exercise="gallery-${name}"]` };
}

/** Waits until the island around `locator` (an exercise's answer, say) has hydrated and answers. */
export async function hydrated(locator: Locator): Promise<void> {
  await locator.scrollIntoViewIfNeeded();
  await expect(locator.locator('xpath=ancestor::*[@data-island][1]')).toHaveAttribute(
    'data-hydrated',
    'true',
  );
}

/** A widget's frame: a group labelled by the widget's title, with the id the book gives it. */
export const frame = (page: Page, id: string): Locator => page.locator(`#widget-${id}`);

/** Scrolls to one widget, which starts it, and waits until its frame says it is ready. */
export async function startWidget(page: Page, id: string): Promise<void> {
  await frame(page, id).scrollIntoViewIfNeeded();
  await expect(frame(page, id)).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
}

/** Opens `url` (plus a query) and starts widget `id` there, and only it. */
export async function openWidget(page: Page, { url, id }: { url: string; id: string }, query = '') {
  await page.goto(url + query);
  await startWidget(page, id);
}

/** The URL parameter `key` of the page's current address. */
export const urlParam = (page: Page, key: string): Promise<string | null> =>
  page.evaluate((k) => new URL(location.href).searchParams.get(k), key);

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe's violations on the page, or only inside `selector`, one line each. */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  const results = await (selector ? builder.include(selector) : builder).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

export interface Watch {
  /** console errors and uncaught exceptions */
  errors: string[];
  /** requests to any host but the test server (they are blocked) */
  outside: string[];
  /** every URL the pages requested from the test server */
  requested: string[];
  /** console errors a test causes on purpose (an aborted request), not counted as failures */
  allow: (pattern: RegExp) => void;
}

/**
 * `watch` records console errors, uncaught exceptions and requests of every page in the test's
 * context, and blocks requests to other hosts; the test fails on an error or an outside request.
 * `page` is Playwright's, watched. Service workers are blocked (playwright.config.ts) unless a test
 * asks for them: requests they answer would bypass the request log.
 */
export const test = base.extend<{ watch: Watch }>({
  watch: async ({ context, baseURL }, provide) => {
    const allowed: RegExp[] = [];
    const watch: Watch = {
      errors: [],
      outside: [],
      requested: [],
      allow: (pattern) => allowed.push(pattern),
    };
    const origin = new URL(baseURL!).origin;
    const error = (text: string) => {
      if (!allowed.some((pattern) => pattern.test(text))) watch.errors.push(text);
    };
    context.on('console', (message) => {
      if (message.type() === 'error') error(message.text());
    });
    context.on('weberror', (webError) => error(String(webError.error())));
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) {
        watch.requested.push(url);
        return route.continue();
      }
      watch.outside.push(url);
      return route.abort();
    });
    await provide(watch);
    expect(watch.errors, 'console errors and uncaught exceptions').toEqual([]);
    expect(watch.outside, 'requests to other hosts').toEqual([]);
  },
  // naming watch is what sets it up for the page
  page: async ({ page, watch: _watch }, provide) => provide(page),
});

/** Grants the clipboard to the tests of the calling describe block, as "copy link" needs. */
export const useClipboard = () => test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/**
 * The "copy link to this state" round trip of widget `id`: presses the widget's copy button, waits
 * until its frame says the link is copied, checks that the link leads to the widget, closes the page,
 * and opens the link in a new page of the same context, returned once the widget there is ready.
 */
export async function reopenCopiedLink(page: Page, id: string): Promise<{ link: string; other: Page }> {
  await frame(page, id).getByRole('button', { name: 'Copy link to this state' }).click();
  await expect(frame(page, id).getByRole('status').last()).toHaveText(/\S/);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain(`#widget-${id}`);
  await page.close();
  const other = await page.context().newPage();
  await other.goto(link);
  await startWidget(other, id);
  return { link, other };
}

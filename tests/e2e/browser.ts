import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { expect, inject } from 'vitest';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/chromium.mjs';

export const siteUrl = (path = ''): string => inject('siteUrl') + path.replace(/^\//, '');

/** Every page the build wrote (scripts/prerender.mjs lists them), relative to the site's base. */
export const PAGES: string[] = (
  JSON.parse(readFileSync(join(inject('siteDir'), '.vite/pages.json'), 'utf8')) as { path: string }[]
).map((page) => page.path.replace(/^\//, ''));

/**
 * A fresh context. Service workers are blocked unless asked for: requests they answer would bypass
 * the request log that checks for other hosts and for TF.js downloads.
 */
export function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ serviceWorkers: 'block', ...options });
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
}

export interface Watched {
  page: Page;
  /** console errors and uncaught exceptions */
  errors: string[];
  /** requests to any host but the test server (they are blocked, and the test fails) */
  outside: string[];
  /** every URL the page requested from the test server */
  requested: string[];
}

/** A page that records console errors and every request, and blocks any request to another host. */
export async function watchedPage(context: BrowserContext): Promise<Watched> {
  const page = await context.newPage();
  const watched: Watched = { page, errors: [], outside: [], requested: [] };
  const origin = new URL(siteUrl()).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') watched.errors.push(message.text());
  });
  page.on('pageerror', (error) => watched.errors.push(String(error)));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) {
      watched.requested.push(url);
      return route.continue();
    }
    watched.outside.push(url);
    return route.abort();
  });
  return watched;
}

export { startAllWidgets } from '../../scripts/start-widgets.mjs';

/** Scrolls to one widget, which starts it, and waits until its frame says it is ready. */
export async function startWidget(page: Page, id: string): Promise<void> {
  await page.locator(`#widget-${id}`).scrollIntoViewIfNeeded();
  await page.waitForSelector(`#widget-${id}[data-ready="true"]`, { timeout: 60_000 });
}

/** A fresh context (as newContext) whose pages may use the clipboard, as "copy link" needs. */
export async function clipboardContext(browser: Browser): Promise<BrowserContext> {
  const context = await newContext(browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(siteUrl()).origin,
  });
  return context;
}

/**
 * The "copy link to this state" round trip of widget `id` on a page of a clipboardContext: presses the
 * widget's copy button, waits until its frame says the link is copied, checks that the link leads to
 * the widget, closes the page, and opens the link in a new page of the same context, returned once the
 * widget there is ready.
 */
export async function reopenCopiedLink(page: Page, id: string): Promise<{ link: string; other: Page }> {
  await page.locator(`#widget-${id} .widget-actions button`).first().click();
  await page.waitForFunction(
    (widgetId) => /\S/.test(document.querySelector(`#widget-${widgetId} .frame-status`)?.textContent ?? ''),
    id,
  );
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain(`#widget-${id}`);
  await page.close();
  const other = await page.context().newPage();
  await other.goto(link);
  await startWidget(other, id);
  return { link, other };
}

export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

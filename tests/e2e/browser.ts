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
import { inject } from 'vitest';
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

export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import { launch, siteUrl, startWidget } from './browser';

// each test serves its own copy of the build: one stops its server, the other rewrites sw.js
let browser: Browser;
let dir: string;
let server: { url: string; close: () => Promise<void> } | null;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'offline-e2e-'));
  cpSync(inject('siteDir'), dir, { recursive: true });
  server = await serve(dir, { base: new URL(siteUrl()).pathname });
  context = await browser.newContext({ serviceWorkers: 'allow' });
});
afterEach(async () => {
  await context.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Opens `path` and waits until the service worker has precached the book and controls the page. */
async function visitOnline(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(server!.url + path);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
  });
  return page;
}

const precachedUrls = (page: Page) =>
  page.evaluate(async () => {
    const name = (await caches.keys()).find((key) => key.startsWith('workbox-precache-v2-'))!;
    return (await (await caches.open(name)).keys()).map((request) => request.url);
  });

describe('offline reading', () => {
  it('opens pages never visited, in both languages, with working figures, once one page was read', async () => {
    await visitOnline('en/introduction/');
    const base = server!.url;
    await server!.close();
    server = null;
    await context.setOffline(true);

    const page = await context.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    await page.goto(base + 'zh/convolution/?lab.kernel=sobel-x#widget-lab');
    expect(await page.locator('h1').textContent()).toMatch(/卷积/);
    await startWidget(page, 'lab');
    await page.goto(base + 'en/convolution/#widget-channels');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await startWidget(page, 'channels');
    await page.goto(base + 'zh/introduction/');
    await startWidget(page, 'conv1d');
    expect(failed).toEqual([]);
  });

  it("a new edition's service worker deletes the old edition's caches", async () => {
    const page = await visitOnline('en/');
    const page1 = server!.url + 'en/introduction/index.html';
    const before = await precachedUrls(page);
    expect(before.filter((url) => url.startsWith(`${page1}?__WB_REVISION__=`))).toHaveLength(1);
    // what the hand-written worker of earlier editions kept, in its one cache
    await page.evaluate(async () => {
      const cache = await caches.open('deep-learning-live');
      await cache.put(location.href, new Response('an old copy'));
    });

    // the next edition: the introduction changed (a new revision), the gallery is gone
    const sw = join(dir, 'sw.js');
    const old = readFileSync(sw, 'utf8');
    const edited = old
      .replace(/("revision":")[0-9a-f]+(","url":"en\/introduction\/index\.html")/, '$1next-edition$2')
      .replace(/\{"revision":"[0-9a-f]+","url":"en\/gallery\/index\.html"\},?/, '');
    expect(edited).not.toBe(old);
    writeFileSync(sw, edited);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const changed = new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve),
      );
      await registration.update();
      await changed;
    });
    // activated: its clean-up (which waits in the activate event) is done
    await page.evaluate(async () => {
      const worker = (await navigator.serviceWorker.getRegistration())!.active!;
      if (worker.state !== 'activated')
        await new Promise((resolve) => worker.addEventListener('statechange', resolve));
    });
    expect(await page.evaluate(() => caches.has('deep-learning-live'))).toBe(false);

    const after = await precachedUrls(page);
    expect(after).toContain(`${page1}?__WB_REVISION__=next-edition`);
    expect(after.filter((url) => url.startsWith(`${page1}?`))).toHaveLength(1);
    expect(after.some((url) => url.includes('en/gallery/'))).toBe(false);
    expect(after.length).toBe(before.length - 1);
  });
});

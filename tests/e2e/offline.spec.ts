import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { serve } from '../../scripts/serve.mjs';
import { expect, SITE_DIR, startWidget, test } from './fixtures';

// the one spec whose pages run the service worker; each test serves its own copy of the build, as one
// stops its server and the other rewrites sw.js
test.use({ serviceWorkers: 'allow' });

interface Site {
  dir: string;
  url: string;
  server: { close: () => Promise<void> } | null;
}

const siteTest = test.extend<{ site: Site }>({
  site: async ({ baseURL }, provide) => {
    const dir = mkdtempSync(join(tmpdir(), 'offline-e2e-'));
    cpSync(SITE_DIR, dir, { recursive: true });
    const server = await serve(dir, { base: new URL(baseURL!).pathname });
    const site: Site = { dir, url: server.url, server };
    await provide(site);
    await site.server?.close();
    rmSync(dir, { recursive: true, force: true });
  },
});

/** Opens `path` and waits until the service worker has precached the book and controls the page. */
async function visitOnline(context: BrowserContext, site: Site, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(site.url + path);
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

siteTest.describe('offline reading', () => {
  siteTest(
    'opens pages never visited, in both languages, with working figures, once one page was read',
    async ({ context, site }) => {
      await visitOnline(context, site, 'en/introduction/');
      await site.server!.close();
      site.server = null;
      await context.setOffline(true);

      const page = await context.newPage();
      const failed: string[] = [];
      page.on('requestfailed', (request) => failed.push(request.url()));
      await page.goto(site.url + 'zh/convolution/#widget-lab');
      await expect(page.locator('h1')).toHaveText(/卷积/);
      await startWidget(page, 'lab');
      await page.goto(site.url + 'en/convolution/#widget-channels');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await startWidget(page, 'channels');
      await page.goto(site.url + 'zh/introduction/');
      await startWidget(page, 'conv1d');
      expect(failed).toEqual([]);
    },
  );

  siteTest("a new edition's service worker deletes the old edition's caches", async ({ context, site }) => {
    const page = await visitOnline(context, site, 'en/');
    const page1 = site.url + 'en/introduction/index.html';
    const before = await precachedUrls(page);
    expect(before.filter((url) => url.startsWith(`${page1}?__WB_REVISION__=`))).toHaveLength(1);
    // what the hand-written worker of earlier editions kept, in its one cache
    await page.evaluate(async () => {
      const cache = await caches.open('deep-learning-live');
      await cache.put(location.href, new Response('an old copy'));
    });

    // the next edition: the introduction changed (a new revision), the gallery's index is gone
    const sw = join(site.dir, 'sw.js');
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
    expect(
      after.some((url) => url.endsWith('en/gallery/index.html') || url.includes('en/gallery/index.html?')),
    ).toBe(false);
    expect(after.length).toBe(before.length - 1);
  });
});

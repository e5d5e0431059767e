// @ts-check
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Writes `<path>/index.html` for every route: the client's HTML template with the page's rendered
 * markup, title, description, language, the theme's no-flash script, and a preload of the chapter's
 * own chunk so hydration does not wait for a second round trip.
 * @param {string} outDir the client build
 * @param {string} ssrDir the server build of src/app/entry-server.tsx
 * @returns {Promise<number>} the number of pages written
 */
export async function prerender(outDir, ssrDir) {
  const base = process.env.BASE_PATH ?? '/';
  const server = await import(pathToFileURL(resolve(ssrDir, 'entry-server.js')).href);
  await server.prepare();
  const template = inlineStylesheets(readFileSync(join(outDir, 'index.html'), 'utf8'), outDir, base);
  /** @type {Record<string, { file: string, isEntry?: boolean, imports?: string[] }>} */
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'));

  /** @param {string} key @param {Set<string>} into */
  const chunksOf = (key, into = new Set()) => {
    const entry = manifest[key];
    if (!entry || into.has(entry.file)) return into;
    into.add(entry.file);
    for (const imported of entry.imports ?? []) if (!manifest[imported]?.isEntry) chunksOf(imported, into);
    return into;
  };

  for (const { route, path, file } of server.routes) {
    const { html, head, lang } = server.render(route);
    const preloads = file
      ? [...chunksOf(file.slice(1))].map(
          (chunk) => `<link rel="modulepreload" crossorigin href="${base}${chunk}">`,
        )
      : [];
    const page = template
      .replace('<html lang="en">', `<html lang="${lang}">`)
      .replace('<!--theme-->', `<script>${server.themeBootScript}</script>`)
      .replace('<!--head-->', [head, ...preloads].join('\n    '))
      .replace('<!--app-->', html);
    const target = join(outDir, path, 'index.html');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, page);
  }
  // the list of pages, for the bench and the tests
  const pages = server.routes.map((/** @type {{ path: string, file?: string }} */ r) => ({
    path: r.path,
    file: r.file?.slice(1),
  }));
  writeFileSync(join(outDir, '.vite/pages.json'), JSON.stringify(pages, null, 2));
  return server.routes.length;
}

/**
 * Puts the stylesheet into each page instead of linking it: one fewer request before the first paint
 * (its font URLs are absolute, so they still resolve). A disabled link to it stays, which applies
 * nothing and blocks nothing (Chromium still fetches it, late and once; the service worker precaches it):
 * Vite's loader sees by it that the sheet is on the page, and does not fetch it again for each widget
 * whose chunk imports its preload helper from the entry (offline, that fetch failed the widget).
 * @param {string} html @param {string} outDir @param {string} base
 */
function inlineStylesheets(html, outDir, base) {
  return html.replace(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g, (_, href) => {
    const css = readFileSync(join(outDir, href.slice(base.length)), 'utf8');
    return `<style>${css.replace(/<\/style/gi, '<\\/style')}</style><link rel="stylesheet" href="${href}" disabled>`;
  });
}

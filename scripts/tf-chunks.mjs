// @ts-check
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Whether a built file belongs to TF.js: its chunks are named tfjs-… (vite.config.ts), its binaries tfjs-backend-…. */
export const isTfjsFile = (/** @type {string} */ path) => /\/assets\/tfjs-/.test(path);

/**
 * The JavaScript a page loads before any widget starts: the entry with its static imports and the
 * page's own content chunk with its static imports, from Vite's manifest.
 * @param {string} outDir
 * @param {string | undefined} contentFile e.g. "content/en/00-introduction.mdx"
 * @returns {string[]} paths relative to the site's base, e.g. "assets/index-abc.js"
 */
export function initialJsFiles(outDir, contentFile) {
  /** @type {Record<string, { file: string, imports?: string[] }>} */
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'));
  const files = new Set();
  /** @param {string} key */
  const add = (key) => {
    const entry = manifest[key];
    if (!entry || files.has(entry.file)) return;
    files.add(entry.file);
    for (const imported of entry.imports ?? []) add(imported);
  };
  add('index.html');
  if (contentFile) add(contentFile);
  return [...files];
}

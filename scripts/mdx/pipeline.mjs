// @ts-check
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import rehypeKatex from 'rehype-katex';
import { unified } from 'unified';
import { VFile } from 'vfile';
import crossrefs from './crossrefs.mjs';
import frontmatter from './frontmatter.mjs';
import headingIds from './heading-ids.mjs';

/** The one remark pipeline for chapters, shared by the bundler and by the content checks. */
export const remarkPlugins = [remarkFrontmatter, remarkGfm, remarkMath, frontmatter, crossrefs, headingIds];
/** KaTeX renders at build time; the page ships its CSS and fonts, never its JavaScript. */
export const rehypePlugins = [[rehypeKatex, { strict: 'error', throwOnError: true }]];

export const LANGUAGES = /** @type {const} */ (['en', 'zh']);
export const contentDir = new URL('../../content/', import.meta.url).pathname;

/**
 * @typedef {{ file: string, lang: 'en' | 'zh', tree: import('mdast').Root,
 *   frontmatter: import('./frontmatter.mjs').Frontmatter,
 *   headings: import('./heading-ids.mjs').HeadingEntry[] }} ParsedChapter
 */

/**
 * Parses every chapter of one language (without compiling it) and returns them sorted by `order`.
 * @param {'en' | 'zh'} lang
 * @returns {ParsedChapter[]}
 */
export function readChapters(lang) {
  const dir = join(contentDir, lang);
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkPlugins);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const path = join(dir, name);
      const file = new VFile({ path, value: readFileSync(path, 'utf8') });
      const tree = /** @type {import('mdast').Root} */ (processor.runSync(processor.parse(file), file));
      return {
        file: path,
        lang,
        tree,
        frontmatter: /** @type {any} */ (file.data).frontmatter,
        headings: /** @type {any} */ (file.data).headings,
      };
    })
    .sort((a, b) => a.frontmatter.order - b.frontmatter.order);
}

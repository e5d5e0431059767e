// @ts-check
import { parse } from 'yaml';
import { esmExport } from './esm-export.mjs';

/** @typedef {{ title: string, slug: string, order: number, summary: string }} Frontmatter */

const REQUIRED = /** @type {const} */ (['title', 'slug', 'order', 'summary']);

/**
 * Reads the YAML frontmatter of a chapter, checks it has a title, slug, order and summary,
 * stores it on `file.data.frontmatter` and exports it as `frontmatter`.
 * @returns {(tree: import('mdast').Root, file: import('vfile').VFile) => void}
 */
export default function frontmatter() {
  return (tree, file) => {
    const index = tree.children.findIndex((node) => node.type === 'yaml');
    if (index < 0) return file.fail('a chapter needs frontmatter (title, slug, order, summary)');
    const node = /** @type {{ value: string }} */ (/** @type {unknown} */ (tree.children[index]));
    const data = parse(node.value) ?? {};
    for (const key of REQUIRED) {
      if (data[key] === undefined || data[key] === '') file.fail(`frontmatter is missing "${key}"`);
    }
    if (typeof data.order !== 'number') file.fail('frontmatter "order" must be a number');
    if (!/^[a-z0-9-]+$/.test(data.slug)) file.fail(`frontmatter slug "${data.slug}" must be a-z, 0-9 and -`);
    file.data.frontmatter = data;
    tree.children.splice(index, 1, esmExport('frontmatter', data));
  };
}

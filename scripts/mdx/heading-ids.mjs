// @ts-check
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { esmExport } from './esm-export.mjs';

/** @typedef {{ id: string, depth: number, text: string }} HeadingEntry */

const ID_COMMENT = /^\s*\/\*\s*([a-z0-9-]+)\s*\*\/\s*$/;

/**
 * Section headings (## and ###) carry an explicit id as a trailing MDX comment, as react.dev does:
 * `## Why convolution {/*why*\/}`. Ids stay the same in every language, so a link to a section works
 * in both. The plugin moves the id onto the heading, fails the build when one is missing or repeated,
 * and exports the list as `headings` (for the in-page table of contents).
 * @returns {(tree: import('mdast').Root, file: import('vfile').VFile) => void}
 */
export default function headingIds() {
  return (tree, file) => {
    /** @type {HeadingEntry[]} */
    const headings = [];
    const seen = new Set();
    visit(tree, 'heading', (heading) => {
      if (heading.depth === 1) return file.fail('use the frontmatter title, not a level-1 heading', heading);
      /** @type {any} */
      const data = (heading.data ??= {});
      let id = data.hProperties?.id;
      const last = heading.children.at(-1);
      const match = last && last.type === 'mdxTextExpression' ? ID_COMMENT.exec(last.value) : null;
      if (match) {
        id = match[1];
        heading.children.pop();
        const tail = heading.children.at(-1);
        if (tail && tail.type === 'text') tail.value = tail.value.trimEnd();
      }
      if (!id) return file.fail(`heading "${toString(heading)}" needs an id: append {/*some-id*/}`, heading);
      if (seen.has(id)) return file.fail(`heading id "${id}" is used twice`, heading);
      seen.add(id);
      data.hProperties = { ...data.hProperties, id };
      if (heading.depth <= 3) headings.push({ id, depth: heading.depth, text: toString(heading) });
    });
    file.data.headings = headings;
    tree.children.unshift(esmExport('headings', headings));
  };
}

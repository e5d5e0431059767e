// @ts-check
import { visit } from 'unist-util-visit';
import { LANGUAGES, contentDir, readChapters } from './pipeline.mjs';

const ID = 'virtual:chapters';
const RESOLVED = '\0' + ID;

/**
 * `import { chapters } from 'virtual:chapters'` gives the table of contents of the whole book
 * (per language: slug, title, summary, headings, the tags it uses) without loading any chapter's code,
 * so the sidebar, the home page, prev/next links and the gallery's groups cost a few hundred bytes.
 * @returns {import('vite').Plugin}
 */
export default function chaptersPlugin() {
  return {
    name: 'chapters',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return;
      this.addWatchFile(contentDir);
      const chapters = Object.fromEntries(
        LANGUAGES.map((lang) => [
          lang,
          readChapters(lang).map(({ frontmatter, headings, file, tree }) => ({
            ...frontmatter,
            file: file.slice(contentDir.length - 'content/'.length - 1),
            headings,
            tags: tagsIn(tree),
          })),
        ]),
      );
      return `export const chapters = ${JSON.stringify(chapters)};`;
    },
  };
}

/**
 * The components a chapter uses (`ConvStepperDemo`, `OutputSizeAnswer`…), each once, in order.
 * @param {import('mdast').Root} tree
 */
function tagsIn(tree) {
  /** @type {Set<string>} */
  const tags = new Set();
  visit(tree, (node) => {
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      /^[A-Z]/.test(node.name ?? '')
    )
      tags.add(/** @type {string} */ (node.name));
  });
  return [...tags];
}

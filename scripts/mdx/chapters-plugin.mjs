// @ts-check
import { LANGUAGES, contentDir, readChapters } from './pipeline.mjs';

const ID = 'virtual:chapters';
const RESOLVED = '\0' + ID;

/**
 * `import { chapters } from 'virtual:chapters'` gives the table of contents of the whole book
 * (per language: slug, title, summary, headings) without loading any chapter's code, so the sidebar,
 * the home page and prev/next links cost a few hundred bytes.
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
          readChapters(lang).map(({ frontmatter, headings, file }) => ({
            ...frontmatter,
            file: file.slice(contentDir.length - 'content/'.length - 1),
            headings,
          })),
        ]),
      );
      return `export const chapters = ${JSON.stringify(chapters)};`;
    },
  };
}

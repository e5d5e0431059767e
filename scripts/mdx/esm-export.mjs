// @ts-check
import { valueToEstree } from 'estree-util-value-to-estree';

/**
 * An MDX ESM node `export const name = <value>` so that a chapter module exports data
 * computed at build time (its frontmatter, its headings).
 * @param {string} name
 * @param {unknown} value
 * @returns {import('mdast').RootContent}
 */
export function esmExport(name, value) {
  /** @type {any} */
  const program = {
    type: 'Program',
    sourceType: 'module',
    body: [
      {
        type: 'ExportNamedDeclaration',
        specifiers: [],
        source: null,
        attributes: [],
        declaration: {
          type: 'VariableDeclaration',
          kind: 'const',
          declarations: [
            { type: 'VariableDeclarator', id: { type: 'Identifier', name }, init: valueToEstree(value) },
          ],
        },
      },
    ],
  };
  return /** @type {any} */ ({ type: 'mdxjsEsm', value: '', data: { estree: program } });
}

// @ts-check
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { SKIP, visit } from 'unist-util-visit';
import labels from '../../src/i18n/content-labels.json' with { type: 'json' };

/** @typedef {{ authors: string, title: string, venue: string, year: number }} Reference */

const REF = /@(eq|fig|cite):([a-z0-9-]+)/g;
const LABEL = /\\label\{([a-z0-9-]+)\}/;
const referencesFile = new URL('../../content/references.yaml', import.meta.url);

/** @param {import('vfile').VFile} file @returns {'en' | 'zh'} */
export function languageOf(file) {
  const match = /[\\/]content[\\/](en|zh)[\\/]/.exec(file.path ?? '');
  return match?.[1] === 'zh' ? 'zh' : 'en';
}

/** @param {string} template @param {number} n */
const fill = (template, n) => template.replace('{n}', String(n));

/**
 * Numbers display equations (`\label{name}` inside `$$`) and figures (`<Figure id="name">`), turns
 * `@eq:name`, `@fig:name` and `@cite:key` in the prose into links ("Equation 2", "图 1", "[3]"), and
 * appends the chapter's reference list. An unknown name fails the build, so no reference dangles.
 * @param {{ references?: Record<string, Reference> }} [options]
 * @returns {(tree: import('mdast').Root, file: import('vfile').VFile) => void}
 */
export default function crossrefs(options = {}) {
  const references = options.references ?? parse(readFileSync(referencesFile, 'utf8'));
  return (tree, file) => {
    const words = labels[languageOf(file)];
    /** @type {Map<string, number>} */ const equations = new Map();
    /** @type {Map<string, number>} */ const figures = new Map();
    /** @type {string[]} */ const cited = [];

    visit(tree, (node) => {
      if (node.type === 'math') {
        const match = LABEL.exec(node.value);
        if (!match) return;
        const name = /** @type {string} */ (match[1]);
        if (equations.has(name)) file.fail(`equation label "${name}" is used twice`, node);
        equations.set(name, equations.size + 1);
        node.value = node.value.replace(LABEL, `\\tag{${equations.size}}`);
        // mdast-util-math builds the element's text when parsing, so it is rewritten here as well
        const code = /** @type {any} */ (node.data)?.hChildren?.[0];
        if (code) code.children = [{ type: 'text', value: node.value }];
        /** @type {any} */ (node).data = { ...node.data, equationId: `eq-${name}` };
      } else if (node.type === 'mdxJsxFlowElement' && node.name === 'Figure') {
        const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
        if (typeof id !== 'string') return file.fail('<Figure> needs an id="…"', node);
        if (figures.has(id)) file.fail(`figure id "${id}" is used twice`, node);
        figures.set(id, figures.size + 1);
        toFigureElement(node, id, fill(words.figure, figures.size));
      }
    });

    visit(tree, 'text', (node, index, parent) => {
      if (!parent || index === undefined || !node.value.includes('@')) return;
      /** @type {import('mdast').PhrasingContent[]} */
      const parts = [];
      let last = 0;
      for (const match of node.value.matchAll(REF)) {
        const [whole, kind, name] = /** @type {[string, string, string]} */ (/** @type {unknown} */ (match));
        if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
        parts.push(resolve(kind, name));
        last = match.index + whole.length;
      }
      if (!parts.length) return;
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      /** @type {any[]} */ (parent.children).splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });

    visit(tree, 'math', (node, index, parent) => {
      const id = /** @type {any} */ (node.data)?.equationId;
      if (!id || !parent || index === undefined) return;
      /** @type {any} */
      const wrapper = {
        type: 'equation',
        data: { hName: 'div', hProperties: { id, className: ['equation'] } },
        children: [node],
      };
      /** @type {any[]} */ (parent.children).splice(index, 1, wrapper);
      return SKIP;
    });

    if (cited.length) tree.children.push(...referenceList(cited, references, words.references));

    /**
     * @param {string} kind @param {string} name
     * @returns {import('mdast').Link}
     */
    function resolve(kind, name) {
      if (kind === 'cite') {
        if (!references[name]) file.fail(`@cite:${name} is not in content/references.yaml`);
        if (!cited.includes(name)) cited.push(name);
        const n = cited.indexOf(name) + 1;
        return {
          type: 'link',
          url: `#ref-${name}`,
          children: [{ type: 'text', value: `[${n}]` }],
          data: { hProperties: { className: ['cite'] } },
        };
      }
      const table = kind === 'eq' ? equations : figures;
      const n = table.get(name);
      if (n === undefined) return file.fail(`@${kind}:${name} refers to nothing in this chapter`);
      const text = fill(kind === 'eq' ? words.equation : words.figure, n);
      return {
        type: 'link',
        url: `#${kind === 'eq' ? 'eq' : 'fig'}-${name}`,
        children: [{ type: 'text', value: text }],
      };
    }
  };
}

/**
 * `<Figure id="x">widget, caption paragraphs</Figure>` becomes `<figure id="fig-x">` whose paragraphs
 * form a `<figcaption>` that starts with the figure's number.
 * @param {import('mdast-util-mdx-jsx').MdxJsxFlowElement} node @param {string} id @param {string} label
 */
function toFigureElement(node, id, label) {
  const body = node.children.filter((child) => child.type !== 'paragraph');
  const caption = node.children.filter((child) => child.type === 'paragraph');
  const first = caption[0];
  if (first)
    first.children.unshift(
      { type: 'strong', children: [{ type: 'text', value: `${label}.` }] },
      { type: 'text', value: ' ' },
    );
  node.name = 'figure';
  node.attributes = [
    { type: 'mdxJsxAttribute', name: 'id', value: `fig-${id}` },
    { type: 'mdxJsxAttribute', name: 'className', value: 'figure' },
  ];
  /** @type {any} */
  const figcaption = { type: 'figcaption', data: { hName: 'figcaption' }, children: caption };
  node.children = caption.length ? [...body, figcaption] : body;
}

/**
 * @param {string[]} cited @param {Record<string, Reference>} references @param {string} title
 * @returns {import('mdast').RootContent[]}
 */
function referenceList(cited, references, title) {
  return [
    {
      type: 'heading',
      depth: 2,
      children: [{ type: 'text', value: title }],
      data: { hProperties: { id: 'references' } },
    },
    {
      type: 'list',
      ordered: true,
      spread: false,
      data: { hProperties: { className: ['references'] } },
      children: cited.map((key) => {
        const r = /** @type {Reference} */ (references[key]);
        return {
          type: 'listItem',
          spread: false,
          data: { hProperties: { id: `ref-${key}` } },
          children: [
            {
              type: 'paragraph',
              children: [
                { type: 'text', value: `${r.authors} (${r.year}). ` },
                { type: 'emphasis', children: [{ type: 'text', value: r.title }] },
                { type: 'text', value: `. ${r.venue}.` },
              ],
            },
          ],
        };
      }),
    },
  ];
}

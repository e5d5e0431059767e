import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** Tags with their props, in order: the widgets and figures a chapter uses, to compare across languages. */
export function tagsOf(tree: Root): string[] {
  const tags: string[] = [];
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    if (!node.name || (node.name !== 'figure' && !/^[A-Z]/.test(node.name))) return;
    // an expression prop ({28}, {[1, 2]}) compares by its source text, not by its position in the file
    const value = (a: (typeof node.attributes)[number]) =>
      a.type !== 'mdxJsxAttribute' ? 'spread' : typeof a.value === 'object' && a.value ? `{${a.value.value}}` : JSON.stringify(a.value);
    const props = node.attributes.map((a) => (a.type === 'mdxJsxAttribute' ? `${a.name}=${value(a)}` : 'spread'));
    tags.push(`<${node.name} ${props.join(' ')}>`);
  });
  return tags;
}

/** Every id an in-page link can point to: headings, equations, figures, widgets, references. */
export function anchorsOf(tree: Root): Set<string> {
  const ids = new Set<string>();
  visit(tree, (node) => {
    const id = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
    if (typeof id === 'string') ids.add(id);
    if (node.type === 'mdxJsxFlowElement') {
      const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
      // a figure keeps its id; an exercise is #exercise-<id>; a widget's frame is #widget-<id>
      if (attribute && typeof attribute.value === 'string') {
        const prefix = node.name === 'figure' ? '' : node.name === 'Exercise' ? 'exercise-' : 'widget-';
        ids.add(`${prefix}${attribute.value}`);
      }
    }
  });
  return ids;
}

export function linksOf(tree: Root): string[] {
  const urls: string[] = [];
  visit(tree, 'link', (node) => {
    urls.push(node.url);
  });
  return urls;
}

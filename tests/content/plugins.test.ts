import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkPlugins } from '../../scripts/mdx/pipeline.mjs';
import { anchorsOf, linksOf } from './collect';

const front = '---\ntitle: T\nslug: t\norder: 1\nsummary: S\n---\n\n';

function run(body: string, lang = 'en') {
  const file = new VFile({ path: `/book/content/${lang}/t.mdx`, value: front + body });
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkPlugins);
  const tree = processor.runSync(processor.parse(file), file) as Root;
  return { tree, data: file.data as { headings: { id: string; text: string }[]; frontmatter: { slug: string } } };
}

const text = (tree: unknown) => JSON.stringify(tree);

describe('chapter build plugins', () => {
  it('take heading ids from {/*id*/} and list the headings', () => {
    const { data } = run('## Why convolution {/*why*/}\n\ntext\n\n### Detail {/*detail*/}\n');
    expect(data.headings).toEqual([
      { id: 'why', depth: 2, text: 'Why convolution' },
      { id: 'detail', depth: 3, text: 'Detail' },
    ]);
  });

  it('fail on a heading without an id, a repeated id or a level-1 heading', () => {
    expect(() => run('## No id\n')).toThrow(/needs an id/);
    expect(() => run('## A {/*a*/}\n\n## B {/*a*/}\n')).toThrow(/used twice/);
    expect(() => run('# Top {/*top*/}\n')).toThrow(/level-1/);
  });

  it('fail on missing frontmatter fields', () => {
    const file = new VFile({ path: '/book/content/en/t.mdx', value: '---\ntitle: T\n---\n\n## A {/*a*/}\n' });
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkPlugins);
    expect(() => processor.runSync(processor.parse(file), file)).toThrow(/missing "slug"/);
  });

  it('number equations and figures and resolve references in the chapter language', () => {
    const body = '## A {/*a*/}\n\n$$\nx = 1 \\label{one}\n$$\n\n<Figure id="f">\n<Thing id="t" />\n\nCaption.\n</Figure>\n\nSee @eq:one and @fig:f.\n';
    const en = run(body);
    expect(text(en.tree)).toContain('Equation 1');
    expect(text(en.tree)).toContain('Figure 1.');
    expect(text(en.tree)).toContain('\\\\tag{1}');
    expect(anchorsOf(en.tree)).toEqual(new Set(['a', 'eq-one', 'fig-f', 'widget-t']));
    expect(linksOf(en.tree)).toEqual(['#eq-one', '#fig-f']);
    const zh = run(body, 'zh');
    expect(text(zh.tree)).toContain('式 (1)');
    expect(text(zh.tree)).toContain('图 1');
  });

  it('number citations by first use and append the reference list', () => {
    const { tree } = run('## A {/*a*/}\n\nFirst @cite:he2016, then @cite:lecun1998 and @cite:he2016 again.\n');
    expect(linksOf(tree)).toEqual(['#ref-he2016', '#ref-lecun1998', '#ref-he2016']);
    expect(text(tree)).toContain('"[2]"');
    expect(anchorsOf(tree)).toContain('references');
    expect(anchorsOf(tree)).toContain('ref-lecun1998');
    expect(text(tree)).toContain('Deep residual learning for image recognition');
  });

  it('fail on a reference to nothing', () => {
    expect(() => run('## A {/*a*/}\n\nSee @eq:nothing.\n')).toThrow(/refers to nothing/);
    expect(() => run('## A {/*a*/}\n\nSee @cite:nobody2020.\n')).toThrow(/not in content\/references.yaml/);
  });
});

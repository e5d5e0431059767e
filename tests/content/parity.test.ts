import { describe, expect, it } from 'vitest';
import { readChapters } from '../../scripts/mdx/pipeline.mjs';
import { mdxComponents } from '../../src/mdx-components';
import { anchorsOf, linksOf, tagsOf } from './collect';

const en = readChapters('en');
const zh = readChapters('zh');
const pairs = en.map((chapter, i) => [chapter, zh[i]] as const);

describe('the English and Chinese trees are parallel', () => {
  it('have the same chapters, in the same order', () => {
    expect(en.length).toBeGreaterThan(0);
    expect(zh.map((c) => [c.frontmatter.slug, c.frontmatter.order])).toEqual(en.map((c) => [c.frontmatter.slug, c.frontmatter.order]));
  });

  it.each(pairs.map(([a, b]) => [a.frontmatter.slug, a, b]))('%s: same heading ids, same levels', (_, a, b) => {
    expect(b?.headings.map((h) => [h.id, h.depth])).toEqual(a.headings.map((h) => [h.id, h.depth]));
  });

  it.each(pairs.map(([a, b]) => [a.frontmatter.slug, a, b]))('%s: same widget tags, figures and props', (_, a, b) => {
    expect(tagsOf(b!.tree)).toEqual(tagsOf(a.tree));
  });

  it.each(pairs.map(([a, b]) => [a.frontmatter.slug, a, b]))('%s: same anchors (equations, figures, references)', (_, a, b) => {
    expect([...anchorsOf(b!.tree)].sort()).toEqual([...anchorsOf(a.tree)].sort());
  });
});

describe('every chapter', () => {
  const all = [...en, ...zh];
  const slugs = new Set(en.map((c) => c.frontmatter.slug));

  it.each(all.map((c) => [`${c.lang}/${c.frontmatter.slug}`, c]))('%s uses only registered tags', (_, chapter) => {
    const names = tagsOf(chapter.tree).map((tag) => /^<(\w+)/.exec(tag)?.[1]);
    for (const name of names) if (name !== 'figure') expect(Object.keys(mdxComponents)).toContain(name);
  });

  it.each(all.map((c) => [`${c.lang}/${c.frontmatter.slug}`, c]))('%s has no dead links', (_, chapter) => {
    const anchors = anchorsOf(chapter.tree);
    for (const url of linksOf(chapter.tree)) {
      if (url.startsWith('#')) expect(anchors, url).toContain(url.slice(1));
      else if (url.startsWith('../')) {
        const target = /^\.\.\/([a-z0-9-]+)\/(#[a-z0-9-]+)?$/.exec(url)?.[1];
        expect(target === 'gallery' || slugs.has(target ?? ''), url).toBe(true);
      } else expect(url, 'links must stay on this site').not.toMatch(/^[a-z]+:/i);
    }
  });

  it.each(all.map((c) => [`${c.lang}/${c.frontmatter.slug}`, c]))('%s has a title and a one-line summary', (_, chapter) => {
    expect(chapter.frontmatter.title.length).toBeGreaterThan(2);
    expect(chapter.frontmatter.summary).not.toContain('\n');
  });
});

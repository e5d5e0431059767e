import type { MDXContent } from 'mdx/types';
import type { HeadingEntry } from 'virtual:chapters';

/** What a compiled chapter (or home page) MDX file exports. */
export interface ChapterModule {
  default: MDXContent;
  frontmatter: { title: string; slug: string; order: number; summary: string };
  headings: HeadingEntry[];
}

import { MDXProvider } from '@mdx-js/react';
import type { MDXComponents } from 'mdx/types';
import type { ChapterEntry } from 'virtual:chapters';
import { useStrings } from '../i18n';
import type { ChapterModule } from './chapter-module';
import { PrevNext } from './PrevNext';

/** One chapter: its title and summary, the compiled MDX, and the way on. */
export function ChapterPage({
  module,
  chapters,
  components,
}: {
  module: ChapterModule;
  chapters: readonly ChapterEntry[];
  components: MDXComponents;
}) {
  const { t } = useStrings();
  const { frontmatter, default: Content } = module;
  return (
    <article className="chapter">
      <header className="chapter-header">
        {frontmatter.order > 0 && <p className="chapter-number">{t('chapterN', { n: frontmatter.order })}</p>}
        <h1>{frontmatter.title}</h1>
        <p className="chapter-summary">{frontmatter.summary}</p>
      </header>
      <MDXProvider components={components}>
        <Content />
      </MDXProvider>
      <PrevNext chapters={chapters} slug={frontmatter.slug} />
    </article>
  );
}

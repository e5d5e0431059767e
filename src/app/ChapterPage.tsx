import { MDXProvider } from '@mdx-js/react';
import type { ChapterEntry } from 'virtual:chapters';
import { useStrings } from '../i18n';
import { serverMdxComponents } from './server-components';
import type { ChapterModule } from './chapter-module';
import { PrevNext } from './PrevNext';

/** One chapter: its title and summary, the compiled MDX, and the way on. */
export function ChapterPage({
  module,
  chapters,
}: {
  module: ChapterModule;
  chapters: readonly ChapterEntry[];
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
      <MDXProvider components={serverMdxComponents}>
        <Content />
      </MDXProvider>
      <PrevNext chapters={chapters} slug={frontmatter.slug} />
    </article>
  );
}

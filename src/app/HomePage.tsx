import { MDXProvider } from '@mdx-js/react';
import type { MDXComponents } from 'mdx/types';
import type { ChapterEntry } from 'virtual:chapters';
import { useStrings } from '../i18n';
import type { ChapterModule } from './chapter-module';
import { routePath, withBase } from './routes';

/** The home page of one language: the book's promise, what it teaches, and every chapter with its summary. */
export function HomePage({
  module,
  chapters,
  components,
}: {
  module: ChapterModule;
  chapters: readonly ChapterEntry[];
  components: MDXComponents;
}) {
  const { lang, t } = useStrings();
  const { default: Content } = module;
  const first = chapters[0];
  return (
    <article className="home">
      <header className="chapter-header">
        <h1>{t('bookTitle')}</h1>
        <p className="chapter-summary">{t('bookTagline')}</p>
        {first && (
          <a className="button-link" href={withBase(routePath({ kind: 'chapter', lang, slug: first.slug }))}>
            {t('startReading')}
          </a>
        )}
      </header>
      <MDXProvider components={components}>
        <Content />
      </MDXProvider>
      <h2 id="chapters">{t('chapters')}</h2>
      <ol className="chapter-cards">
        {chapters.map((chapter) => (
          <li key={chapter.slug}>
            <a href={withBase(routePath({ kind: 'chapter', lang, slug: chapter.slug }))}>
              <span className="chapter-number">
                {chapter.order > 0 ? t('chapterN', { n: chapter.order }) : '·'}
              </span>
              <span className="card-title">{chapter.title}</span>
            </a>
            <p>{chapter.summary}</p>
          </li>
        ))}
      </ol>
    </article>
  );
}

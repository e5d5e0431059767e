import type { ChapterEntry } from 'virtual:chapters';
import { useStrings } from '../i18n';
import { routePath, withBase, type Route } from './routes';

/** The book's table of contents, with the current chapter's sections listed under it. */
export function ChapterList({ chapters, route }: { chapters: readonly ChapterEntry[]; route: Route }) {
  const { lang, t } = useStrings();
  const currentSlug = route.kind === 'chapter' ? route.slug : null;
  return (
    <ol className="chapter-list">
      {chapters.map((chapter) => {
        const current = chapter.slug === currentSlug;
        return (
          <li key={chapter.slug}>
            <a
              href={withBase(routePath({ kind: 'chapter', lang, slug: chapter.slug }))}
              aria-current={current ? 'page' : undefined}
            >
              <span className="chapter-index">{chapter.order}</span> {chapter.title}
            </a>
            {current && (
              <ol className="section-list" aria-label={t('onThisPage')}>
                {chapter.headings
                  .filter((h) => h.depth === 2)
                  .map((h) => (
                    <li key={h.id}>
                      <a href={`#${h.id}`}>{h.text}</a>
                    </li>
                  ))}
              </ol>
            )}
          </li>
        );
      })}
      <li>
        <a
          href={withBase(routePath({ kind: 'gallery', lang }))}
          aria-current={route.kind === 'gallery' ? (route.group ? 'true' : 'page') : undefined}
        >
          {t('gallery')}
        </a>
      </li>
    </ol>
  );
}

/** On wide screens a sidebar; on phones the same list folds into a "Contents" disclosure above the text. */
export function Sidebar(props: { chapters: readonly ChapterEntry[]; route: Route }) {
  const { t } = useStrings();
  return (
    <>
      <nav className="sidebar" aria-label={t('contents')}>
        <ChapterList {...props} />
      </nav>
      <details className="mobile-contents">
        <summary>{t('contents')}</summary>
        <nav aria-label={t('contents')}>
          <ChapterList {...props} />
        </nav>
      </details>
    </>
  );
}

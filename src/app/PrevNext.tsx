import type { ChapterEntry } from 'virtual:chapters';
import { useStrings } from '../i18n';
import { routePath, withBase } from './routes';

/** Links to the previous and next chapters, at the end of each chapter. */
export function PrevNext({ chapters, slug }: { chapters: readonly ChapterEntry[]; slug: string }) {
  const { lang, t } = useStrings();
  const index = chapters.findIndex((c) => c.slug === slug);
  const previous = chapters[index - 1];
  const next = chapters[index + 1];
  if (!previous && !next) return null;
  const link = (chapter: ChapterEntry, label: string, rel: 'prev' | 'next') => (
    <a
      className={`prev-next-${rel}`}
      href={withBase(routePath({ kind: 'chapter', lang, slug: chapter.slug }))}
      rel={rel}
    >
      <span className="prev-next-label">{label}</span>
      <span className="prev-next-title">{chapter.title}</span>
    </a>
  );
  return (
    <nav className="prev-next" aria-label={`${t('previous')} / ${t('next')}`}>
      {previous && link(previous, t('previous'), 'prev')}
      {next && link(next, t('next'), 'next')}
    </nav>
  );
}

import type { ChapterEntry } from 'virtual:chapters';
import { strings, useStrings } from '../i18n';
import type { ContentKit } from './content-kit';
import { EXERCISES, galleryGroupTitle, type GalleryGroup } from './gallery-groups';
import { routePath, withBase } from './routes';

/** The gallery's first page: every page of it, each widget there with links to its presets. No figure runs here. */
export function GalleryIndex({
  groups,
  chapters,
  gallery,
}: {
  groups: readonly GalleryGroup[];
  chapters: readonly ChapterEntry[];
  gallery: ReturnType<ContentKit['gallery']>;
}) {
  const { lang, t } = useStrings();
  return (
    <article className="gallery">
      <header className="chapter-header">
        <h1>{t('gallery')}</h1>
        <p className="chapter-summary">{t('galleryIntro')}</p>
      </header>
      {groups.map((group) => {
        const href = withBase(routePath({ kind: 'gallery', lang, group: group.slug }));
        const heading = galleryGroupTitle(group.slug, chapters, strings[lang]);
        return (
          <section key={group.slug} aria-labelledby={`gallery-group-${group.slug}`}>
            <h2 id={`gallery-group-${group.slug}`}>
              <a href={href}>{heading}</a>
            </h2>
            <ul className="gallery-index">
              {gallery.widgets
                .filter((widget) => group.tags.includes(widget.tag))
                .map((widget) => (
                  <li key={widget.tag}>
                    <a href={`${href}#gallery-${widget.tag}`}>{widget.title}</a>
                    <ul>
                      {widget.presets.map((preset) => (
                        <li key={preset.name}>
                          <a href={`${href}#widget-${preset.id}`}>{preset.title}</a>
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              {group.slug === EXERCISES &&
                gallery.exercises.map(({ props, question }) => (
                  <li key={props.id}>
                    <a href={`${href}#exercise-${props.id}`}>{question}</a>
                  </li>
                ))}
            </ul>
          </section>
        );
      })}
    </article>
  );
}

import type { MDXComponents } from 'mdx/types';
import type { ComponentType, ReactNode } from 'react';
import { useStrings } from '../i18n';
import type { ContentKit } from './content-kit';

/**
 * Every registered widget alone, in each of its presets (also the instructors' start page for lecture
 * mode), and one exercise of each kind. Each preset's frame has a stable id: `#widget-conv-stepper-edge`.
 */
export function GalleryPage({
  gallery,
  components,
}: {
  gallery: ReturnType<ContentKit['gallery']>;
  components: MDXComponents;
}) {
  const { t } = useStrings();
  const tag = (name: string) =>
    components[name] as ComponentType<{ id: string; preset?: string; children?: ReactNode }>;
  const Exercise = tag('Exercise');
  return (
    <article className="gallery">
      <header className="chapter-header">
        <h1>{t('gallery')}</h1>
        <p className="chapter-summary">{t('galleryIntro')}</p>
      </header>
      {gallery.widgets.map(({ tag: name, title, presets }) => {
        const Widget = tag(name);
        return (
          <div key={name}>
            <h2 id={`gallery-${name}`}>{title}</h2>
            {presets.map((preset) => (
              <div key={preset.name} className="gallery-state">
                <h3 id={`gallery-${preset.id}`}>{preset.title}</h3>
                <Widget id={preset.id} preset={preset.name} />
              </div>
            ))}
          </div>
        );
      })}
      <div>
        <h2 id="gallery-exercises">{gallery.exercisesTitle}</h2>
        {gallery.exercises.map(({ tag: name, question, props }) => {
          const Answer = tag(name);
          return (
            <Exercise key={props.id} id={props.id}>
              <p>{question}</p>
              <Answer {...props} />
            </Exercise>
          );
        })}
      </div>
    </article>
  );
}

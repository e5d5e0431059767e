import type { MDXComponents } from 'mdx/types';
import type { ComponentType, ReactNode } from 'react';
import { useStrings } from '../i18n';
import type { ContentKit } from './content-kit';
import type { GalleryGroup } from './gallery-groups';

type Gallery = ReturnType<ContentKit['gallery']>;
type Tag = ComponentType<{ id: string; preset?: string; children?: ReactNode }>;

/**
 * One page of the gallery: each widget of a chapter alone, in each of its presets (the instructors'
 * start page for a lecture), or one exercise of each kind. Each preset's frame has a stable id:
 * `#widget-conv-stepper-edge`.
 */
export function GalleryPage({
  group,
  title,
  gallery,
  components,
}: {
  group: GalleryGroup;
  title: string;
  gallery: Gallery;
  components: MDXComponents;
}) {
  const { t } = useStrings();
  const tag = (name: string) => components[name] as Tag;
  const Exercise = tag('Exercise');
  return (
    <article className="gallery">
      <header className="chapter-header">
        <p className="chapter-number">{t('gallery')}</p>
        <h1>{title}</h1>
      </header>
      {gallery.widgets
        .filter((widget) => group.tags.includes(widget.tag))
        .map(({ tag: name, title: widgetTitle, presets }) => {
          const Widget = tag(name);
          return (
            <section key={name} aria-labelledby={`gallery-${name}`}>
              <h2 id={`gallery-${name}`}>{widgetTitle}</h2>
              {presets.map((preset) => (
                <div key={preset.name} className="gallery-state">
                  <h3 id={`gallery-${preset.id}`}>{preset.title}</h3>
                  <Widget id={preset.id} preset={preset.name} />
                </div>
              ))}
            </section>
          );
        })}
      {group.tags.length === 0 &&
        gallery.exercises.map(({ tag: name, question, props }) => {
          const Answer = tag(name);
          return (
            <Exercise key={props.id} id={props.id}>
              <p>{question}</p>
              <Answer {...props} />
            </Exercise>
          );
        })}
    </article>
  );
}

import type { ComponentType } from 'react';
import { useStrings } from '../i18n';
import { galleries, widgets, type WidgetName } from '../mdx-components';
import { Exercise } from '../widgets/Exercises/Exercise';
import { exerciseGallery } from '../widgets/Exercises/gallery';
import { serverMdxComponents } from './server-components';

/**
 * Every registered widget alone, in each of its gallery states (also the instructors' start page for
 * lecture mode), and one exercise of each kind.
 */
export function GalleryPage() {
  const { t } = useStrings();
  const names = Object.keys(widgets) as WidgetName[];
  return (
    <article className="gallery">
      <header className="chapter-header">
        <h1>{t('gallery')}</h1>
        <p className="chapter-summary">{t('galleryIntro')}</p>
      </header>
      {names.map((name) => {
        const { definition } = widgets[name];
        const Widget = serverMdxComponents[name] as (typeof widgets)[WidgetName];
        return (
          <div key={name}>
            <h2 id={`gallery-${name}`}>{t(definition.title)}</h2>
            {galleries[name].map((state, index) => (
              <div key={state.title} className="gallery-state">
                <h3 id={`gallery-${name}-${index}`}>{t(state.title)}</h3>
                <Widget id={`${name.toLowerCase()}-${index}`} preset={state.query} />
              </div>
            ))}
          </div>
        );
      })}
      <div>
        <h2 id="gallery-exercises">{t('exerciseGallery')}</h2>
        {exerciseGallery.map(({ tag, question, props }) => {
          const Answer = serverMdxComponents[tag] as ComponentType<object>;
          return (
            <Exercise key={props.id} id={props.id}>
              <p>{t(question)}</p>
              <Answer {...props} />
            </Exercise>
          );
        })}
      </div>
    </article>
  );
}

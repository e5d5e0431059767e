import { useEffect, type ComponentType, type ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { WidgetFrame, type FrameProps } from './frame/WidgetFrame';
import { LangContext, type Lang } from './i18n/lang';
import { answers, widgets } from './registry';

/**
 * Hydrates one island the server marked: a widget's frame (which then loads the widget's own chunk)
 * or an exercise's answer. Loaded with React, in a chunk of its own, when the first island nears the screen.
 */
export async function hydrateIsland(element: HTMLElement, name: string, props: object, lang: Lang) {
  let node;
  if (name in widgets) {
    const load = widgets[name as keyof typeof widgets];
    node = <WidgetFrame load={load} {...(props as Omit<FrameProps, 'load'>)} />;
  } else if (name in answers) {
    const Answer = (await answers[name as keyof typeof answers]()) as ComponentType<object>;
    node = <Answer {...props} />;
  } else {
    throw new Error(`no island is registered as “${name}”`);
  }
  hydrateRoot(
    element,
    <LangContext.Provider value={lang}>
      <Hydrated element={element}>{node}</Hydrated>
    </LangContext.Provider>,
  );
}

/** Marks the island `data-hydrated` once React has taken it over: from then on its controls answer. */
function Hydrated({ element, children }: { element: HTMLElement; children: ReactNode }) {
  useEffect(() => element.setAttribute('data-hydrated', 'true'), [element]);
  return children;
}

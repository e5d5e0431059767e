import 'katex/dist/katex.min.css';
import './styles/index.css';
import type { ComponentType } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { LangContext, type Lang } from '../i18n';
import { islands } from './islands';
import type { Route } from './routes';

/**
 * The page arrives complete as HTML; only its islands (widgets, language and theme buttons) become
 * React roots. The prose and math are never re-rendered, so their code is never downloaded.
 */
function start() {
  const data = document.getElementById('page-data')?.textContent;
  const route = data ? (JSON.parse(data) as Route) : null;
  const lang: Lang = route && route.kind !== 'landing' ? route.lang : 'en';
  for (const element of document.querySelectorAll<HTMLElement>('[data-island]')) {
    const Component = islands[element.dataset.island ?? ''] as ComponentType<object> | undefined;
    if (!Component) continue;
    const props = JSON.parse(element.dataset.props ?? '{}') as object;
    hydrateRoot(
      element,
      <LangContext.Provider value={lang}>
        <Component {...props} />
      </LangContext.Provider>,
    );
  }
  // the bench reads this mark: from here on the page answers the reader
  performance.mark('dl:hydrated');
}

start();

// smooth scrolling (base.css) from the reader's first click or key, not for the link that opened the page
const smoothScroll = () => (document.documentElement.dataset.smoothScroll = '');
addEventListener('pointerdown', smoothScroll, { once: true, capture: true });
addEventListener('keydown', smoothScroll, { once: true, capture: true });

// offline reading: the worker precaches the whole book, so after this visit every page and figure works without a network
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  addEventListener('load', () => {
    navigator.serviceWorker
      .register(`${import.meta.env.BASE_URL}sw.js`)
      .catch((error: unknown) => console.warn('Offline reading is not available:', error));
  });
}

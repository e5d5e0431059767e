import 'katex/dist/katex.min.css';
import './app/styles/index.css';
// exercises are pre-rendered content: their boxes are styled before their answers hydrate
import './widgets/Exercises/Exercises.css';
import type { Route } from './app/routes';
import { enhanceShell } from './app/shell-controls';
import { wakeIslands } from './app/wake-islands';
import type { Lang } from './i18n/lang';

/**
 * The page arrives complete as HTML. This entry holds no React: it makes the header's controls work,
 * then hydrates each island (a figure, an exercise's answer) as it nears the screen, loading React
 * and that island's code only then. The prose and the math are never re-rendered.
 */
function start() {
  const data = document.getElementById('page-data')?.textContent;
  const route = data ? (JSON.parse(data) as Route) : null;
  const lang: Lang = route && route.kind !== 'landing' ? route.lang : 'en';
  enhanceShell();
  wakeIslands(async (element, name, props) => {
    const { hydrateIsland } = await import('./hydrate-island');
    await hydrateIsland(element, name, props, lang);
  });
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

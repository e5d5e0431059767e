import { renderToString } from 'react-dom/server';
import { chapters } from 'virtual:chapters';
import type { ChapterModule } from './chapter-module';
import { headFor } from './head';
import { contentFile, Page } from './Page';
import { allRoutes, routePath, type Route } from './routes';

const modules = import.meta.glob<ChapterModule>('/content/**/*.mdx', { eager: true });

/** Renders one route to HTML at build time; the client hydrates it. */
export function render(route: Route): { html: string; head: string; lang: string } {
  const file = contentFile(route);
  const { lang, html: head } = headFor(route);
  return {
    html: renderToString(<Page route={route} module={file ? modules[file] : undefined} />),
    head,
    lang,
  };
}

/** Every route with its path and its content file (whose chunk the page should preload). */
export const routes = allRoutes(chapters).map((route) => ({
  route,
  path: routePath(route),
  file: contentFile(route),
}));

export { themeBootScript } from './theme';

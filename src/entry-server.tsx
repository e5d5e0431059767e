import { renderToString } from 'react-dom/server';
import { chapters } from 'virtual:chapters';
import type { ChapterModule } from './app/chapter-module';
import { headFor } from './app/head';
import { contentFile, Page } from './app/Page';
import { galleryGroups } from './app/gallery-groups';
import { allRoutes, routePath, type Route } from './app/routes';
import { contentKit, loadContent } from './mdx-components';

const modules = import.meta.glob<ChapterModule>('/content/**/*.mdx', { eager: true });

/** Loads every widget's code before the first page renders (the build renders them all). */
export const prepare = loadContent;

/** Renders one route to HTML at build time; the client hydrates its islands. */
export function render(route: Route): { html: string; head: string; lang: string } {
  const file = contentFile(route);
  const { lang, html: head } = headFor(route);
  return {
    html: renderToString(
      <Page route={route} module={file ? modules[file] : undefined} content={contentKit} />,
    ),
    head,
    lang,
  };
}

/** Every route with its path and its content file. */
export const routes = allRoutes(
  chapters,
  galleryGroups(chapters.en, contentKit.widgetTags).map((group) => group.slug),
).map((route) => ({
  route,
  path: routePath(route),
  file: contentFile(route),
}));

export { themeBootScript } from './app/theme';

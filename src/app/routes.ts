import type { ChapterEntry } from 'virtual:chapters';
import { LANGS, type Lang } from '../i18n';

/** Every page of the book. Each one is pre-rendered to `<path>/index.html`. */
export type Route =
  | { kind: 'landing' }
  | { kind: 'home'; lang: Lang }
  | { kind: 'chapter'; lang: Lang; slug: string }
  | { kind: 'gallery'; lang: Lang; group?: string };

/** The path of a route below the site's base, with a trailing slash: `/en/introduction/`. */
export function routePath(route: Route): string {
  switch (route.kind) {
    case 'landing':
      return '/';
    case 'home':
      return `/${route.lang}/`;
    case 'chapter':
      return `/${route.lang}/${route.slug}/`;
    case 'gallery':
      return `/${route.lang}/gallery/${route.group ? `${route.group}/` : ''}`;
  }
}

/** The same page in another language (the landing page has none, so it maps to that language's home). */
export function translateRoute(route: Route, lang: Lang): Route {
  return route.kind === 'landing' ? { kind: 'home', lang } : { ...route, lang };
}

export function allRoutes(
  chapters: Record<Lang, readonly ChapterEntry[]>,
  galleryGroups: readonly string[] = [],
): Route[] {
  return [
    { kind: 'landing' },
    ...LANGS.flatMap((lang): Route[] => [
      { kind: 'home', lang },
      { kind: 'gallery', lang },
      ...galleryGroups.map((group): Route => ({ kind: 'gallery', lang, group })),
      ...chapters[lang].map((c): Route => ({ kind: 'chapter', lang, slug: c.slug })),
    ]),
  ];
}

/** Prefixes a book path with the deployment's base (`/` or `/some/path/`). */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  return base.replace(/\/$/, '') + path;
}

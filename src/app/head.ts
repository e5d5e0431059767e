import { chapters } from 'virtual:chapters';
import { en } from '../i18n/en';
import { htmlLang, LANGS, strings } from '../i18n';
import { galleryGroupTitle } from './gallery-groups';
import { routePath, translateRoute, withBase, type Route } from './routes';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The page's title and description, and links to its other language. */
export function headFor(route: Route): { lang: string; html: string } {
  if (route.kind === 'landing') {
    return { lang: 'en', html: tags(`${en.bookTitle} · ${strings.zh.bookTitle}`, en.bookTagline, route) };
  }
  const t = strings[route.lang];
  const chapter =
    route.kind === 'chapter' ? chapters[route.lang].find((c) => c.slug === route.slug) : undefined;
  const title = chapter
    ? `${chapter.title} · ${t.bookTitle}`
    : route.kind === 'gallery'
      ? [route.group && galleryGroupTitle(route.group, chapters[route.lang], t), t.gallery, t.bookTitle]
          .filter(Boolean)
          .join(' · ')
      : t.bookTitle;
  return { lang: htmlLang[route.lang], html: tags(title, chapter?.summary ?? t.bookTagline, route) };
}

/**
 * Search engines need absolute addresses for a page's language versions, which only the deployment
 * knows: SITE_URL=https://example.org npm run build adds them (with a canonical link); without it
 * they are left out rather than given as invalid relative links.
 */
function languageLinks(route: Route): string[] {
  const site = process.env.SITE_URL?.replace(/\/$/, '');
  if (!site) return [];
  const href = (r: Route) => site + withBase(routePath(r));
  const alternates =
    route.kind === 'landing'
      ? []
      : LANGS.map(
          (lang) =>
            `<link rel="alternate" hreflang="${htmlLang[lang]}" href="${href(translateRoute(route, lang))}">`,
        );
  return [`<link rel="canonical" href="${href(route)}">`, ...alternates];
}

function tags(title: string, description: string, route: Route): string {
  return [
    `<title>${escape(title)}</title>`,
    `<meta name="description" content="${escape(description)}">`,
    ...languageLinks(route),
    `<script type="application/json" id="page-data">${JSON.stringify(route).replace(/</g, '\\u003c')}</script>`,
  ].join('\n    ');
}

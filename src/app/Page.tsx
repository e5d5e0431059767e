import { chapters } from 'virtual:chapters';
import { LangContext } from '../i18n';
import type { ChapterModule } from './chapter-module';
import { ChapterPage } from './ChapterPage';
import { GalleryPage } from './GalleryPage';
import { HomePage } from './HomePage';
import { LandingPage } from './LandingPage';
import { Layout } from './Layout';
import type { Route } from './routes';

/** The whole page for a route; `module` is the chapter's (or home page's) compiled MDX. */
export function Page({ route, module }: { route: Route; module?: ChapterModule | undefined }) {
  if (route.kind === 'landing') return <LandingPage />;
  const list = chapters[route.lang];
  let body;
  if (route.kind === 'gallery') body = <GalleryPage />;
  else if (!module) throw new Error(`no content for ${route.kind} ${route.lang}`);
  else if (route.kind === 'home') body = <HomePage module={module} chapters={list} />;
  else body = <ChapterPage module={module} chapters={list} />;
  return (
    <LangContext.Provider value={route.lang}>
      <Layout route={route} chapters={list}>
        {body}
      </Layout>
    </LangContext.Provider>
  );
}

/** The MDX file a route renders, if any. */
export function contentFile(route: Route): string | undefined {
  if (route.kind === 'home') return `/content/home/${route.lang}.mdx`;
  if (route.kind === 'chapter') return chapters[route.lang].find((c) => c.slug === route.slug)?.file;
  return undefined;
}

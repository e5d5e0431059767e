import { chapters } from 'virtual:chapters';
import { LangContext } from '../i18n';
import type { ChapterModule } from './chapter-module';
import type { ContentKit } from './content-kit';
import { ChapterPage } from './ChapterPage';
import { GalleryPage } from './GalleryPage';
import { HomePage } from './HomePage';
import { LandingPage } from './LandingPage';
import { Layout } from './Layout';
import type { Route } from './routes';

/** The whole page for a route; `module` is the chapter's (or home page's) compiled MDX, `content` the tags it may use. */
export function Page({
  route,
  module,
  content,
}: {
  route: Route;
  module?: ChapterModule | undefined;
  content: ContentKit;
}) {
  if (route.kind === 'landing') return <LandingPage />;
  const list = chapters[route.lang];
  let body;
  if (route.kind === 'gallery')
    body = <GalleryPage gallery={content.gallery(route.lang)} components={content.components} />;
  else if (!module) throw new Error(`no content for ${route.kind} ${route.lang}`);
  else if (route.kind === 'home')
    body = <HomePage module={module} chapters={list} components={content.components} />;
  else body = <ChapterPage module={module} chapters={list} components={content.components} />;
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

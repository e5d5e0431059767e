import { chapters } from 'virtual:chapters';
import { LangContext, strings } from '../i18n';
import type { ChapterModule } from './chapter-module';
import type { ContentKit } from './content-kit';
import { ChapterPage } from './ChapterPage';
import { galleryGroups, galleryGroupTitle } from './gallery-groups';
import { GalleryIndex } from './GalleryIndex';
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
  if (route.kind === 'gallery') body = gallery(route, content);
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

/** A gallery page: the index, or one group's figures. */
function gallery(route: Extract<Route, { kind: 'gallery' }>, content: ContentKit) {
  const list = chapters[route.lang];
  const groups = galleryGroups(list, content.widgetTags);
  const data = content.gallery(route.lang);
  const group = groups.find((g) => g.slug === route.group);
  if (!route.group) return <GalleryIndex groups={groups} chapters={list} gallery={data} />;
  if (!group) throw new Error(`no gallery page “${route.group}”`);
  const title = galleryGroupTitle(group.slug, list, strings[route.lang]);
  return <GalleryPage group={group} title={title} gallery={data} components={content.components} />;
}

/** The MDX file a route renders, if any. */
export function contentFile(route: Route): string | undefined {
  if (route.kind === 'home') return `/content/home/${route.lang}.mdx`;
  if (route.kind === 'chapter') return chapters[route.lang].find((c) => c.slug === route.slug)?.file;
  return undefined;
}

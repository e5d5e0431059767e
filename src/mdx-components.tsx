import type { MDXComponents } from 'mdx/types';
import { anchoredHeading } from './app/AnchoredHeading';
import { defineWidget } from './frame/define-widget';
import type { GalleryState } from './widgets/gallery-types';
import { conv1dGallery } from './widgets/Conv1d/gallery';

/**
 * The one registry of tags that chapters may use. Content writes `<Conv1dDemo id="demo" />` with no
 * import; a test fails if a chapter uses a tag that is not here. (`<Figure>` is handled at build time.)
 */
export const widgets = {
  Conv1dDemo: defineWidget({
    load: () => import('./widgets/Conv1d/Conv1d'),
    title: 'conv1dTitle',
    description: 'conv1dDescription',
    height: { narrow: 1200, wide: 1060 },
  }),
};

export type WidgetName = keyof typeof widgets;

/** What the gallery shows of each widget. */
export const galleries: Record<WidgetName, GalleryState[]> = {
  Conv1dDemo: conv1dGallery,
};

export const mdxComponents: MDXComponents = {
  ...widgets,
  h2: anchoredHeading('h2'),
  h3: anchoredHeading('h3'),
};

import type { MDXComponents } from 'mdx/types';
import type { Lang } from '../i18n';

/** One widget in the gallery: its tag, title, and each preset with the frame id it gets there. */
export interface GalleryWidget {
  tag: string;
  title: string;
  presets: { name: string; title: string; id: string }[];
}

/** One exercise in the gallery: its answer tag, the question, and the answer's props. */
export interface GalleryExercise {
  tag: string;
  question: string;
  props: { id: string };
}

/**
 * What the pages need of the book's content side, handed in by the server entry: the shell knows
 * chapters, not convolution, so it never imports a widget or a model itself.
 */
export interface ContentKit {
  /** every tag chapters may use, as the server renders it */
  components: MDXComponents;
  /** the tags that are widgets (the rest are answers and computed values) */
  widgetTags: readonly string[];
  /** every widget with its presets, and one exercise of each kind, in a language */
  gallery(lang: Lang): { widgets: GalleryWidget[]; exercises: GalleryExercise[] };
}

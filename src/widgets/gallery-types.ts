import type { StringKey } from '../i18n';

/** One state of a widget in the gallery: a caption and the widget's query parameters (without its id prefix). */
export interface GalleryState {
  title: StringKey;
  query: string;
}

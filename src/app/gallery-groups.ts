import type { ChapterEntry } from 'virtual:chapters';
import type { Strings } from '../i18n';

/** The gallery page of figures that no chapter uses yet, and the page of exercises. */
export const MORE = 'more';
export const EXERCISES = 'exercises';

export interface GalleryGroup {
  /** the page's path below /<lang>/gallery/: a chapter's slug, `more` or `exercises` */
  slug: string;
  /** the widget tags it shows, in the order the chapter uses them */
  tags: string[];
}

/**
 * The gallery's pages: one per chapter with figures, one for figures in no chapter, one of exercises.
 * A page per chapter keeps each light enough to load fast and gives lecturers one place per lecture.
 */
export function galleryGroups(
  chapters: readonly ChapterEntry[],
  widgetTags: readonly string[],
): GalleryGroup[] {
  const placed = new Set<string>();
  const groups = chapters.flatMap((chapter) => {
    const tags = chapter.tags.filter((tag) => widgetTags.includes(tag));
    for (const tag of tags) placed.add(tag);
    return tags.length ? [{ slug: chapter.slug, tags }] : [];
  });
  const rest = widgetTags.filter((tag) => !placed.has(tag));
  return [...groups, ...(rest.length ? [{ slug: MORE, tags: rest }] : []), { slug: EXERCISES, tags: [] }];
}

/** A gallery page's heading: its chapter's title, or what the page holds. */
export function galleryGroupTitle(slug: string, chapters: readonly ChapterEntry[], t: Strings): string {
  if (slug === MORE) return t.galleryMore;
  if (slug === EXERCISES) return t.galleryExercises;
  return chapters.find((chapter) => chapter.slug === slug)?.title ?? slug;
}

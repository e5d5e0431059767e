declare module 'virtual:chapters' {
  export interface HeadingEntry {
    id: string;
    depth: number;
    text: string;
  }
  export interface ChapterEntry {
    slug: string;
    title: string;
    summary: string;
    order: number;
    /** the MDX file, as a key of import.meta.glob('/content/…') */
    file: string;
    headings: HeadingEntry[];
    /** the components it uses (widgets, answers, values), each once, in order */
    tags: string[];
  }
  export const chapters: Record<'en' | 'zh', ChapterEntry[]>;
}

import { createContext } from 'react';

export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];
/** The value of the `lang` attribute for each language. */
export const htmlLang: Record<Lang, string> = { en: 'en', zh: 'zh-CN' };

/** Fills `{name}` placeholders: format('Chapter {n}', { n: 2 }) → 'Chapter 2'. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

/** Sentences joined as each language writes them: with a space in English, without one in Chinese. */
export const sentences = (lang: Lang, parts: readonly (string | undefined)[]): string =>
  parts.filter(Boolean).join(lang === 'zh' ? '' : ' ');

export const LangContext = createContext<Lang>('en');

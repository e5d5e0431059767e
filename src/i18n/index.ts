import { createContext, useContext } from 'react';
import { en, type StringKey, type Strings } from './en';
import { zh } from './zh';

export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];
export const strings: Record<Lang, Strings> = { en, zh };
/** The value of the `lang` attribute for each language. */
export const htmlLang: Record<Lang, string> = { en: 'en', zh: 'zh-CN' };
export type { StringKey, Strings };

/** Fills `{name}` placeholders: format('Chapter {n}', { n: 2 }) → 'Chapter 2'. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

/** Sentences joined as each language writes them: with a space in English, without one in Chinese. */
export const sentences = (lang: Lang, parts: readonly (string | undefined)[]): string =>
  parts.filter(Boolean).join(lang === 'zh' ? '' : ' ');

export const LangContext = createContext<Lang>('en');

/** The current language and a translator bound to it. */
export function useStrings(): {
  lang: Lang;
  t: (key: StringKey, values?: Record<string, string | number>) => string;
} {
  const lang = useContext(LangContext);
  const table = strings[lang];
  return { lang, t: (key, values) => (values ? format(table[key], values) : table[key]) };
}

import { useContext } from 'react';
import { format, LangContext, type Lang } from './lang';

export type Translate<K extends string> = (key: K, values?: Record<string, string | number>) => string;

/** Both languages' tables of one part of the interface: the Chinese table names exactly the English keys. */
export interface StringTables<K extends string> {
  en: { readonly [Key in K]: string };
  zh: { readonly [Key in K]: string };
}

/** The hook `defineStrings` makes: the current language and a translator bound to it, with the tables it reads. */
export type StringsHook<K extends string> = (() => { lang: Lang; t: Translate<K> }) & {
  tables: StringTables<K>;
};

/** The keys of a strings hook: `KeyOf<typeof useStrings>`. */
export type KeyOf<H> = H extends StringsHook<infer K> ? K : never;

/**
 * One part of the interface's strings in both languages (the shell's, the shared controls', or one
 * widget's, in its own folder so they load with its chunk). Returns a `useStrings` hook; the type makes
 * the Chinese table name exactly the English keys, so a missing or extra key fails the build.
 */
export function defineStrings<const T extends Record<string, string>>(tables: {
  en: T;
  zh: { readonly [K in keyof T]: string };
}): StringsHook<keyof T & string> {
  type K = keyof T & string;
  const typed = tables as unknown as StringTables<K>;
  function useStrings() {
    const lang = useContext(LangContext);
    const table = typed[lang];
    const t: Translate<K> = (key, values) => (values ? format(table[key], values) : table[key]);
    return { lang, t };
  }
  return Object.assign(useStrings, { tables: typed });
}

import { useContext } from 'react';
import { format, htmlLang, LangContext, type Lang } from './lang';

/**
 * A string that depends on a count, one form per plural category of the language (CLDR, as
 * `Intl.PluralRules` names them): English needs `one` and `other`, Chinese only `other`.
 */
export type PluralForms = { readonly other: string } & Partial<
  Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>
>;
export type Entry = string | PluralForms;

export type Translate<K extends string> = (key: K, values?: Record<string, string | number>) => string;

/** Both languages' tables of one part of the interface: the Chinese table names exactly the English keys. */
export interface StringTables<K extends string> {
  en: { readonly [Key in K]: Entry };
  zh: { readonly [Key in K]: Entry };
}

/** The hook `defineStrings` makes: the current language and a translator bound to it, with the tables it reads. */
export type StringsHook<K extends string> = (() => { lang: Lang; t: Translate<K> }) & {
  tables: StringTables<K>;
};

/** The keys of a strings hook: `KeyOf<typeof useStrings>`. */
export type KeyOf<H> = H extends StringsHook<infer K> ? K : never;

const rules: Partial<Record<Lang, Intl.PluralRules>> = {};

/** An entry in a language, its plural form chosen by the count `n` ("1 step", "2 steps"), its placeholders filled. */
export function translate(lang: Lang, entry: Entry, values?: Record<string, string | number>): string {
  let template: string;
  if (typeof entry === 'string') template = entry;
  else {
    const n = Number(values?.n);
    const category = (rules[lang] ??= new Intl.PluralRules(htmlLang[lang])).select(n);
    template = entry[category] ?? entry.other;
  }
  return values ? format(template, values) : template;
}

/**
 * One part of the interface's strings in both languages (the shell's, the shared controls', or one
 * widget's, in its own folder so they load with its chunk). Returns a `useStrings` hook; the type makes
 * the Chinese table name exactly the English keys, so a missing or extra key fails the build. An entry
 * that counts something gives its plural forms, chosen by the value `n`.
 */
export function defineStrings<const T extends Record<string, Entry>>(tables: {
  en: T;
  zh: { readonly [K in keyof T]: Entry };
}): StringsHook<keyof T & string> {
  type K = keyof T & string;
  const typed = tables as unknown as StringTables<K>;
  function useStrings() {
    const lang = useContext(LangContext);
    const table = typed[lang];
    const t: Translate<K> = (key, values) => translate(lang, table[key], values);
    return { lang, t };
  }
  return Object.assign(useStrings, { tables: typed });
}

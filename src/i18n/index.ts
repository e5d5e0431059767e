import { defineStrings } from './define-strings';
import { en, type StringKey, type Strings } from './en';
import type { Lang } from './lang';
import { zh } from './zh';

export { format, htmlLang, LangContext, LANGS, sentences, type Lang } from './lang';
export { defineStrings, type KeyOf, type StringsHook, type Translate } from './define-strings';
export type { StringKey, Strings };

/** The shell's strings in both languages (the page's title and description are read from here). */
export const strings: Record<Lang, Strings> = { en, zh };

/** The current language and a translator of the shell's strings bound to it. */
export const useStrings = defineStrings({ en, zh });

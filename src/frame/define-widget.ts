import type { ComponentType } from 'react';
import type { StringsHook } from '../i18n';
import type { Schema, StateOf } from './schema';

/**
 * A state of a widget worth showing alone: the gallery lists it, lecture mode presents it, the tests
 * start from it. Typed against the widget's URL state, so a preset cannot name a field that is not there.
 */
export interface Preset<S extends Schema, K extends string> {
  /** short and stable (kebab-case): it names the widget's id in the gallery, `conv-stepper-edge` */
  name: string;
  /** the caption, one of the widget's own strings */
  title: K;
  /** the fields that differ from the widget's defaults */
  state: Partial<StateOf<S>>;
}

/** Everything the book knows of one widget; its folder's index.ts exports it as the default. */
export interface WidgetDefinition<P extends object, S extends Schema, K extends string> {
  component: ComponentType<P>;
  /** its strings in both languages: the frame reads the title and description from them */
  strings: StringsHook<K>;
  title: NoInfer<K>;
  /** one sentence for the placeholder and for readers without JavaScript */
  description: NoInfer<K>;
  /**
   * its height in px in the chapters on phones and on wider screens, reserved so nothing moves when it
   * starts; the end-to-end tests measure every widget and fail when it outgrows or undershoots these
   */
  height: { narrow: number; wide: number };
  /** its URL state, which the presets are written in */
  schema: S;
  presets: readonly Preset<NoInfer<S>, NoInfer<K>>[];
}

/** A widget definition of any props, state and strings, as the registry holds them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each widget's own types are checked where it is defined
export type AnyWidget = WidgetDefinition<any, any, any>;

/** How the registry names a widget: a function that loads its folder, code, strings and CSS in its own chunk. */
export type WidgetLoader = () => Promise<{ default: AnyWidget }>;

/** Checks a widget's definition against its own props, state and strings (an identity at run time). */
export function defineWidget<P extends object, S extends Schema, K extends string>(
  definition: WidgetDefinition<P, S, K>,
): WidgetDefinition<P, S, K> {
  return definition;
}

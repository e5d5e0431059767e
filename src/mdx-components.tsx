import type { MDXComponents } from 'mdx/types';
import { useContext, type ComponentType } from 'react';
import { anchoredHeading } from './app/AnchoredHeading';
import type { ContentKit } from './app/content-kit';
import { Island } from './app/Island';
import type { AnyWidget } from './frame/define-widget';
import { WidgetFrame } from './frame/WidgetFrame';
import type { WidgetTagProps } from './frame/widget-tag';
import { LangContext, type KeyOf, type Lang } from './i18n';
import { translate } from './i18n/define-strings';
import { answers, widgets, type AnswerTag, type WidgetTag } from './registry';
import { OutputSize, ParamCount, ReceptiveField } from './values/Values';
import { Exercise } from './widgets/Exercises/Exercise';
import { exerciseGallery } from './widgets/Exercises/gallery';
import { useStrings as useExerciseStrings } from './widgets/Exercises/strings';

const definitions = new Map<WidgetTag, AnyWidget>();
const answerComponents = new Map<AnswerTag, ComponentType<object>>();

/** Loads every widget's and answer's chunk: the build renders them all, so it needs them at hand. */
export async function loadContent(): Promise<void> {
  for (const tag of Object.keys(widgets) as WidgetTag[]) definitions.set(tag, (await widgets[tag]()).default);
  for (const tag of Object.keys(answers) as AnswerTag[])
    answerComponents.set(tag, (await answers[tag]()) as ComponentType<object>);
}

function loaded<K, V>(map: Map<K, V>, tag: K): V {
  const value = map.get(tag);
  if (!value) throw new Error(`“${String(tag)}” is rendered before loadContent() has loaded it`);
  return value;
}

/** The frame's title, description and reserved height, in the page's language. */
const metaOf = (definition: AnyWidget, lang: Lang) => ({
  title: text(definition, lang, definition.title),
  description: text(definition, lang, definition.description),
  height: definition.height,
});

/** One of a widget's strings in a language. */
const text = (definition: AnyWidget, lang: Lang, key: string): string =>
  translate(lang, definition.strings.tables[lang][key] ?? key);

/** A widget tag as the build renders it: its frame (with the placeholder) as an island the client hydrates. */
const widgetTag = (tag: WidgetTag) =>
  function WidgetTag({ id, preset, ...props }: WidgetTagProps) {
    const lang = useContext(LangContext);
    const frame = { id, meta: metaOf(loaded(definitions, tag), lang), props, ...(preset ? { preset } : {}) };
    return (
      <Island name={tag} props={frame}>
        <WidgetFrame load={widgets[tag]} {...frame} />
      </Island>
    );
  };

/** An exercise's answer as the build renders it: an island of its own. */
const answerTag = (tag: AnswerTag) =>
  function AnswerTag(props: object) {
    const Answer = loaded(answerComponents, tag);
    return (
      <Island name={tag} props={props}>
        <Answer {...props} />
      </Island>
    );
  };

const tags = <T extends string>(names: readonly T[], make: (name: T) => ComponentType<never>) =>
  Object.fromEntries(names.map((name) => [name, make(name)]));

/** The one registry of tags chapters may use: `<ConvStepperDemo id="stepper" />` in MDX, with no import. */
export const mdxComponents: MDXComponents = {
  ...tags(Object.keys(widgets) as WidgetTag[], widgetTag),
  ...tags(Object.keys(answers) as AnswerTag[], answerTag),
  Exercise,
  OutputSize,
  ParamCount,
  ReceptiveField,
  h2: anchoredHeading('h2'),
  h3: anchoredHeading('h3'),
};

/** A widget's ids in the gallery are its tag and preset: `ConvStepperDemo` + `edge` → `conv-stepper-edge`. */
export const galleryId = (tag: string, preset: string): string =>
  `${tag
    .replace(/Demo$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()}-${preset}`;

/** What the pages get of the content: the tags and the gallery, in each language. */
export const contentKit: ContentKit = {
  components: mdxComponents,
  widgetTags: Object.keys(widgets),
  gallery: (lang) => {
    const exercise = (key: KeyOf<typeof useExerciseStrings>) =>
      translate(lang, useExerciseStrings.tables[lang][key]);
    return {
      widgets: (Object.keys(widgets) as WidgetTag[]).map((tag) => {
        const definition = loaded(definitions, tag);
        return {
          tag,
          title: metaOf(definition, lang).title,
          presets: definition.presets.map(({ name, title }: { name: string; title: string }) => ({
            name,
            title: text(definition, lang, title),
            id: galleryId(tag, name),
          })),
        };
      }),
      exercises: exerciseGallery.map(({ tag, question, props }) => ({
        tag,
        question: exercise(question),
        props,
      })),
    };
  },
};

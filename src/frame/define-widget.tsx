import { WidgetFrame, type WidgetDefinition } from './WidgetFrame';

/** The props every widget tag takes in content: an id, unique on the page, that namespaces its URL state. */
export interface WidgetTagProps {
  id: string;
  /** gallery only: the state to start from, as a query string without the id prefix ("kernel=1,0,-1") */
  preset?: string;
}

/**
 * Makes a content tag from a widget: `<Conv1dDemo id="demo" />` in MDX renders the frame, which loads
 * the widget's code when the reader gets near it.
 */
export function defineWidget<P extends object = object>(definition: WidgetDefinition<P>) {
  function Tag({ id, preset, ...props }: WidgetTagProps & P) {
    return (
      <WidgetFrame
        id={id}
        definition={definition}
        props={props as unknown as P}
        {...(preset ? { preset } : {})}
      />
    );
  }
  Tag.definition = definition;
  return Tag;
}

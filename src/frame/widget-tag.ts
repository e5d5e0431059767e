/** The props every widget tag takes in content: an id, unique on the page, that namespaces its URL state. */
export interface WidgetTagProps {
  id: string;
  /** gallery only: the name of one of the widget's presets to start from */
  preset?: string;
}

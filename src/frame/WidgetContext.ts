import { createContext, useContext, useEffect } from 'react';

export interface WidgetContextValue {
  /** the widget's id on the page; namespaces its URL state */
  id: string;
  /** query parameters to start from when the URL holds none of this widget's keys (the gallery's states) */
  preset?: URLSearchParams;
  /** the widget calls this once it shows real results */
  markReady(): void;
  /** the URL state hook registers how to read the widget's current state, for "copy link" */
  registerState(read: () => URLSearchParams): void;
}

export const WidgetContext = createContext<WidgetContextValue>({
  id: 'widget',
  markReady: () => {},
  registerState: () => {},
});

export const useWidget = (): WidgetContextValue => useContext(WidgetContext);

/** Tells the frame (and the bench, and the tests) that the widget is ready once `ready` is true. */
export function useReadyWhen(ready: boolean): void {
  const { markReady } = useWidget();
  useEffect(() => {
    if (ready) markReady();
  }, [ready, markReady]);
}

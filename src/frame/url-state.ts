import { useCallback, useEffect, useRef, useState } from 'react';
import { ownParams, parseState, writeState, type Schema, type StateOf } from './schema';
import { useWidget } from './WidgetContext';

const WRITE_DELAY_MS = 250;

/**
 * The widget's state, initialised from the URL (or the gallery's preset when the URL holds none of the
 * widget's keys). Once the reader changes it, the widget's own keys are written back with replaceState,
 * debounced, so dragging a slider never floods the history; until then the URL is left as it came.
 */
export function useUrlState<S extends Schema>(schema: S): [StateOf<S>, (patch: Partial<StateOf<S>>) => void] {
  const { id, preset, registerState } = useWidget();
  const [state, setState] = useState<StateOf<S>>(() => {
    const params = new URLSearchParams(location.search);
    const source = preset && ownParams(id, params).size === 0 ? prefixed(id, preset) : params;
    return parseState(schema, id, source);
  });
  const keepDefaults = preset !== undefined;
  // a widget that starts, or a page full of them scrolled past, must not rewrite the address
  const changedByReader = useRef(false);

  useEffect(() => {
    registerState(() =>
      ownParams(id, writeState(schema, id, state, new URLSearchParams(), { keepDefaults })),
    );
  }, [registerState, schema, id, state, keepDefaults]);

  useEffect(() => {
    if (!changedByReader.current) return;
    const timer = setTimeout(() => {
      const params = writeState(schema, id, state, new URLSearchParams(location.search), { keepDefaults });
      const query = params.toString();
      history.replaceState(
        history.state,
        '',
        `${location.pathname}${query ? `?${query}` : ''}${location.hash}`,
      );
    }, WRITE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [schema, id, state, keepDefaults]);

  const update = useCallback((patch: Partial<StateOf<S>>) => {
    changedByReader.current = true;
    setState((old) => ({ ...old, ...patch }));
  }, []);
  return [state, update];
}

function prefixed(id: string, preset: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of preset) params.set(`${id}.${key}`, value);
  return params;
}

/** A link that opens this page scrolled to the widget, in the given state, without other widgets' state. */
export function shareLink(id: string, own: URLSearchParams, href: string = location.href): string {
  const url = new URL(href);
  url.search = own.toString();
  url.hash = `widget-${id}`;
  return url.toString();
}

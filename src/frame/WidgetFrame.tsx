import { Suspense, use, useCallback, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useStrings } from '../i18n';
import { Icon } from '../ui/Icon';
import { CopyLinkButton } from './CopyLinkButton';
import { ErrorBoundary } from './ErrorBoundary';
import { ErrorCard } from './ErrorCard';
import type { AnyWidget, WidgetLoader } from './define-widget';
import { ownParams, presetParams } from './schema';
import { useFullScreen } from './useFullScreen';
import { useNearViewport } from './useNearViewport';
import { useStartTurn } from './start-queue';
import { WidgetContext, type WidgetContextValue } from './WidgetContext';

/** What the frame shows before the widget's code arrives, in the page's language (read from its definition at build time). */
export interface WidgetMeta {
  title: string;
  description: string;
  height: { narrow: number; wide: number };
}

export interface FrameProps {
  id: string;
  load: WidgetLoader;
  meta: WidgetMeta;
  /** the widget's own props, as the chapter gives them */
  props: object;
  /** the name of one of the widget's presets to start from (the gallery's states) */
  preset?: string | undefined;
}

/**
 * The frame every widget lives in: a same-size placeholder until the widget nears the viewport, an
 * error boundary with a reset, full screen, and a link to the widget's current state.
 */
export function WidgetFrame({ id, load, meta, props, preset }: FrameProps) {
  const { t } = useStrings();
  const frame = useRef<HTMLElement>(null);
  const near = useNearViewport(frame);
  const [generation, setGeneration] = useState(0);
  const [ready, setReady] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const readState = useRef<() => URLSearchParams>(() => ownParams(id, new URLSearchParams(location.search)));
  const fullScreen = useFullScreen(frame);

  const turn = useStartTurn(frame, near, ready);
  // loaded once near the viewport and its turn to start has come, and loaded again on "reset", which so
  // retries a failed download
  const code = useMemo(() => (turn ? { generation, module: load() } : null), [turn, load, generation]);
  const context = useMemo<WidgetContextValue>(
    () => ({
      id,
      markReady: () => setReady(true),
      registerState: (read) => {
        readState.current = read;
      },
    }),
    [id],
  );
  const reset = useCallback(() => {
    setReady(false);
    setGeneration((g) => g + 1);
  }, []);

  const reserve = {
    '--reserve-narrow': `${meta.height.narrow}px`,
    '--reserve-wide': `${meta.height.wide}px`,
  } as CSSProperties;
  const placeholder = (
    <div className="widget-placeholder">
      <p>{near ? t('widgetLoading') : t('widgetPlaceholder', { description: meta.description })}</p>
    </div>
  );

  return (
    <section
      ref={frame}
      id={`widget-${id}`}
      className="widget"
      // a group, not a landmark: a page may show one widget several times (the gallery does)
      role="group"
      aria-labelledby={`widget-${id}-title`}
      data-widget={id}
      data-ready={ready ? 'true' : 'false'}
      tabIndex={-1}
    >
      <div className="widget-bar">
        <p className="widget-title" id={`widget-${id}-title`}>
          {meta.title}
        </p>
        <div className="widget-actions">
          <CopyLinkButton id={id} readState={() => readState.current()} onCopied={setAnnouncement} />
          <button type="button" className="frame-button" onClick={fullScreen.toggle}>
            <Icon name={fullScreen.active ? 'collapse' : 'expand'} />
            <span className="button-text">{fullScreen.active ? t('exitFullScreen') : t('fullScreen')}</span>
          </button>
        </div>
      </div>
      <div className="widget-body" style={reserve}>
        {code ? (
          <ErrorBoundary
            key={code.generation}
            fallback={(error) => <ErrorCard error={error} onReset={reset} />}
          >
            <Suspense fallback={placeholder}>
              <Loaded module={code.module} props={props} context={context} preset={preset} />
            </Suspense>
          </ErrorBoundary>
        ) : (
          placeholder
        )}
      </div>
      <p className="visually-hidden frame-status" role="status">
        {announcement}
      </p>
    </section>
  );
}

/** Renders the widget once its code has arrived (suspending until then), from its preset if it has one. */
function Loaded({
  module,
  props,
  context,
  preset,
}: {
  module: ReturnType<WidgetLoader>;
  props: object;
  context: WidgetContextValue;
  preset: string | undefined;
}) {
  const { default: definition } = use(module);
  const state = definition.presets.find((p: AnyWidget['presets'][number]) => p.name === preset)?.state;
  const value = useMemo(
    () => (state ? { ...context, preset: presetParams(definition.schema, state) } : context),
    [context, definition, state],
  );
  const Widget = definition.component;
  return (
    <WidgetContext.Provider value={value}>
      <Widget {...props} />
    </WidgetContext.Provider>
  );
}

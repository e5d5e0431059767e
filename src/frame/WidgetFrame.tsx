import {
  Suspense,
  use,
  useCallback,
  useMemo,
  useRef,
  useState,
  type ComponentType,
  type CSSProperties,
} from 'react';
import { useStrings, type StringKey } from '../i18n';
import { Icon } from '../ui/Icon';
import { CopyLinkButton } from './CopyLinkButton';
import { ErrorBoundary } from './ErrorBoundary';
import { ErrorCard } from './ErrorCard';
import { ownParams } from './schema';
import { useFullScreen } from './useFullScreen';
import { useNearViewport } from './useNearViewport';
import { WidgetContext, type WidgetContextValue } from './WidgetContext';

export interface WidgetDefinition<P> {
  /** the widget's code, loaded only when the widget nears the viewport */
  load: () => Promise<{ default: ComponentType<P> }>;
  title: StringKey;
  /** one sentence for the placeholder and for readers without JavaScript */
  description: StringKey;
  /** the widget's usual height in px on phones and on wider screens, reserved so nothing jumps when it starts */
  height: { narrow: number; wide: number };
}

interface FrameProps<P> {
  id: string;
  definition: WidgetDefinition<P>;
  props: P;
  preset?: string | undefined;
}

/**
 * The frame every widget lives in: a same-size placeholder until the widget nears the viewport, an
 * error boundary with a reset, full screen, and a link to the widget's current state.
 */
export function WidgetFrame<P extends object>({ id, definition, props, preset }: FrameProps<P>) {
  const { t } = useStrings();
  const frame = useRef<HTMLElement>(null);
  const near = useNearViewport(frame);
  const [generation, setGeneration] = useState(0);
  const [ready, setReady] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const readState = useRef<() => URLSearchParams>(() => ownParams(id, new URLSearchParams(location.search)));
  const fullScreen = useFullScreen(frame);

  // loaded once near the viewport, and loaded again on "reset", which so retries a failed download
  const code = useMemo(
    () => (near ? { generation, module: definition.load() } : null),
    [near, definition, generation],
  );
  const context = useMemo<WidgetContextValue>(
    () => ({
      id,
      ...(preset === undefined ? {} : { preset: new URLSearchParams(preset) }),
      markReady: () => setReady(true),
      registerState: (read) => {
        readState.current = read;
      },
    }),
    [id, preset],
  );
  const reset = useCallback(() => {
    setReady(false);
    setGeneration((g) => g + 1);
  }, []);

  const reserve = {
    '--reserve-narrow': `${definition.height.narrow}px`,
    '--reserve-wide': `${definition.height.wide}px`,
  } as CSSProperties;
  const placeholder = (
    <div className="widget-placeholder">
      <p>{near ? t('widgetLoading') : t('widgetPlaceholder', { description: t(definition.description) })}</p>
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
          {t(definition.title)}
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
              <WidgetContext.Provider value={context}>
                <Loaded module={code.module} props={props} />
              </WidgetContext.Provider>
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

/** Renders the widget once its code has arrived (suspending until then). */
function Loaded<P extends object>({
  module,
  props,
}: {
  module: Promise<{ default: ComponentType<P> }>;
  props: P;
}) {
  const { default: Widget } = use(module);
  return <Widget {...props} />;
}

import { useCallback, useEffect, useState, type RefObject } from 'react';

/**
 * Full screen for one widget (lecture mode). Where the Fullscreen API is missing or refused (iPhone
 * Safari), the widget expands over the page instead, and Escape closes it.
 */
export function useFullScreen(ref: RefObject<HTMLElement | null>): { active: boolean; toggle: () => void } {
  const [native, setNative] = useState(false);
  const [expanded, setExpanded] = useState(false);

  useEffect(() => {
    const sync = () =>
      setNative(document.fullscreenElement !== null && document.fullscreenElement === ref.current);
    document.addEventListener('fullscreenchange', sync);
    return () => document.removeEventListener('fullscreenchange', sync);
  }, [ref]);

  useEffect(() => {
    if (!expanded) return undefined;
    const close = (event: KeyboardEvent) => event.key === 'Escape' && setExpanded(false);
    document.addEventListener('keydown', close);
    document.documentElement.classList.add('has-expanded-widget');
    return () => {
      document.removeEventListener('keydown', close);
      document.documentElement.classList.remove('has-expanded-widget');
    };
  }, [expanded]);

  const toggle = useCallback(() => {
    const element = ref.current;
    if (!element) return;
    if (native) void document.exitFullscreen();
    else if (expanded) setExpanded(false);
    else if (element.requestFullscreen) element.requestFullscreen().catch(() => setExpanded(true));
    else setExpanded(true);
  }, [ref, native, expanded]);

  useEffect(() => {
    ref.current?.toggleAttribute('data-expanded', expanded);
  }, [ref, expanded]);

  return { active: native || expanded, toggle };
}

/** How far below (and above) the screen an island starts: its code loads just before the reader reaches it. */
export const NEAR_MARGIN = '800px';

/** What the entry does with an island once it nears the screen: load its code and React, and hydrate it. */
export type Hydrate = (element: HTMLElement, name: string, props: object) => Promise<void>;

/**
 * Hydrates each island of the page (figures, exercise answers) when it comes near the screen, as
 * Distill's d-figure starts its figures. Until then it is the static HTML the build wrote, and no
 * React has loaded: a page read from the top pays for its figures only as the reader reaches them.
 */
export function wakeIslands(hydrate: Hydrate, root: ParentNode = document): void {
  const islands = [...root.querySelectorAll<HTMLElement>('[data-island]')];
  const woken = new Set<HTMLElement>();
  const wake = (element: HTMLElement) => {
    if (woken.has(element)) return;
    woken.add(element);
    const props = JSON.parse(element.dataset.props ?? '{}') as object;
    hydrate(element, element.dataset.island ?? '', props).catch((error: unknown) =>
      console.error(`The figure “${element.dataset.island}” could not start:`, error),
    );
  };
  if (typeof IntersectionObserver === 'undefined') {
    islands.forEach(wake);
    return;
  }
  // an island has no box of its own (display: contents), so its first element is what is watched
  const islandOf = new Map<Element, HTMLElement>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const island = islandOf.get(entry.target);
        if (!entry.isIntersecting || !island) continue;
        observer.unobserve(entry.target);
        wake(island);
      }
    },
    { rootMargin: NEAR_MARGIN },
  );
  for (const island of islands) {
    const target = island.firstElementChild ?? island;
    islandOf.set(target, island);
    observer.observe(target);
    // a reader who reaches for it first (a link to it, a quick Tab) wakes it at once
    const now = () => {
      observer.unobserve(target);
      wake(island);
    };
    island.addEventListener('focusin', now, { once: true });
    island.addEventListener('pointerdown', now, { once: true });
  }
  // a form sent before its island has hydrated would reload the page: it waits for React instead
  addEventListener(
    'submit',
    (event) => {
      const island = (event.target as Element).closest<HTMLElement>('[data-island]');
      if (island && island.dataset.hydrated !== 'true') event.preventDefault();
    },
    true,
  );
}

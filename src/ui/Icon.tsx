/**
 * Small line icons drawn in SVG, so they look the same on every system (emoji and symbol glyphs such
 * as ⏮ or ⛶ are missing from many fonts). Decorative: the button they sit in carries the name.
 */
const PATHS = {
  play: 'M7 5l12 7-12 7z',
  pause: 'M7 5h3v14H7zM14 5h3v14h-3z',
  stepBack: 'M6 5h2v14H6zM19 5l-10 7 10 7z',
  stepForward: 'M16 5h2v14h-2zM5 5l10 7-10 7z',
  reset: 'M12 5a7 7 0 1 1-6.6 4.7M5 4v5h5',
  link: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
  expand: 'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5',
  collapse: 'M9 4v5H4M15 4v5h5M9 20v-5H4M15 20v-5h5',
} as const;

const FILLED = new Set<keyof typeof PATHS>(['play', 'pause', 'stepBack', 'stepForward']);

export function Icon({ name }: { name: keyof typeof PATHS }) {
  const filled = FILLED.has(name);
  return (
    <svg className="icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path
        d={PATHS[name]}
        fill={filled ? 'currentColor' : 'none'}
        stroke={filled ? 'none' : 'currentColor'}
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

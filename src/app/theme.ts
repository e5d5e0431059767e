export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'dl-theme';

export const THEME_ICONS: Record<ThemeChoice, string> = { system: '◐', light: '☀', dark: '☾' };

/** The theme button's text and accessible name for each choice, in the page's language. */
export type ThemeLabels = Record<ThemeChoice, { text: string; name: string }>;

/**
 * Runs inline in <head> before the first paint, so a reader who chose a theme never sees a flash of
 * the other one. Kept as a string because it must not wait for any module to load.
 */
export const themeBootScript = `try{var t=localStorage.getItem('${KEY}');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;

export function readTheme(): ThemeChoice {
  try {
    const stored = localStorage.getItem(KEY);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    return 'system';
  }
}

export function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  try {
    if (choice === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    // storage can be disabled (private mode); the choice then lasts for this page only
  }
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
  for (const listener of listeners) listener();
}

const listeners = new Set<() => void>();

/** For useSyncExternalStore: told of changes made here and in other tabs. */
export function subscribeTheme(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

export const nextTheme: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };

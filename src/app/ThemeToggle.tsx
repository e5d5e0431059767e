import { useSyncExternalStore } from 'react';
import { useStrings } from '../i18n';
import { applyTheme, nextTheme, readTheme, subscribeTheme, type ThemeChoice } from './theme';

const icon: Record<ThemeChoice, string> = { system: '◐', light: '☀', dark: '☾' };
const label = { system: 'themeSystem', light: 'themeLight', dark: 'themeDark' } as const;

/** Cycles system → light → dark; the choice is remembered, "system" follows prefers-color-scheme. */
export function ThemeToggle() {
  const { t } = useStrings();
  const choice = useSyncExternalStore(subscribeTheme, readTheme, () => 'system' as const);
  return (
    <button
      type="button"
      className="icon-button"
      onClick={() => applyTheme(nextTheme[choice])}
      aria-label={t('themeLabel', { theme: t(label[choice]) })}
    >
      <span aria-hidden="true">{icon[choice]}</span>
      <span className="button-text">{t(label[choice])}</span>
    </button>
  );
}

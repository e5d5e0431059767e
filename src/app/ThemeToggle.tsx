import { useStrings } from '../i18n';
import { THEME_ICONS, type ThemeChoice, type ThemeLabels } from './theme';

const label = { system: 'themeSystem', light: 'themeLight', dark: 'themeDark' } as const;

/**
 * Cycles system → light → dark. Rendered at build time showing "system"; `enhanceThemeToggle` (plain
 * DOM, in the entry) shows the reader's choice and makes it work before any React loads.
 */
export function ThemeToggle() {
  const { t } = useStrings();
  const labels = Object.fromEntries(
    (Object.keys(label) as ThemeChoice[]).map((choice) => [
      choice,
      { text: t(label[choice]), name: t('themeLabel', { theme: t(label[choice]) }) },
    ]),
  ) as ThemeLabels;
  return (
    <button
      type="button"
      className="icon-button"
      data-theme-toggle={JSON.stringify(labels)}
      aria-label={labels.system.name}
    >
      <span aria-hidden="true">{THEME_ICONS.system}</span>
      <span className="button-text">{labels.system.text}</span>
    </button>
  );
}

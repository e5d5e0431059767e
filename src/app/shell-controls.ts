import { currentSectionId } from './current-section';
import { applyTheme, nextTheme, readTheme, subscribeTheme, THEME_ICONS, type ThemeLabels } from './theme';

export const LANG_KEY = 'dl-lang';

/**
 * The header's two controls, made to work by plain DOM code in the entry: they are on every page,
 * and React (which only figures need) then loads only when a figure nears the screen.
 */
export function enhanceShell(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]'))
    enhanceThemeToggle(button);
  for (const link of root.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]'))
    enhanceLanguageSwitch(link);
}

/** Shows the reader's theme (also when another tab changes it) and cycles it on a click. */
function enhanceThemeToggle(button: HTMLButtonElement): void {
  const labels = JSON.parse(button.dataset.themeToggle ?? '{}') as ThemeLabels;
  const [icon, text] = button.querySelectorAll('span');
  const show = () => {
    const choice = readTheme();
    button.setAttribute('aria-label', labels[choice].name);
    if (icon) icon.textContent = THEME_ICONS[choice];
    if (text) text.textContent = labels[choice].text;
  };
  button.addEventListener('click', () => applyTheme(nextTheme[readTheme()]));
  subscribeTheme(show);
  show();
}

/** The link to the other language also carries the section the reader is in and the widgets' state. */
function enhanceLanguageSwitch(link: HTMLAnchorElement): void {
  const href = link.getAttribute('href') ?? '';
  link.addEventListener('click', () => {
    const section = currentSectionId();
    link.href = href + location.search + (section ? `#${section}` : '');
    try {
      localStorage.setItem(LANG_KEY, link.dataset.langSwitch ?? '');
    } catch {
      // without storage the landing page simply asks again
    }
  });
}

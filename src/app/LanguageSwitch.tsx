import { htmlLang, useStrings, type Lang } from '../i18n';
import { routePath, translateRoute, withBase, type Route } from './routes';

/**
 * A plain link to the same page in the other language. `enhanceLanguageSwitch` (plain DOM, in the
 * entry) makes the click also carry the section the reader is in and the widgets' state.
 */
export function LanguageSwitch({ route }: { route: Route }) {
  const { lang, t } = useStrings();
  const other: Lang = lang === 'en' ? 'zh' : 'en';
  return (
    <a
      className="lang-switch"
      href={withBase(routePath(translateRoute(route, other)))}
      hrefLang={htmlLang[other]}
      data-lang-switch={other}
    >
      <span lang={htmlLang[other]} className="wide-label">
        {t('switchLanguage')}
      </span>
      {/* a phone's header has room for the language's name only; screen readers hear the full label */}
      <span lang={htmlLang[other]} className="narrow-label" aria-hidden="true">
        {t('otherLangName')}
      </span>
    </a>
  );
}

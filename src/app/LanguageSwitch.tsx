import type { MouseEvent } from 'react';
import { htmlLang, useStrings, type Lang } from '../i18n';
import { currentSectionId } from './current-section';
import { routePath, translateRoute, withBase, type Route } from './routes';

export const LANG_KEY = 'dl-lang';

/**
 * A plain link to the same page in the other language. When JavaScript runs, the click also carries
 * the section the reader is in and the widgets' state, so the reader lands where they were.
 */
export function LanguageSwitch({ route }: { route: Route }) {
  const { lang, t } = useStrings();
  const other: Lang = lang === 'en' ? 'zh' : 'en';
  const href = withBase(routePath(translateRoute(route, other)));
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    const section = currentSectionId();
    event.currentTarget.href = href + location.search + (section ? `#${section}` : '');
    try {
      localStorage.setItem(LANG_KEY, other);
    } catch {
      // without storage the landing page simply asks again
    }
  };
  return (
    <a className="lang-switch" href={href} hrefLang={htmlLang[other]} onClick={follow}>
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

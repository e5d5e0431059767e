import type { ReactNode } from 'react';
import type { ChapterEntry } from 'virtual:chapters';
import { useStrings } from '../i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { routePath, withBase, type Route } from './routes';
import { Sidebar } from './Sidebar';
import { ThemeToggle } from './ThemeToggle';

/** The book's shell: header with language and theme, the table of contents, the page, the footer. */
export function Layout({
  route,
  chapters,
  children,
}: {
  route: Exclude<Route, { kind: 'landing' }>;
  chapters: readonly ChapterEntry[];
  children: ReactNode;
}) {
  const { lang, t } = useStrings();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <a className="brand" href={withBase(routePath({ kind: 'home', lang }))}>
          {t('bookTitle')}
        </a>
        <div className="header-actions">
          <LanguageSwitch route={route} />
          <ThemeToggle />
        </div>
      </header>
      <div className="layout">
        <Sidebar chapters={chapters} route={route} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="site-footer">
        <p>{t('footerNote')}</p>
      </footer>
    </>
  );
}

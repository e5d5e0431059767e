import { en } from '../i18n/en';
import { zh } from '../i18n/zh';
import { routePath, withBase } from './routes';

/** The site's root: the book's name in both languages and a choice of language. */
export function LandingPage() {
  return (
    <main id="main" className="landing">
      <h1>
        <span lang="en">{en.bookTitle}</span>
        <span className="landing-zh" lang="zh-CN">
          {zh.bookTitle}
        </span>
      </h1>
      <p lang="en">{en.bookTagline}</p>
      <p lang="zh-CN">{zh.bookTagline}</p>
      <nav className="landing-choice" aria-label={`${en.chooseLanguage} / ${zh.chooseLanguage}`}>
        <a href={withBase(routePath({ kind: 'home', lang: 'en' }))} hrefLang="en" lang="en">
          {en.startReading} — {en.langName}
        </a>
        <a href={withBase(routePath({ kind: 'home', lang: 'zh' }))} hrefLang="zh-CN" lang="zh-CN">
          {zh.startReading} — {zh.langName}
        </a>
      </nav>
    </main>
  );
}

import { useContext, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { LangContext } from '../i18n';

/**
 * The server's half of an island: renders its children as a React root of their own and marks it, so
 * the client hydrates only these interactive parts (widgets, the language and theme buttons) and
 * leaves the prose and the math as the static HTML they already are. Rendering each island as its
 * own root on both sides keeps React's generated ids identical, so hydration matches exactly.
 */
export function Island({ name, props, children }: { name: string; props: object; children: ReactNode }) {
  const lang = useContext(LangContext);
  const html = renderToString(<LangContext.Provider value={lang}>{children}</LangContext.Provider>);
  return (
    <div
      className="island"
      data-island={name}
      data-props={JSON.stringify(props)}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

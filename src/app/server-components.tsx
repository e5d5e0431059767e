import type { MDXComponents } from 'mdx/types';
import { mdxComponents, widgets } from '../mdx-components';
import { Island } from './Island';

/** The registry as the server renders it: each widget tag becomes an island the client hydrates alone. */
export const serverMdxComponents: MDXComponents = {
  ...mdxComponents,
  ...Object.fromEntries(
    Object.entries(widgets).map(([name, Tag]) => [
      name,
      (props: Parameters<typeof Tag>[0]) => (
        <Island name={name} props={props}>
          <Tag {...props} />
        </Island>
      ),
    ]),
  ),
};

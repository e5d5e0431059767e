import type { MDXComponents } from 'mdx/types';
import type { ComponentType } from 'react';
import { exercises, mdxComponents, widgets } from '../mdx-components';
import { Island } from './Island';

/** The registry as the server renders it: each widget and exercise answer becomes an island the client hydrates alone. */
export const serverMdxComponents: MDXComponents = {
  ...mdxComponents,
  ...Object.fromEntries(
    Object.entries({ ...widgets, ...exercises } as Record<string, ComponentType<object>>).map(
      ([name, Tag]) => [
        name,
        (props: object) => (
          <Island name={name} props={props}>
            <Tag {...props} />
          </Island>
        ),
      ],
    ),
  ),
};

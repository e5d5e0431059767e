import type { ComponentType } from 'react';
import { exercises, widgets } from '../mdx-components';
import { LanguageSwitch } from './LanguageSwitch';
import { ThemeToggle } from './ThemeToggle';

/** Every component the client may hydrate as an island, by the name the server marked it with. */
export const islands: Record<string, ComponentType<never>> = {
  ...widgets,
  ...exercises,
  LanguageSwitch,
  ThemeToggle,
};

import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  if (typeof document !== 'undefined') cleanup();
  // what one test keeps (an exercise's answer, a theme) must not reach the next
  if (typeof localStorage !== 'undefined') localStorage.clear();
});

import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
  }
}

/** Serves the e2e build (scripts/e2e.mjs builds it under /dl/) for every spec. */
export default async function setup(project: TestProject) {
  const dir = process.env.OUT_DIR ?? 'dist-e2e';
  const base = process.env.BASE_PATH ?? '/dl/';
  const server = await serve(dir, { base });
  project.provide('siteUrl', server.url);
  project.provide('siteDir', dir);
  return () => server.close();
}

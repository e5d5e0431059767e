import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, SITE_DIR, test } from './fixtures';
import { initialJsFiles } from '../../scripts/tf-chunks.mjs';

/** The budget of JavaScript a page loads before any figure starts, gzip. */
const INITIAL_JS_BUDGET = 75 * 1024;

const manifest = JSON.parse(readFileSync(join(SITE_DIR, '.vite/manifest.json'), 'utf8')) as Record<
  string,
  { file: string; src?: string }
>;
const initial = initialJsFiles(SITE_DIR, undefined);
const initialText = initial.map((file) => readFileSync(join(SITE_DIR, file), 'utf8')).join('\n');

/** Every widget's strings, both languages: long enough to be its own, not a word any code may hold. */
async function widgetStrings(): Promise<[string, string][]> {
  const found: [string, string][] = [];
  for (const name of readdirSync('src/widgets', { withFileTypes: true })) {
    if (!name.isDirectory()) continue;
    const module = (await import(`../../src/widgets/${name.name}/strings.ts`)) as {
      useStrings: { tables: Record<'en' | 'zh', Record<string, string | Record<string, string>>> };
    };
    for (const table of Object.values(module.useStrings.tables))
      for (const entry of Object.values(table))
        for (const text of typeof entry === 'string' ? [entry] : Object.values(entry))
          if (text.length >= 12) found.push([name.name, text]);
  }
  return found;
}

test.describe('the entry chunk', () => {
  test(`stays under ${INITIAL_JS_BUDGET / 1024} KB gzip with its static imports`, () => {
    const bytes = initial.reduce((sum, file) => sum + gzipSync(readFileSync(join(SITE_DIR, file))).length, 0);
    expect(bytes).toBeLessThanOrEqual(INITIAL_JS_BUDGET);
  });

  test('holds no widget’s code: each widget’s folder loads in a chunk of its own', () => {
    const widgetChunks = Object.entries(manifest)
      .filter(([key]) => key.startsWith('src/widgets/'))
      .map(([, chunk]) => chunk.file);
    expect(widgetChunks.length).toBeGreaterThanOrEqual(6);
    for (const file of widgetChunks) expect(initial).not.toContain(file);
    expect(initialText).not.toMatch(/hydrateRoot|react-dom/);
  });

  test('holds no widget’s strings, in either language', async () => {
    const strings = await widgetStrings();
    expect(strings.length).toBeGreaterThan(100);
    const leaked = strings.filter(([, text]) => initialText.includes(JSON.stringify(text).slice(1, -1)));
    expect(leaked).toEqual([]);
  });
});

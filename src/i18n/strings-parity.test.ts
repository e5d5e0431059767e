import { describe, expect, it } from 'vitest';
import { translate, type Entry, type StringsHook } from './define-strings';

/** Every strings table of the book: the shell's, the shared controls', and each widget's in its folder. */
const modules = import.meta.glob<Record<string, unknown>>(['/src/**/strings.ts', '/src/i18n/index.ts'], {
  eager: true,
});
const hooks = Object.entries(modules).flatMap(([file, module]) =>
  Object.values(module)
    .filter((value): value is StringsHook<string> => typeof value === 'function' && 'tables' in value)
    .map((hook) => [file, hook] as const),
);
const forms = (entry: Entry | undefined): string[] =>
  entry === undefined ? [] : typeof entry === 'string' ? [entry] : Object.values(entry);
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('interface strings', () => {
  it('are found for the shell, the controls and every widget', () => {
    const files = hooks.map(([file]) => file);
    expect(files).toContain('/src/i18n/index.ts');
    expect(files).toContain('/src/ui/strings.ts');
    expect(files.filter((f) => f.startsWith('/src/widgets/')).length).toBeGreaterThanOrEqual(7);
  });

  it.each(hooks)(
    '%s: English and Chinese have the same keys, none empty, with the same placeholders',
    (_, hook) => {
      const { en, zh } = hook.tables;
      expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en)) {
        const english = forms(en[key]);
        const all = [...english, ...forms(zh[key])];
        expect(all.length, key).toBeGreaterThan(1);
        // every form in both languages names the same placeholders as the first English one
        for (const text of all) {
          expect(text.trim(), key).toBeTruthy();
          expect(placeholders(text), key).toEqual(placeholders(english[0] ?? ''));
        }
      }
    },
  );

  it('choose the plural form by the count, in each language', () => {
    const speed = hooks.find(([file]) => file === '/src/ui/strings.ts')?.[1].tables;
    expect(translate('en', speed?.en.speedValue ?? '', { n: 1 })).toBe('1 step per second');
    expect(translate('en', speed?.en.speedValue ?? '', { n: 3 })).toBe('3 steps per second');
    expect(translate('zh', speed?.zh.speedValue ?? '', { n: 1 })).toBe('每秒 1 步');
  });

  it('name each key in one table only, so a widget never reads another one’s words', () => {
    const owners = new Map<string, string>();
    for (const [file, hook] of hooks)
      for (const key of Object.keys(hook.tables.en)) {
        expect(owners.get(key), `${key} in ${file}`).toBeUndefined();
        owners.set(key, file);
      }
  });
});

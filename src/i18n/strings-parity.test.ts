import { describe, expect, it } from 'vitest';
import type { StringsHook } from './define-strings';

/** Every strings table of the book: the shell's, the shared controls', and each widget's in its folder. */
const modules = import.meta.glob<Record<string, unknown>>(['/src/**/strings.ts', '/src/i18n/index.ts'], {
  eager: true,
});
const hooks = Object.entries(modules).flatMap(([file, module]) =>
  Object.values(module)
    .filter((value): value is StringsHook<string> => typeof value === 'function' && 'tables' in value)
    .map((hook) => [file, hook] as const),
);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

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
        expect(en[key]?.trim(), key).toBeTruthy();
        expect(zh[key]?.trim(), key).toBeTruthy();
        expect(placeholders(zh[key] ?? ''), key).toEqual(placeholders(en[key] ?? ''));
      }
    },
  );

  it('name each key in one table only, so a widget never reads another one’s words', () => {
    const owners = new Map<string, string>();
    for (const [file, hook] of hooks)
      for (const key of Object.keys(hook.tables.en)) {
        expect(owners.get(key), `${key} in ${file}`).toBeUndefined();
        owners.set(key, file);
      }
  });
});

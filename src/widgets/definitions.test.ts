// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { AnyWidget } from '../frame/define-widget';
import { presetParams, type Schema } from '../frame/schema';
import { widgets } from '../registry';

const definitions = await Promise.all(
  Object.entries(widgets).map(async ([tag, load]) => [tag, (await load()).default as AnyWidget] as const),
);

describe.each(definitions)('the %s widget’s definition', (_, definition) => {
  const english = definition.strings.tables.en as Record<string, string>;

  it('names its title, description and preset captions among its own strings', () => {
    for (const key of [definition.title, definition.description, ...definition.presets.map((p) => p.title)])
      expect(english[key], key).toBeTruthy();
  });

  it('has presets with distinct, short kebab-case names', () => {
    const names = definition.presets.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has presets the URL state takes as they are: no field falls back to its default', () => {
    for (const preset of definition.presets) {
      const params = presetParams(definition.schema, preset.state);
      expect([...params.keys()].sort()).toEqual(Object.keys(preset.state).sort());
      for (const [name, raw] of params) {
        const field = (definition.schema as Schema)[name];
        if (!field) throw new Error(`${preset.name} names no field ${name}`);
        const parsed = field.parse(raw);
        expect(parsed, `${preset.name}.${name}=${raw}`).toBeDefined();
        expect(field.format(parsed), `${preset.name}.${name}`).toBe(raw);
      }
    }
  });

  it('reserves a height for phones and for wider screens', () => {
    expect(definition.height.narrow).toBeGreaterThanOrEqual(definition.height.wide);
    expect(definition.height.wide).toBeGreaterThan(100);
  });
});

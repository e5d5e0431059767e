/**
 * Typed URL state for widgets. A schema is an object of fields; each field turns a query-string
 * value into a typed value or rejects it. Parsing never throws: a missing, unknown or invalid value
 * gives the field's default, so any link, however mangled, opens a working widget.
 */
export interface Field<T> {
  readonly defaultValue: T;
  parse(raw: string): T | undefined;
  format(value: T): string;
}

export type Schema = Record<string, Field<unknown>>;
export type StateOf<S extends Schema> = { [K in keyof S]: S[K] extends Field<infer T> ? T : never };

const finite = (raw: string): number | undefined => {
  if (raw.trim() === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? n : undefined;
};

/** A whole number in [min, max]. */
export function intField(defaultValue: number, min: number, max: number): Field<number> {
  return {
    defaultValue,
    parse: (raw) => {
      const n = finite(raw);
      return n !== undefined && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
    },
    format: String,
  };
}

/** A finite number in [min, max]. */
export function numberField(defaultValue: number, min: number, max: number): Field<number> {
  return {
    defaultValue,
    parse: (raw) => {
      const n = finite(raw);
      return n !== undefined && n >= min && n <= max ? n : undefined;
    },
    format: (value) => String(value),
  };
}

/** One of a fixed set of words. */
export function choiceField<const T extends string>(defaultValue: T, options: readonly T[]): Field<T> {
  return {
    defaultValue,
    parse: (raw) => options.find((option) => option === raw),
    format: (value) => value,
  };
}

/** A comma-separated list of finite numbers, each in [min, max], of a length in [minLength, maxLength]. */
export function numberListField(
  defaultValue: readonly number[],
  { minLength, maxLength, min, max }: { minLength: number; maxLength: number; min: number; max: number },
): Field<readonly number[]> {
  return {
    defaultValue,
    parse: (raw) => {
      const values = raw.split(',').map(finite);
      if (values.length < minLength || values.length > maxLength) return undefined;
      if (values.some((v) => v === undefined || v < min || v > max)) return undefined;
      return values as number[];
    },
    format: (value) => value.join(','),
  };
}

/** The query key of a field: widget ids namespace the keys, so two widgets on a page never collide. */
export const stateKey = (widgetId: string, field: string): string => `${widgetId}.${field}`;

/** Reads a widget's state from query parameters; every field falls back to its default on its own. */
export function parseState<S extends Schema>(
  schema: S,
  widgetId: string,
  params: URLSearchParams,
): StateOf<S> {
  const state: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(schema)) {
    const raw = params.get(stateKey(widgetId, name));
    const parsed = raw === null ? undefined : field.parse(raw);
    state[name] = parsed === undefined ? field.defaultValue : parsed;
  }
  return state as StateOf<S>;
}

/**
 * Writes a widget's state into query parameters, leaving other widgets' keys alone. Fields at their
 * default are left out, so links stay short and a default state adds nothing to the URL (unless
 * `keepDefaults`: a widget that starts from a preset must record a return to a default).
 */
export function writeState<S extends Schema>(
  schema: S,
  widgetId: string,
  state: StateOf<S>,
  params: URLSearchParams,
  { keepDefaults = false } = {},
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [name, field] of Object.entries(schema)) {
    const key = stateKey(widgetId, name);
    const value = field.format(state[name]);
    if (!keepDefaults && value === field.format(field.defaultValue)) next.delete(key);
    else next.set(key, value);
  }
  return next;
}

/** Only the keys that belong to one widget. */
export function ownParams(widgetId: string, params: URLSearchParams): URLSearchParams {
  const own = new URLSearchParams();
  for (const [key, value] of params) if (key.startsWith(`${widgetId}.`)) own.append(key, value);
  return own;
}

/** A preset's fields as query parameters without the widget's id prefix (`kernel=-1,0,1&position=27`). */
export function presetParams<S extends Schema>(schema: S, state: Partial<StateOf<S>>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(state)) {
    const field = schema[name];
    if (field && value !== undefined) params.set(name, field.format(value));
  }
  return params;
}

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..');

/** every source file under `dir` (tests left out: a test may reach across rooms to test the boundary) */
const sources = (dir: string): string[] =>
  readdirSync(join(SRC, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => join(dir, file));

/** the src-relative paths a file imports (statically or by import()) */
const imports = (file: string): string[] =>
  [...readFileSync(join(SRC, file), 'utf8').matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)].map((m) =>
    relative(SRC, join(SRC, dirname(file), m[1] as string)),
  );

/** the room of a path in src/ml (its first folder), or what it is outside */
const room = (path: string): string =>
  path
    .split('/')
    .slice(0, path.startsWith('ml/') ? 2 : 1)
    .join('/');

/** what each room may import besides itself */
const allowed: Record<string, string[]> = {
  // ui/ for its React helpers (useAsync), which widgets share with the page side of ml
  'ml/page': ['ml/protocol', 'ml/tf', 'ml/types', 'models', 'ui'],
  'ml/worker': ['ml/protocol', 'ml/tf', 'ml/types', 'ml/wasm-training', 'models'],
  'ml/protocol': ['ml/types', 'models'],
  'ml/tf': ['ml/types'],
  'ml/wasm-training': ['ml/types', 'models'],
};

describe('the rooms of src/ml', () => {
  it.each(Object.keys(allowed))('%s imports only what its room may', (from) => {
    const strays = sources(from).flatMap((file) =>
      imports(file)
        .filter((path) => room(path) !== from && !(allowed[from] ?? []).includes(room(path)))
        .map((path) => `${file} → ${path}`),
    );
    expect(strays).toEqual([]);
  });

  it('widgets reach src/ml through page/, protocol/ and types only, never the worker’s side', () => {
    const strays = sources('widgets').flatMap((file) =>
      imports(file)
        .filter(
          (path) => path.startsWith('ml/') && !['ml/page', 'ml/protocol', 'ml/types'].includes(room(path)),
        )
        .map((path) => `${file} → ${path}`),
    );
    expect(strays).toEqual([]);
  });
});

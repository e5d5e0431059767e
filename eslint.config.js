// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'bench', 'shots', 'content', '.scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**', 'tests/**'],
    rules: { 'no-console': 'off' },
  },
  // the layers of DESIGN.md, held by lint rather than memory
  layer('src/models/**', 'Model code is pure: no React, no page runtime, no widget or shell.', [
    '^react(-dom)?(/|$)',
    '^\\.\\./(.*/)?(ui|frame|widgets|app|i18n)(/|$)',
    '^\\.\\./(\\.\\./)?ml/(?!types$)',
  ]),
  layer(
    'src/widgets/*/**',
    'A widget may use ui/, frame/, models/, ml/, data/ and i18n/, never another widget or the shell.',
    [
      '^\\.\\./(?!\\.\\./)',
      '^\\.\\./\\.\\./(app|registry|mdx-components|hydrate-island|entry-client|entry-server)(/|$)',
    ],
  ),
  layer('src/{ui,frame}/**', 'Shared controls and the widget frame know no widget and no page.', [
    '^\\.\\./(widgets|app|registry|mdx-components)(/|$)',
  ]),
  layer(
    'src/app/**',
    'The shell knows chapters, not convolution: content reaches it through the ContentKit.',
    ['^\\.\\./(widgets|models|ml|values|registry|mdx-components)(/|$)'],
  ),
);

/**
 * Imports the files in `files` may not make, as regular expressions; type-only imports are allowed
 * (a model may name TF.js's type without loading the runtime).
 * @param {string} files @param {string} message @param {string[]} regexes
 */
function layer(files, message, regexes) {
  return {
    files: [files],
    ignores: ['**/*.test.{ts,tsx}'],
    /** @type {import('eslint').Linter.RulesRecord} */
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: regexes.map((regex) => ({ regex, message, allowTypeImports: true })) },
      ],
    },
  };
}

import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Every built-in under its bare name, subpaths such as fs/promises included. Bare names go in `paths`
// (exact matches): as gitignore-style patterns they would also match our own ./events module.
const builtinPaths = (message) => builtinModules.map((name) => ({ name, message }));
const nodeBuiltins = ['node:*'];
const pattern = (group, message) => ({ group, message });
// TypeScript files get no no-undef (the compiler checks names), so Node's globals are refused by name
// where code runs in a page; tsconfig.web.json also leaves Node's types out of renderer/ and shared/.
const nodeGlobals = (message) =>
  [
    'process',
    'Buffer',
    'global',
    'require',
    'module',
    'exports',
    '__dirname',
    '__filename',
    'setImmediate',
    'clearImmediate',
  ].map((name) => ({ name, message }));

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Node's globals everywhere but in the page's code (renderer/, and shared/ which the page imports).
  { ignores: ['renderer/**', 'shared/**'], languageOptions: { globals: { ...globals.node } } },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Import boundaries: shared/ is pure, because it runs in the page as well as in Node; services,
  // storage, host mode and the CLI never see Electron, so they run without it; the renderer never
  // reaches into the main process.
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-globals': ['error', ...nodeGlobals('shared/ runs in the renderer too: no Node globals')],
      'no-restricted-imports': [
        'error',
        {
          paths: builtinPaths('shared/ runs in the renderer too: no Node built-ins'),
          patterns: [
            pattern(nodeBuiltins, 'shared/ runs in the renderer too: no Node built-ins'),
            pattern(
              ['electron', 'electron/*', 'electron-store', 'conf'],
              'shared/ must not import Electron or storage',
            ),
            pattern(['react', 'react-dom', 'react/*', 'antd', 'antd/*'], 'shared/ must not import React'),
            pattern(['**/electron/**', '**/renderer/**'], 'shared/ imports only shared/'),
          ],
        },
      ],
    },
  },
  {
    files: [
      'electron/services/**/*.ts',
      'electron/sample/**/*.ts',
      'electron/storage/**/*.ts',
      'electron/api/**/*.ts',
      'electron/excel/**/*.ts',
      'electron/host/**/*.ts',
      'electron/static/**/*.ts',
      'electron/cli.ts',
      'electron/cli/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(
              ['electron', 'electron/*'],
              'services, storage, host and CLI run without Electron: inject what you need',
            ),
            pattern(['**/renderer/**'], 'the main side never imports the renderer'),
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-globals': [
        'error',
        ...nodeGlobals('the renderer runs in a sandboxed page: no Node globals'),
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: builtinPaths('the renderer runs in a sandboxed page: no Node built-ins'),
          patterns: [
            pattern(
              ['electron', 'electron/*', '**/electron/**'],
              'the renderer talks to services only through renderer/api',
            ),
            pattern(nodeBuiltins, 'the renderer runs in a sandboxed page: no Node built-ins'),
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);

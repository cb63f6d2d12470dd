import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Bare names go in `paths`: as gitignore-style patterns they would also match our own ./events module.
const bareBuiltins = ['fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'worker_threads', 'stream', 'url', 'util', 'events'];
const builtinPaths = (message) => bareBuiltins.map((name) => ({ name, message }));
const nodeBuiltins = ['node:*'];
const pattern = (group, message) => ({ group, message });

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Import boundaries (architecture.md): shared/ is pure; services and storage never see Electron;
  // the renderer never reaches into the main process.
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: builtinPaths('shared/ runs in the renderer too: no Node built-ins'),
          patterns: [
            pattern(nodeBuiltins, 'shared/ runs in the renderer too: no Node built-ins'),
            pattern(['electron', 'electron/*', 'electron-store', 'conf'], 'shared/ must not import Electron or storage'),
            pattern(['react', 'react-dom', 'react/*', 'antd', 'antd/*'], 'shared/ must not import React'),
            pattern(['**/electron/**', '**/renderer/**'], 'shared/ imports only shared/'),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/storage/**/*.ts', 'electron/api/**/*.ts', 'electron/excel/**/*.ts', 'electron/host/**/*.ts', 'electron/cli.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(['electron', 'electron/*'], 'services, storage, host and CLI run without Electron: inject what you need'),
            pattern(['**/renderer/**'], 'the main side never imports the renderer'),
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: builtinPaths('the renderer runs in a sandboxed page: no Node built-ins'),
          patterns: [
            pattern(['electron', 'electron/*', '**/electron/**'], 'the renderer talks to services only through renderer/api'),
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

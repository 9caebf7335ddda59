import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'public/mockServiceWorker.js',
      'tests/e2e/artifacts/**',
      'bench/results/**',
      'bench/dist-*/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': 'error',
    },
  },
  {
    // Dependencies point one way (docs/architecture.md): the console never imports the mock backend.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/demo/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/mocks', '**/mocks/**'], message: 'src/ must not import mocks/.' },
          ],
        },
      ],
    },
  },
  ...['src/domain/*.ts', 'src/domain/*/*.ts', 'src/domain/*/*/*.ts'].map((files, depth) => ({
    // The domain is pure: no React, no UI, nothing of ours outside src/domain.
    files: [files],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [`${'../'.repeat(depth + 1)}*`],
              message: 'src/domain imports nothing of ours outside src/domain.',
            },
            {
              group: ['react', 'react-*', 'react-admin', '@mui/*', 'ra-*', 'msw', 'msw/*'],
              message: 'src/domain is pure TypeScript.',
            },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  })),
  {
    // The mock backend may use the domain, never the UI.
    files: ['mocks/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // gitignore semantics: a file under an excluded directory cannot be re-included, so
              // exclude src/'s children and re-include the domain directory itself.
              group: ['**/src/*', '!**/src/domain'],
              message: 'mocks/ imports src/domain only.',
            },
            { group: ['react', 'react-admin', '@mui/*'], message: 'mocks/ has no UI.' },
          ],
        },
      ],
    },
  },
);

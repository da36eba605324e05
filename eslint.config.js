import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * Import boundaries (issue 14). The globs name folders, not files, so that moving files inside
 * src/ keeps them; only EMBED_LOADER lists files: the host-page loader and what it imports
 * (tests/lint/boundaries.test.ts fails when the loader imports a file missing here).
 */
const CORE = ['machines/**/*.ts'];
const APP = ['src/**/*.{ts,tsx}', 'scripts/**/*.{ts,tsx}'];
const EMBED_LOADER = [
  'src/embed/loader/loader.ts',
  'src/embed/frameAttributes.ts',
  'src/embed/messages.ts',
  'src/app/config.ts',
  'src/i18n/languages.ts',
];

const UI_LIBRARIES = ['react', 'react-dom', 'react-i18next', 'i18next'].map((name) => ({
  regex: `^${name}(/.*)?$`,
  message: 'machines/ is framework-free: no React, no i18next.',
}));
const NO_APP_FROM_CORE = {
  regex: '(^|/)(src|scripts)(/|$)',
  message: 'machines/ must not import the app or the commands.',
};
const ONLY_CORE_ENTRY = {
  regex: '(^|/)machines/(?!(index|matrix)$).+',
  message:
    "Import the core through its entries ('…/machines', '…/machines/matrix'), not its modules.",
};
const NO_REACT_IN_LOADER = {
  regex: '^react(-dom)?(/.*)?$',
  message: 'The embed loader runs on partner pages: no React.',
};
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export const BOUNDARY_FILES = { CORE, APP, EMBED_LOADER };

export default tseslint.config(
  {
    ignores: [
      'dist',
      'coverage',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench/hello/dist',
      'bench/results',
      '.deploy-test',
      'reports',
      '.stryker-tmp*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { varsIgnorePattern: '^_', argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  { files: CORE, rules: restrict(NO_APP_FROM_CORE, ...UI_LIBRARIES) },
  { files: APP, rules: restrict(ONLY_CORE_ENTRY) },
  { files: EMBED_LOADER, rules: restrict(ONLY_CORE_ENTRY, NO_REACT_IN_LOADER) },
  {
    files: ['eslint.config.js', 'tests/**/*.mjs', 'scripts/**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);

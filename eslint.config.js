// One flat config for the whole workspace: type-aware TypeScript, React hooks, jsx-a11y.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

// Import boundaries, one `no-restricted-imports` set per package: a file matched by two blocks gets the last
// block's options only, so each block lists every restriction its files carry.
const FRAMEWORK_FREE = {
  group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@tanstack/react-query'],
  message: '@mfa-kit/core must stay framework-free.',
};
const NO_UI = {
  group: ['@mfa-kit/ui', '@mfa-kit/ui/*', '**/ui/src', '**/ui/src/**'],
  message:
    '@mfa-kit/react never imports @mfa-kit/ui: the components build on the hooks, not the reverse.',
};
const NO_MOCK = {
  group: ['@mfa-kit/mock', '@mfa-kit/mock/*', '**/mock/src', '**/mock/src/**'],
  message:
    'Shipped code never imports @mfa-kit/mock: it is for tests, stories, the demo and the bench.',
};
/** What is not shipped: tests, type tests, stories and test-support folders. */
const NOT_SHIPPED = [
  '**/*.test.{ts,tsx}',
  '**/*.test-d.{ts,tsx}',
  '**/*.stories.{ts,tsx}',
  '**/test/**',
];
const restrict = (patterns) => (patterns.length === 0 ? 'off' : ['error', { patterns }]);
const importBoundaries = [
  { dir: 'packages/core/src', always: [FRAMEWORK_FREE] },
  { dir: 'packages/react/src', always: [NO_UI] },
  { dir: 'packages/ui/src', always: [] },
].flatMap(({ dir, always }) => [
  {
    files: [`${dir}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': restrict([...always, NO_MOCK]) },
  },
  {
    files: NOT_SHIPPED.map((pattern) => `${dir}/${pattern}`),
    rules: { 'no-restricted-imports': restrict(always) },
  },
]);

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/.next/**',
      'apps/*/next-env.d.ts',
      '**/node_modules/**',
      'storybook-static/**',
      'coverage/**',
      '**/test-results/**',
      '**/playwright-report/**',
      'apps/demo/public/mockServiceWorker.js',
      'bench/.out/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Deprecated names stay exported for a minor version, but nothing current builds on them.
      '@typescript-eslint/no-deprecated': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.tsx', 'packages/react/src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  ...importBoundaries,
  {
    files: [
      'bench/**',
      'apps/demo/e2e/**',
      '**/*.config.ts',
      'packages/mock/src/cli.ts',
      'tools/*.{js,mjs}',
    ],
    rules: { 'no-console': 'off' },
  },
);

// ESLint 9 flat config: typescript-eslint's recommended rules for all TypeScript, plus Lit's,
// web components' and Lit accessibility rules for the kit's elements and stories (`npm run lint`,
// part of `npm test`). Not type-aware (tsc already checks types; a typed lint would double the time).
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'cdn/',
      'storybook-static/',
      'coverage/',
      'node_modules/',
      '.chdb/',
      'tmp/',
      'test-package/fixture*/',
      'src/integrations/',
      'public/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    // Node's globals for the build scripts and configs written in plain JavaScript.
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Scripts a page loads in the browser (test pages, the demo's).
    files: ['test/**/*.js', 'demo/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Chai's property assertions (`expect(x).to.exist`, `.to.be.true`) are expressions by design.
    files: ['test/**/*.ts', 'test-node/**/*.ts', 'test-package/**/*.mjs', 'server/test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    rules: {
      // Unused names are errors, except a leading underscore (a parameter kept for its position).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);

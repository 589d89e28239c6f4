// ESLint for the library's TypeScript and the build and test scripts: the recommended rules, plus Lit's
// (eslint-plugin-lit: template bindings, lifecycle mistakes) and the web component rules (eslint-plugin-wc:
// constructors, connectedCallback, definitions). Formatting is prettier's job (.prettierrc.json), not ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'build/',
      'dist/',
      '.wireit/',
      'jsx/',
      'storybook-static/',
      'node_modules/',
      '.scratch/',
      'bench/out/',
      'release/',
      '**/generated/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    // Chai's assertions are property reads: `expect(x).to.be.true`.
    files: ['test/components/**/*.ts'],
    rules: {'@typescript-eslint/no-unused-expressions': 'off'},
  },
  {
    languageOptions: {globals: {...globals.browser, ...globals.node}},
    rules: {
      // Unused arguments named with a leading underscore are deliberate (an interface's signature).
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
    },
  }
);

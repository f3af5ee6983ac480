/**
 * ESLint (flat config): typescript-eslint's type-checked recommended rules on the TypeScript sources, tests
 * and benchmarks (through tsconfig.json), the plain recommended rules on the JavaScript around them.
 * Formatting is Prettier's job (`npm run lint` runs both), so no stylistic rules here.
 */
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'bench/node_modules/', 'bench/out/', '__browser__/screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      // `_`-prefixed parameters are kept on purpose (an interface's signature, a callback's position).
      // `({ type, ...rest }) => rest` drops a key on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true, caughtErrors: 'none' },
      ],
    },
  },
  {
    // An array spread into a call passes each element as an argument, and past about 120,000 (a file of
    // 125,000 wards, a ward of 125,000 candidates) V8 throws "Maximum call stack size exceeded": use
    // append / largest / smallest from src/core/arrays.ts (issue 16).
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(push|unshift|splice)$/] > SpreadElement',
          message: 'push(...items) overflows the stack on a data-sized array: use append() from src/core/arrays.ts.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'] > SpreadElement",
          message: 'Math.max/min(...values) overflows the stack on a data-sized array: use largest()/smallest() from src/core/arrays.ts.',
        },
        {
          selector: "CallExpression[callee.property.name='fromCharCode'] > SpreadElement",
          message: 'String.fromCharCode(...codes) overflows the stack on a data-sized array.',
        },
      ],
    },
  },
  {
    // The CLI loads its own modules when a command or format needs them, `require('../format/json') as typeof
    // import('../format/json')`: start-up is the whole experience of `results tally` (docs/speed.md). A
    // require of a package, or anywhere else, is still an error.
    files: ['src/cli/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': ['error', { allow: ['^\\.\\.?/'] }] },
  },
  {
    // Tests read JSON from the CLI's output (JSON.parse gives `any`) and check its shape with expect, and feed
    // readers from async generators that have nothing to await.
    files: ['__tests__/**/*.ts', '__browser__/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // JavaScript and the package-smoke consumers (which import the installed package, not this repo): no type information.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs', '.ci/package-smoke/**'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);

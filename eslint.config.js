// Lint config: typescript-eslint's recommended rules plus the React hooks rules.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { learnerCodeConfig } from './src/exercises/eslint-learner.js';

export default defineConfig(
  // src/kernels/wasm/simd.ts and scalar.ts are AssemblyScript with `@inline` function decorators,
  // which no TypeScript parser accepts (asc checks and compiles them; tsc skips them with @ts-nocheck).
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'bench/results', 'src/kernels/wasm/simd.ts', 'src/kernels/wasm/scalar.ts'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Learner code (exercise starters and solutions) runs as a script in the exercise runner, which
  // provides its globals; the checks, not the file, call its functions.
  ...learnerCodeConfig.map((c) => ({ ...c, files: c.files.map((f) => `lessons/*/exercises/${f}`) })),
);

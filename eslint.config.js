// One lint for the whole project: TypeScript, React hooks, accessibility in the renderer,
// and the layer boundaries (the same ones test/unit/architecture.spec.ts checks without ESLint).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

/** Imports a layer may not make, as regexes on the import specifier (relative to the file). */
const forbidden = (...rules) => ({
  'no-restricted-imports': ['error', { patterns: rules.map(([regex, message]) => ({ regex, message })) }],
});

/** shared/ is the pure domain: no Electron, React, Node or other layer (the exports and the CLI read it too). */
const pureShared = [
  ['^(electron|electron-store|conf|react|react-dom|node:|fs$|path$)', 'shared/ is pure: no Electron, React or Node here (the renderer and the CLI import it too).'],
  ['^(\\.\\./)+(electron|renderer)/', 'shared/ imports no other layer: electron/ and renderer/ are built on it.'],
];
/** The renderer reaches main only through the contract's client. */
const rendererOnly = [
  ['^(electron|electron-store|conf|node:)', 'The renderer runs in a sandboxed page: no Node or Electron (it talks to main through renderer/api/).'],
  ['(^|/)electron/', 'The renderer never imports main-process code: what both need lives in shared/.'],
];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test/bench/results/**', 'dist/**', 'screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Off: control characters are exactly what the text limits and the ICS/CSV guards look for.
      'no-control-regex': 'off',
    },
  },
  // Type-aware rules where the repository is called: its reads and writes are
  // asynchronous, so a forgotten await (a write nobody waits for, `if (repo.findPost(id))`
  // testing a Promise) is an error, not a silent bug. Only these folders pay for type information.
  {
    files: ['electron/**/*.ts', 'test/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      // Off: autoFocus is used only inside modal <dialog>s, where moving focus in is what the WAI-ARIA dialog pattern asks.
      'jsx-a11y/no-autofocus': 'off',
      // On (the recommended set has it as a warning): a form keeps its draft with components/forms/use-draft.ts instead of copying a query result into state in an effect.
      'react-hooks/set-state-in-effect': 'error',
    },
  },
  // Layers. ESLint keeps one no-restricted-imports per file (the last block that matches), so
  // each block repeats the rules of the layer it sits in. A feature is one screen or part: it
  // uses entities and components, never another feature (app/feature-slots.tsx lends one
  // feature's part to another) or the app shell.
  { files: ['shared/**/*.ts'], rules: forbidden(...pureShared) },
  { files: ['renderer/**/*.{ts,tsx}'], rules: forbidden(...rendererOnly) },
  {
    files: ['renderer/features/**/*.{ts,tsx}'],
    rules: forbidden(
      ...rendererOnly,
      ['^\\.\\./(?!\\.\\.)[^/]+/', 'A feature never imports another feature: move what both need to renderer/entities/, or lend a part through entities/feature-slots.tsx.'],
      ['^(\\.\\./)+app/', 'A feature never imports the app shell (renderer/app/).'],
    ),
  },
  {
    files: ['renderer/entities/**/*.{ts,tsx}'],
    rules: forbidden(...rendererOnly, ['^(\\.\\./)+(features|app)/', 'Entities sit below the features and the app shell.']),
  },
  {
    files: ['renderer/components/**/*.{ts,tsx}'],
    rules: forbidden(...rendererOnly, ['^(\\.\\./)+(features|entities|app)/', 'Components sit below entities, features and the app shell.']),
  },
  {
    files: ['shared/domain/**/*.ts'],
    rules: forbidden(...pureShared, ['^(\\.\\./)+api/', 'The domain does not depend on the API contract: the contract is built from the domain.']),
  },
  {
    files: ['electron/services/**/*.ts'],
    rules: forbidden(['^(\\.\\./)+api/', 'Services do not depend on the transport (electron/api/); DomainError lives in services/.']),
  },
);

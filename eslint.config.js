// ESLint flat config: type-aware rules from typescript-eslint over src/, bench/ and tests/, and the layout
// as a checked fact (eslint-plugin-import-x): no import cycles, and no stage importing a later one.
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/**
 * The data's way through the program. A folder may import the ones before it, never the ones after it:
 * knowledge → source → extract → resolve → load → serve → explore. `stages.ts` and `ingest.ts` wire the
 * pipeline's stages; extract and resolve never import each other.
 */
const PIPELINE = ['source', 'extract', 'resolve', 'load'].map((stage) => `./src/pipeline/${stage}`);
const LATER_THAN_PIPELINE = ['./src/serve', './src/explore', './src/cli', './src/eval', './src/export'];
const WIRING = ['./src/pipeline/stages.ts', './src/pipeline/ingest.ts'];

const zones = [
  // Nothing in the product imports development tools or tests.
  {
    target: './src',
    from: ['./bench', './tests'],
    message: 'src/ is the product: it never imports bench/ or tests/.',
  },
  // Shared foundations depend on no stage.
  {
    target: ['./src/domain.ts', './src/errors.ts', './src/paths.ts', './src/knowledge'],
    from: ['./src/pipeline', './src/db', ...LATER_THAN_PIPELINE],
    message: 'domain, errors and knowledge lie below every stage.',
  },
  // Each pipeline stage: none of the later ones, none of the wiring, nothing after the pipeline.
  ...PIPELINE.map((stage, index) => ({
    target: stage,
    from: [...PIPELINE.slice(index + 1), ...WIRING, ...LATER_THAN_PIPELINE],
    message: 'A stage never imports a later stage; src/pipeline/stages.ts wires them.',
  })),
  // Extract and resolve hand plain data to each other through stages.ts only.
  {
    target: './src/pipeline/resolve',
    from: './src/pipeline/extract',
    message:
      'resolve never imports extract: shared tables live in src/knowledge, shared types in src/domain.ts.',
  },
  // Child processes (watchdog, build tools, readiness, provisioning) serve db and nlp, and import neither.
  {
    target: './src/process',
    from: ['./src/pipeline', './src/db', './src/nlp', './src/knowledge', ...LATER_THAN_PIPELINE],
    message: 'src/process runs child processes for src/db and src/nlp; it imports neither, nor any stage.',
  },
  // The linguistic backbone (CoreNLP) serves the extract stage and imports no stage.
  {
    target: './src/nlp',
    from: ['./src/pipeline', ...LATER_THAN_PIPELINE],
    message: 'src/nlp imports no stage.',
  },
  // The database layer serves every stage and imports none.
  {
    target: './src/db',
    from: ['./src/pipeline', ...LATER_THAN_PIPELINE],
    message: 'src/db imports no stage.',
  },
  // The API serves the graph; it does not run the pipeline or the page.
  {
    target: './src/serve',
    from: ['./src/explore', './src/cli', './src/eval'],
    message: 'serve comes before explore and cli.',
  },
  // The page talks to /graphql only.
  {
    target: './src/explore/app',
    from: ['./src/pipeline', './src/db', './src/serve', './src/cli', './src/eval', './src/export'],
    message: 'The explorer page talks to /graphql only.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      '.neo4j/**',
      '.corenlp/**',
      'dist/**',
      'src/explore/public/**',
      'bench-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='process'][callee.property.name='exit']",
          message: 'Only src/cli/ and bench/cli.ts may call process.exit.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'bench/**/*.ts', 'tests/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.js', '.json'] } } },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    plugins: { 'import-x': importX },
    rules: { 'import-x/no-restricted-paths': ['error', { zones, basePath: import.meta.dirname }] },
  },
  { files: ['src/cli/**', 'bench/cli.ts'], rules: { 'no-restricted-syntax': 'off' } },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);

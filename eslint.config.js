import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = ['compose', 'camera', 'tasks', 'compare', 'settings', 'motion-brush', 'storyboard', 'queue', 'batch', 'sweep'];

// Imports flow one way: api and lib -> generation -> components -> features -> app, and a
// feature never reaches into another feature (docs/style.md#layout).
const featureBoundaries = features.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['**/app/*'], message: 'Features do not import the app layer.' },
          ...features
            .filter((other) => other !== feature)
            .map((other) => ({
              group: [`**/features/${other}/**`],
              message: `A feature does not import another feature (${other}); wire them in src/app.`,
            })),
        ],
      },
    ],
  },
}));

const sharedBoundaries = {
  files: ['src/api/**/*.{ts,tsx}', 'src/lib/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['**/generation/**', '**/components/**', '**/features/**', '**/app/**'],
            message: 'src/api and src/lib import nothing above them.',
          },
        ],
      },
    ],
  },
};

const componentBoundaries = {
  files: ['src/components/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [{ group: ['**/features/**', '**/app/**'], message: 'Shared components do not import features or the app.' }] },
    ],
  },
};

// The life of a generation (submissions, queue, records, sets, polling, cost) with no UI.
const generationBoundaries = {
  files: ['src/generation/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['**/features/**', '**/app/**', '**/components/**'],
            message: 'The generation layer has no UI: it imports src/api and src/lib only.',
          },
        ],
      },
    ],
  },
};

// No module reaches itself again through its imports: a cycle makes load order decide
// what a module sees, and hides a layer that should have been split.
const noImportCycles = {
  files: ['src/**/*.{ts,tsx}', 'server/**/*.ts', 'bench/**/*.ts', 'e2e/**/*.ts', 'deploy/**/*.ts', 'scripts/**/*.ts'],
  plugins: { 'import-x': importX },
  settings: {
    'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
  },
  rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
};

// On-demand UI in the app layer goes through lazyFeature: it renders inside the query
// client and brings the strings the first screen does not load (npm run bench, bundle).
const lazyThroughApp = {
  files: ['src/app/**/*.{ts,tsx}'],
  ignores: ['src/app/lazy-feature.tsx'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [
          {
            name: 'react',
            importNames: ['lazy'],
            message: 'Use lazyFeature (src/app/lazy-feature.tsx): React.lazy UI has no query client and may miss its strings.',
          },
        ],
      },
    ],
  },
};

const serverSharesOnlyApi = {
  group: ['**/src/features/**', '**/src/app/**', '**/src/components/**', '**/src/lib/**', '**/src/generation/**'],
  message: 'The server shares only src/api with the browser.',
};

const serverBoundaries = {
  files: ['server/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [serverSharesOnlyApi],
      },
    ],
  },
};

// The server's layers go down only: proxy/ (policy, routes) may import download/ and
// gateway/, download/ imports gateway/, gateway/ (the one way to the gateway) neither.
const serverLayers = [
  {
    files: ['server/gateway/**/*.ts'],
    group: ['**/proxy/**', '**/download/**'],
    message: 'server/gateway/ is the lowest layer: it imports neither proxy/ nor download/.',
  },
  { files: ['server/download/**/*.ts'], group: ['**/proxy/**'], message: 'server/download/ imports gateway/, never proxy/.' },
].map(({ files, group, message }) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        // A later block's rule replaces the earlier one for these files: the server's own pattern goes along.
        patterns: [serverSharesOnlyApi, { group, message }],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...featureBoundaries,
  sharedBoundaries,
  componentBoundaries,
  generationBoundaries,
  noImportCycles,
  lazyThroughApp,
  serverBoundaries,
  ...serverLayers,
);

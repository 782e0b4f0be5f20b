import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = ['compose', 'camera', 'tasks', 'compare', 'settings', 'motion-brush', 'storyboard', 'queue', 'batch', 'sweep'];

// Imports flow one way: shared (api, components, lib) -> features -> app, and a
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
            .map((other) => ({ group: [`**/features/${other}/**`], message: `A feature does not import another feature (${other}); wire them in src/app.` })),
        ],
      },
    ],
  },
}));

const sharedBoundaries = {
  files: ['src/api/**/*.{ts,tsx}', 'src/lib/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: ['**/features/**', '**/app/**'], message: 'Shared code does not import features or the app.' }] }],
  },
};

// On-demand UI in the app layer goes through lazyFeature: it renders inside the query
// client and brings the strings the first screen does not load (npm run bench, bundle).
const lazyThroughApp = {
  files: ['src/app/**/*.{ts,tsx}'],
  ignores: ['src/app/lazy-feature.tsx'],
  rules: {
    'no-restricted-imports': [
      'error',
      { paths: [{ name: 'react', importNames: ['lazy'], message: 'Use lazyFeature (src/app/lazy-feature.tsx): React.lazy UI has no query client and may miss its strings.' }] },
    ],
  },
};

const serverBoundaries = {
  files: ['server/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [{ group: ['**/src/features/**', '**/src/app/**', '**/src/components/**', '**/src/lib/**'], message: 'The server shares only src/api with the browser.' }] },
    ],
  },
};

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
  lazyThroughApp,
  serverBoundaries,
);

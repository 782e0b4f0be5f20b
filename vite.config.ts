import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompressedAssets } from './server/static/precompressed-assets.ts';
import { studioPlugin } from './server/studio-plugin.ts';

export default defineConfig({
  plugins: [react(), tailwindcss(), studioPlugin(), precompressedAssets()],
  // Nothing server-side may reach the bundle: only VITE_-prefixed variables are
  // exposed, and the studio plugin refuses to start if a secret is named that way.
  envPrefix: 'VITE_',
  // The first page a fresh dev server serves waits for every module's transform; done at
  // start instead, it does not land on whoever opens the studio first (or on the first e2e test).
  server: { warmup: { clientFiles: ['./src/main.tsx'] } },
  build: {
    sourcemap: true,
    // Every browser the studio supports preloads modules itself; the polyfill would be start-path code.
    modulePreload: { polyfill: false },
    // Everything the first screen needs in one chunk: rolldown otherwise splits modules
    // that lazy chunks share with it into many small ones, which compress worse and
    // cost requests (npm run bench, "initial JS").
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'start', tags: ['$initial'] }] } } },
  },
});

import { loadEnv } from 'vite';
import type { RawEnv } from './server-env.ts';

// Vite's .env reading, for the dev and preview servers only: server-env.ts stays free of
// Vite so the production server (server/production/) runs without it.

/** `.env`, `.env.local`, `.env.[mode]`, `.env.[mode].local`, with the real process environment winning. */
export const readRawEnv = (mode: string, envDir: string | false): RawEnv => ({
  ...loadEnv(mode, envDir, ''),
  ...process.env,
});

import { isIP } from 'node:net';
import { z } from 'zod';
import type { RawEnv } from '../config/server-env.ts';

// What `npm start` reads beyond the studio's own variables (server-env.ts): where it
// listens, the public origins it answers to behind a reverse proxy, which proxies it
// trusts for X-Forwarded-*, and how long a shutdown waits. docs/deployment.md.

export const DEFAULT_PORT = 8080;
// Long enough for a download or zip in flight to finish on a normal link; a load
// balancer's own drain is usually 30–60 s, and a pod's grace period defaults to 30 s.
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 25_000;

export type ProductionEnv = {
  port: number;
  host: string;
  /** https://studio.example.com: the origins browsers reach the studio by (Host and Origin checks). */
  publicOrigins: string[];
  /** Addresses of the reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed. */
  trustedProxies: string[];
  shutdownTimeoutMs: number;
  /** The built studio; dist/ beside the code unless DIST_DIR says otherwise. */
  distDir: string | undefined;
};

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

const originSchema = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value.replace(/\/$/, '');
  } catch {
    return false;
  }
}, 'must be an origin such as https://studio.example.com (scheme and host, no path)');

const envSchema = z.object({
  PORT: z.preprocess(blankToUndefined, z.coerce.number().int().min(0).max(65_535).optional()),
  HOST: z.preprocess(blankToUndefined, z.string().optional()),
  PUBLIC_ORIGINS: z.preprocess(blankToUndefined, z.string().transform(list).pipe(z.array(originSchema)).optional()),
  TRUSTED_PROXIES: z.preprocess(
    blankToUndefined,
    z
      .string()
      .transform(list)
      .pipe(
        z.array(z.string().refine((value) => isIP(value) !== 0, 'must list IP addresses (the reverse proxies as this server sees them)')),
      )
      .optional(),
  ),
  SHUTDOWN_TIMEOUT_MS: z.preprocess(blankToUndefined, z.coerce.number().int().min(0).max(600_000).optional()),
  DIST_DIR: z.preprocess(blankToUndefined, z.string().optional()),
});

/** Validates the listening and deployment variables; throws an Error naming every problem. */
export const resolveProductionEnv = (env: RawEnv): ProductionEnv => {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success)
    throw new Error(
      `Kling Studio cannot start:\n${parsed.error.issues.map((issue) => `  - ${issue.path.join('.')} ${issue.message}`).join('\n')}`,
    );
  const values = parsed.data;
  return {
    port: values.PORT ?? DEFAULT_PORT,
    // Loopback unless told otherwise: exposing the key's proxy is a decision (see exposure.ts).
    host: values.HOST ?? '127.0.0.1',
    publicOrigins: (values.PUBLIC_ORIGINS ?? []).map((origin) => new URL(origin).origin),
    trustedProxies: values.TRUSTED_PROXIES ?? [],
    shutdownTimeoutMs: values.SHUTDOWN_TIMEOUT_MS ?? DEFAULT_SHUTDOWN_TIMEOUT_MS,
    distDir: values.DIST_DIR,
  };
};

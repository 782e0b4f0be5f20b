import { loadEnv } from 'vite';
import { z } from 'zod';

export const DEFAULT_UPSTREAM_TIMEOUT_MS = 30_000;

export type ServerEnv =
  | { mode: 'gateway'; baseUrl: string; apiKey: string; upstreamTimeoutMs: number }
  | {
      mode: 'simulator';
      simPort: number;
      simTimeScale: number | undefined;
      simMaxRunning: number | undefined;
      upstreamTimeoutMs: number;
    };

export type RawEnv = Record<string, string | undefined>;

// `KEY=` in a .env file means "unset", not "empty string".
const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

const baseUrlSchema = z.string().transform((value, ctx) => {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    ctx.addIssue({ code: 'custom', message: 'is not a URL (expected e.g. https://gateway.example.com)' });
    return z.NEVER;
  }
  const problem =
    url.protocol !== 'http:' && url.protocol !== 'https:'
      ? 'must start with http:// or https://'
      : url.username || url.password
        ? 'must not contain a user name or password (the key goes in KLING_API_KEY)'
        : url.search || url.hash
          ? 'must not contain a query string or fragment'
          : null;
  if (problem) {
    ctx.addIssue({ code: 'custom', message: problem });
    return z.NEVER;
  }
  return url.href.replace(/\/+$/, '');
});

const envSchema = z.object({
  // Printable ASCII only: anything else would break (or smuggle into) the Authorization header.
  KLING_API_KEY: optional(
    z.string().trim().regex(/^[\x21-\x7e]+$/, 'must be the bare key: no spaces, no "Bearer " prefix'),
  ),
  KLING_BASE_URL: optional(baseUrlSchema),
  SIM_PORT: optional(z.coerce.number().int().min(0).max(65_535)),
  SIM_TIME_SCALE: optional(z.coerce.number().positive()),
  SIM_MAX_RUNNING: optional(z.coerce.number().int().positive()),
  PROXY_UPSTREAM_TIMEOUT_MS: optional(z.coerce.number().int().min(1).max(600_000)),
});

const fail = (lines: string[]): never => {
  throw new Error(`Kling Studio cannot start:\n${lines.map((line) => `  - ${line}`).join('\n')}`);
};

/** Validates the server's environment; throws an Error that names every problem (never a value). */
export const resolveServerEnv = (env: RawEnv): ServerEnv => {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) fail(parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`));
  const values = parsed.data!;
  const upstreamTimeoutMs = values.PROXY_UPSTREAM_TIMEOUT_MS ?? DEFAULT_UPSTREAM_TIMEOUT_MS;

  if (values.KLING_API_KEY === undefined)
    return {
      mode: 'simulator',
      simPort: values.SIM_PORT ?? 0,
      simTimeScale: values.SIM_TIME_SCALE,
      simMaxRunning: values.SIM_MAX_RUNNING,
      upstreamTimeoutMs,
    };
  if (values.KLING_BASE_URL === undefined)
    fail([
      'KLING_API_KEY is set, so the studio talks to a real gateway, but KLING_BASE_URL is missing. ' +
        'Set KLING_BASE_URL to the gateway address (e.g. https://gateway.example.com), ' +
        'or unset KLING_API_KEY to use the built-in simulator.',
    ]);
  return { mode: 'gateway', baseUrl: values.KLING_BASE_URL!, apiKey: values.KLING_API_KEY, upstreamTimeoutMs };
};

/** `.env`, `.env.local`, `.env.[mode]`, `.env.[mode].local`, with the real process environment winning. */
export const readRawEnv = (mode: string, envDir: string | false): RawEnv => ({
  ...loadEnv(mode, envDir, ''),
  ...process.env,
});

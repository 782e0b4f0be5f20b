import { z } from 'zod';
import { simProfiles, type SimProfile } from '../simulator/sim-profile.ts';

export const DEFAULT_UPSTREAM_TIMEOUT_MS = 30_000;
// A browser opens at most 6 HTTP/1.1 connections per host; 16 leaves room for a few tabs
// while a runaway script cannot queue hundreds of gateway calls.
export const DEFAULT_MAX_IN_FLIGHT = 16;
// A client that trickles a request body would otherwise hold its connection and buffer for
// as long as it likes. A minute lets 32 MiB through a 5 Mbit/s uplink (a studio shared on
// a team's network); on loopback a body takes milliseconds.
export const DEFAULT_BODY_TIMEOUT_MS = 60_000;
// Kling's clips are 5–15 s of 1080p at most, tens of MB; 200 MiB is far beyond a real clip.
export const DEFAULT_DOWNLOAD_MAX_BYTES = 200 * 1024 * 1024;
export const DEFAULT_DOWNLOAD_TIMEOUT_MS = 30_000;
// The whole of one clip, first DNS lookup to last byte (DOWNLOAD_TIMEOUT_MS only bounds each
// silence, so a host trickling a byte at a time could hold a download for ever). 10 minutes
// lets a real clip (tens of MB) through at 50 KB/s and even a clip at the DOWNLOAD_MAX_BYTES
// cap at about 350 KB/s, yet frees the slot of a host that will never finish.
export const DEFAULT_DOWNLOAD_TOTAL_TIMEOUT_MS = 600_000;
// A whole zip: 50 clips of tens of MB each at a few MB/s take minutes; half an hour frees
// the download of a zip whose clips keep coming slowly, each within its own deadline.
export const DEFAULT_DOWNLOAD_ZIP_TIMEOUT_MS = 1_800_000;
export const STUDIO_TOKEN_MIN_LENGTH = 16;

/** Limits and access settings shared by both modes. */
export type ProxyLimits = {
  upstreamTimeoutMs: number;
  bodyTimeoutMs: number;
  maxInFlight: number;
  downloadMaxBytes: number;
  downloadTimeoutMs: number;
  downloadTotalTimeoutMs: number;
  downloadZipTimeoutMs: number;
  studioToken: string | undefined;
};

export type ServerEnv = ProxyLimits &
  (
    | { mode: 'gateway'; baseUrl: string; apiKey: string }
    | {
        mode: 'simulator';
        simPort: number;
        simTimeScale: number | undefined;
        simMaxRunning: number | undefined;
        simProfile: SimProfile;
        /** Where rendered clips are cached; the simulator's default when not given. */
        simCacheDir?: string;
        /** The base of the clip URLs it hands out, when browsers reach its clips elsewhere (npm start: its own origin). */
        simPublicUrl?: string;
      }
  );

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
    z
      .string()
      .trim()
      .regex(/^[\x21-\x7e]+$/, 'must be the bare key: no spaces, no "Bearer " prefix'),
  ),
  KLING_BASE_URL: optional(baseUrlSchema),
  SIM_PORT: optional(z.coerce.number().int().min(0).max(65_535)),
  SIM_TIME_SCALE: optional(z.coerce.number().positive()),
  SIM_MAX_RUNNING: optional(z.coerce.number().int().positive()),
  // Which real behaviour the simulator follows (docs/gateway-contract.md#simulator-profiles).
  SIM_PROFILE: optional(z.enum(simProfiles, { error: `must be one of ${simProfiles.join(', ')}` })),
  SIM_CACHE_DIR: optional(z.string().min(1)),
  PROXY_UPSTREAM_TIMEOUT_MS: optional(z.coerce.number().int().min(1).max(600_000)),
  PROXY_BODY_TIMEOUT_MS: optional(z.coerce.number().int().min(1).max(600_000)),
  PROXY_MAX_IN_FLIGHT: optional(z.coerce.number().int().min(1).max(10_000)),
  DOWNLOAD_MAX_BYTES: optional(z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER)),
  DOWNLOAD_TIMEOUT_MS: optional(z.coerce.number().int().min(1).max(600_000)),
  DOWNLOAD_TOTAL_TIMEOUT_MS: optional(z.coerce.number().int().min(1).max(3_600_000)),
  DOWNLOAD_ZIP_TIMEOUT_MS: optional(z.coerce.number().int().min(1).max(86_400_000)),
  // Sent in a cookie and a header: header-safe characters only, and long enough not to guess.
  STUDIO_TOKEN: optional(
    z
      .string()
      .trim()
      .min(STUDIO_TOKEN_MIN_LENGTH, `must be at least ${STUDIO_TOKEN_MIN_LENGTH} characters (e.g. openssl rand -hex 24)`)
      .max(256, 'must be at most 256 characters')
      .regex(/^[A-Za-z0-9._~-]+$/, 'may contain only letters, digits and . _ ~ -'),
  ),
});

const fail = (lines: string[]): never => {
  throw new Error(`Kling Studio cannot start:\n${lines.map((line) => `  - ${line}`).join('\n')}`);
};

/** Validates the server's environment; throws an Error that names every problem (never a value). */
export const resolveServerEnv = (env: RawEnv): ServerEnv => {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) fail(parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`));
  const values = parsed.data!;
  const limits: ProxyLimits = {
    upstreamTimeoutMs: values.PROXY_UPSTREAM_TIMEOUT_MS ?? DEFAULT_UPSTREAM_TIMEOUT_MS,
    bodyTimeoutMs: values.PROXY_BODY_TIMEOUT_MS ?? DEFAULT_BODY_TIMEOUT_MS,
    maxInFlight: values.PROXY_MAX_IN_FLIGHT ?? DEFAULT_MAX_IN_FLIGHT,
    downloadMaxBytes: values.DOWNLOAD_MAX_BYTES ?? DEFAULT_DOWNLOAD_MAX_BYTES,
    downloadTimeoutMs: values.DOWNLOAD_TIMEOUT_MS ?? DEFAULT_DOWNLOAD_TIMEOUT_MS,
    downloadTotalTimeoutMs: values.DOWNLOAD_TOTAL_TIMEOUT_MS ?? DEFAULT_DOWNLOAD_TOTAL_TIMEOUT_MS,
    downloadZipTimeoutMs: values.DOWNLOAD_ZIP_TIMEOUT_MS ?? DEFAULT_DOWNLOAD_ZIP_TIMEOUT_MS,
    studioToken: values.STUDIO_TOKEN,
  };

  if (values.KLING_API_KEY === undefined)
    return {
      mode: 'simulator',
      simPort: values.SIM_PORT ?? 0,
      simTimeScale: values.SIM_TIME_SCALE,
      simMaxRunning: values.SIM_MAX_RUNNING,
      simProfile: values.SIM_PROFILE ?? 'document',
      simCacheDir: values.SIM_CACHE_DIR,
      ...limits,
    };
  if (values.KLING_BASE_URL === undefined)
    fail([
      'KLING_API_KEY is set, so the studio talks to a real gateway, but KLING_BASE_URL is missing. ' +
        'Set KLING_BASE_URL to the gateway address (e.g. https://gateway.example.com), ' +
        'or unset KLING_API_KEY to use the built-in simulator.',
    ]);
  return { mode: 'gateway', baseUrl: values.KLING_BASE_URL!, apiKey: values.KLING_API_KEY, ...limits };
};

import { z } from 'zod';
import { simProfiles } from './sim-profile.ts';
import type { SimulatorOptions } from './start-simulator.ts';

// The standalone simulator's environment (npm run sim), checked once at start.

const blankAsUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsUndefined, schema.optional());

const PORT_ERROR = 'must be a port number from 0 to 65535 (0 = any free port)';

const simEnvSchema = z.object({
  SIM_PORT: optional(
    z.coerce.number({ error: PORT_ERROR }).int({ error: PORT_ERROR }).min(0, { error: PORT_ERROR }).max(65535, { error: PORT_ERROR }),
  ).default(8787),
  SIM_HOST: optional(z.string().min(1)),
  SIM_API_KEY: optional(z.string().min(1)),
  SIM_TIME_SCALE: optional(
    z.coerce
      .number({ error: 'must be a number' })
      .positive({ error: 'must be a number above 0 (1 = real time, 0.01 = 100x faster)' })
      .max(1000),
  ),
  SIM_MAX_RUNNING: optional(
    z.coerce.number({ error: 'must be a whole number (0 = no limit)' }).int({ error: 'must be a whole number (0 = no limit)' }).min(0),
  ),
  SIM_PUBLIC_URL: optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL, e.g. http://localhost:8787' })),
  SIM_CACHE_DIR: optional(z.string().min(1)),
  // Blank means the default profile, document.
  SIM_PROFILE: optional(z.enum(simProfiles, { error: `must be one of ${simProfiles.join(', ')}` })),
});

export type SimEnvResult = { ok: true; options: SimulatorOptions } | { ok: false; problems: string[] };

export const readSimEnv = (env: Record<string, string | undefined>): SimEnvResult => {
  const parsed = simEnvSchema.safeParse(env);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) };
  const e = parsed.data;
  return {
    ok: true,
    options: {
      port: e.SIM_PORT,
      host: e.SIM_HOST,
      apiKey: e.SIM_API_KEY,
      timeScale: e.SIM_TIME_SCALE,
      maxRunning: e.SIM_MAX_RUNNING,
      publicUrl: e.SIM_PUBLIC_URL,
      cacheDir: e.SIM_CACHE_DIR,
      profile: e.SIM_PROFILE,
    },
  };
};

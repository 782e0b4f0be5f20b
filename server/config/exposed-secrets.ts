const SECRET_NAME = /KEY|TOKEN|SECRET/i;

/**
 * Names of variables Vite will inline into the browser bundle (`config.env`, i.e. the
 * `envPrefix` ones, VITE_ by default) that look like secrets or carry the key itself.
 */
export const findExposedSecrets = (exposedEnv: Record<string, unknown>, apiKey?: string): string[] =>
  Object.entries(exposedEnv)
    .filter(([name, value]) => SECRET_NAME.test(name) || (apiKey !== undefined && value === apiKey))
    .map(([name]) => name);

const defineLeaksKey = (define: Record<string, unknown> | undefined, apiKey: string | undefined): boolean =>
  apiKey !== undefined && define !== undefined && JSON.stringify(define).includes(apiKey);

/** Refuses to start (or build) when the gateway key could reach a browser. */
export const assertNoExposedSecrets = (
  exposedEnv: Record<string, unknown>,
  define: Record<string, unknown> | undefined,
  apiKey: string | undefined,
): void => {
  const names = findExposedSecrets(exposedEnv, apiKey);
  if (names.length > 0)
    throw new Error(
      `Kling Studio refuses to start: ${names.join(', ')} would be exposed to the browser. ` +
        'Vite ships every VITE_ variable to every browser that loads the studio, so a key there is public. ' +
        'Remove it and set KLING_API_KEY instead (no VITE_ prefix): the studio server adds it to gateway requests.',
    );
  if (defineLeaksKey(define, apiKey))
    throw new Error(
      'Kling Studio refuses to start: the Vite `define` option contains the value of KLING_API_KEY, ' +
        'which would put the key into the browser bundle. Remove it from `define`.',
    );
};

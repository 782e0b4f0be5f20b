const BEARER = /Bearer\s+[^\s"',;]+/gi;

export const REDACTED = '[redacted]';

/** Removes the secrets (the key, the studio token) and any `Bearer …` credential from text about to be logged or returned. */
export const redact = (text: string, ...secrets: (string | undefined)[]): string => {
  const withoutSecrets = secrets.reduce<string>((out, secret) => (secret ? out.split(secret).join(REDACTED) : out), text);
  return withoutSecrets.replace(BEARER, `Bearer ${REDACTED}`);
};

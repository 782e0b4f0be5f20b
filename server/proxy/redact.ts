const BEARER = /Bearer\s+[^\s"',;]+/gi;

export const REDACTED = '[redacted]';

/** Removes the key and any `Bearer …` credential from text that is about to be logged or returned. */
export const redact = (text: string, secret?: string): string => {
  const withoutSecret = secret ? text.split(secret).join(REDACTED) : text;
  return withoutSecret.replace(BEARER, `Bearer ${REDACTED}`);
};

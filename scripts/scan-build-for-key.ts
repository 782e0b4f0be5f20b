import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// Scans every file a browser could receive from a build (JS, CSS, HTML, source maps,
// assets) for a secret: as text, URL-encoded, UTF-16, and Base64 at any alignment, and
// inside inline Base64 source maps. Usage:
//   KLING_API_KEY=sk-canary-… npx vite build --outDir /tmp/out && npx tsx scripts/scan-build-for-key.ts /tmp/out
// Exits 1 and names each file and form when the secret is found.

export type Finding = { file: string; form: string };

const base64Cores = (secret: Buffer): { form: string; text: string }[] =>
  [0, 1, 2].flatMap((offset) => {
    const encoded = Buffer.concat([Buffer.alloc(offset), secret]).toString('base64');
    // Drop the 4 characters that mix in the bytes before and the last 4 that mix in those after.
    const core = encoded.slice(offset === 0 ? 0 : 4, -4);
    const url = core.replaceAll('+', '-').replaceAll('/', '_');
    return core.length < 8
      ? []
      : [{ form: `base64@${offset}`, text: core }, ...(url === core ? [] : [{ form: `base64url@${offset}`, text: url }])];
  });

/** The byte patterns that would give the secret away. */
export const secretForms = (secret: string): { form: string; bytes: Buffer }[] => {
  const raw = Buffer.from(secret, 'utf8');
  const forms = [
    { form: 'text', bytes: raw },
    { form: 'url-encoded', bytes: Buffer.from(encodeURIComponent(secret)) },
    { form: 'utf-16le', bytes: Buffer.from(secret, 'utf16le') },
    ...base64Cores(raw).map(({ form, text }) => ({ form, bytes: Buffer.from(text) })),
  ];
  return forms.filter((entry, i) => forms.findIndex((other) => other.bytes.equals(entry.bytes)) === i);
};

const INLINE_MAP = /sourceMappingURL=data:application\/json(?:;charset=[\w-]+)?;base64,([A-Za-z0-9+/=]+)/g;

export const scanBytes = (bytes: Buffer, secret: string): string[] => {
  const found = secretForms(secret)
    .filter(({ bytes: pattern }) => bytes.includes(pattern))
    .map(({ form }) => form);
  for (const [, map = ''] of bytes.toString('latin1').matchAll(INLINE_MAP))
    found.push(...scanBytes(Buffer.from(map, 'base64'), secret).map((form) => `inline source map: ${form}`));
  return found;
};

const filesUnder = async (dir: string): Promise<string[]> => {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)])),
  );
  return nested.flat();
};

export const scanDirectory = async (dir: string, secret: string): Promise<{ files: string[]; findings: Finding[] }> => {
  if (secret.length < 8) throw new Error('The secret to look for must be at least 8 characters, or the scan means nothing');
  const files = await filesUnder(dir);
  const findings: Finding[] = [];
  for (const file of files) for (const form of scanBytes(await readFile(file), secret)) findings.push({ file: relative(dir, file), form });
  return { files: files.map((file) => relative(dir, file)), findings };
};

const main = async () => {
  const dir = process.argv[2] ?? 'dist';
  const secret = process.env.KLING_API_KEY?.trim();
  if (!secret) throw new Error('Set KLING_API_KEY to the (canary) key the build was made with');
  const { files, findings } = await scanDirectory(dir, secret);
  for (const { file, form } of findings) console.error(`KEY FOUND in ${file} (${form})`);
  console.log(
    `${files.length} files scanned in ${dir}: ${findings.length === 0 ? 'the key is in none of them' : `${findings.length} findings`}`,
  );
  process.exitCode = findings.length === 0 ? 0 : 1;
};

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();

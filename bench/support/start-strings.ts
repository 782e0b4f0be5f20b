import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO } from './servers.ts';

// The first screen's English is in the initial bundle (src/lib/locales/en-start.ts);
// the rest arrives with the UI loaded on demand. Code on the start path that uses an
// area missing from en-start would show its keys until then: this finds it.

const areasOf = (source: string, name: string) => {
  const body = new RegExp(`export const ${name}\\s*(?::[^=]+)?=\\s*\\{([^}]*)\\}`).exec(source)?.[1];
  if (!body) throw new Error(`no "export const ${name} = { … }" to read areas from`);
  return body
    .split(',')
    .map((area) => area.trim())
    .filter(Boolean);
};

export type MissingArea = { module: string; area: string };

/** Each initial source module that uses (`'area.key'`, `t(\`area.…`) an area en-start.ts does not have. */
export const startStringsMissing = async (initialModules: string[]): Promise<MissingArea[]> => {
  const locales = join(REPO, 'src/lib/locales');
  const all = areasOf(await readFile(join(locales, 'en.ts'), 'utf8'), 'en');
  const start = new Set(areasOf(await readFile(join(locales, 'en-start.ts'), 'utf8'), 'enStart'));
  const later = all.filter((area) => !start.has(area));
  if (later.length === 0) return [];
  const used = new RegExp(`['"\`](${later.join('|')})\\.[A-Za-z]`, 'g');
  const sources = initialModules.filter((id) => id.startsWith('src/') && /\.tsx?$/.test(id) && !id.startsWith('src/lib/locales/'));
  const missing: MissingArea[] = [];
  for (const module of sources) {
    const text = await readFile(join(REPO, module), 'utf8');
    for (const area of new Set([...text.matchAll(used)].map((match) => match[1]!))) missing.push({ module, area });
  }
  return missing;
};

// Fetches everything a browser would load from a running Vite dev server, starting at
// its page: scripts, modules and their imports, styles, the Vite client, pre-bundled
// dependencies. Used with scan-build-for-key.ts's scanBytes to prove a dev session with
// a (canary) key hands the browser no trace of it.

export type Fetched = { path: string; status: number; headers: string; bytes: Buffer };

const REFERENCES = [
  /(?:from|import)\s*\(?\s*["'](\/[^"'\s]+)["']/g, // static and dynamic imports, as Vite rewrites them
  /(?:src|href)\s*=\s*["'](\/[^"'\s]+)["']/g, // the page
  /url\(\s*["']?(\/[^"')\s]+)["']?\s*\)/g, // styles
];

export const referencesIn = (text: string): string[] =>
  REFERENCES.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1]!)).filter((path) => !path.startsWith('//'));

export const crawlDevServer = async (origin: string, start = ['/'], maxFiles = 600): Promise<Fetched[]> => {
  const seen = new Set<string>(start);
  const queue = [...start];
  const fetched: Fetched[] = [];
  while (queue.length > 0 && fetched.length < maxFiles) {
    const path = queue.shift()!;
    const response = await fetch(new URL(path, origin), { headers: { Accept: path === '/' ? 'text/html' : '*/*' } });
    const bytes = Buffer.from(await response.arrayBuffer());
    const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n');
    fetched.push({ path, status: response.status, headers, bytes });
    for (const next of referencesIn(bytes.toString('utf8'))) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return fetched;
};

// Plain JS on purpose: a worker thread does not inherit the loader its parent used for TypeScript
// (vitest's module runner and Vite's bundled config are invisible to Node), so this file registers
// tsx, resolved from here rather than from the cwd, and only then loads the real worker.
import { register } from 'tsx/esm/api';

register();
await import('./render-worker.ts');

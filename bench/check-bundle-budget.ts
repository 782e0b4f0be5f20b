import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildStudio } from './support/build.ts';
import { budgets, onDemandViolations } from './support/budgets.ts';
import { initialAssets } from './support/initial-assets.ts';
import { startStringsMissing } from './support/start-strings.ts';

// npm run test:bundle — a structural check, not a timing: one production build, then
// the initial JS (entry + its static imports, gzip level 9) must fit the byte budget in
// bench/budgets.json, none of the heavy parts listed there may be in it, and the code
// in it may use only the strings that come with it (src/lib/locales/en-start.ts).
// BUNDLE_BUDGET_BYTES=… overrides the budget (e.g. to see the check fail).

const budget = Number(process.env.BUNDLE_BUDGET_BYTES ?? budgets.bundle.initialJsGzipBytes);
const out = await mkdtemp(join(tmpdir(), 'kling-bundle-'));
try {
  const initial = await initialAssets(await buildStudio(out));
  const violations = onDemandViolations(initial.modules);
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  console.log(
    `initial JS: ${initial.js.length} file(s), ${kib(initial.jsSizes.gzip)} gzip (${initial.jsSizes.gzip} B), budget ${kib(budget)} (${budget} B)`,
  );
  const problems: string[] = [];
  if (initial.jsSizes.gzip > budget)
    problems.push(
      `initial JS is ${initial.jsSizes.gzip - budget} B over its budget: load the new code on demand (React.lazy / import()), or see npm run bench`,
    );
  for (const violation of violations) problems.push(`${violation.name} is in the initial JS: ${violation.modules.slice(0, 5).join(', ')}`);
  for (const { module, area } of await startStringsMissing(initial.modules))
    problems.push(
      `${module} is on the start path and uses strings of "${area}", which load later: add the area to src/lib/locales/en-start.ts, or load that UI on demand`,
    );
  if (problems.length > 0) {
    console.error(problems.map((problem) => `✗ ${problem}`).join('\n'));
    process.exitCode = 1;
  } else console.log('✓ within budget, heavy parts on demand, start strings complete');
} finally {
  await rm(out, { recursive: true, force: true });
}

import { readSimEnv } from './sim-env.ts';
import { DEFAULT_SIM_PROFILE } from './sim-profile.ts';
import { startSimulator } from './start-simulator.ts';

// npm run sim: the gateway simulator on its own, configured by SIM_* variables.

const env = readSimEnv(process.env);
if (!env.ok) {
  console.error(`kling simulator: bad environment\n  ${env.problems.join('\n  ')}`);
  process.exit(1);
}

const sim = await startSimulator({ ...env.options, log: (line) => console.log(line) });
const key = env.options.apiKey ? '<SIM_API_KEY>' : 'any-key';
console.log(
  `Kling gateway simulator listening on ${sim.url} (profile ${env.options.profile ?? DEFAULT_SIM_PROFILE}, time scale ${env.options.timeScale ?? 1})`,
);
console.log(
  `try: curl -s ${sim.url}/v1/video/generations -H 'Authorization: Bearer ${key}' -H 'Content-Type: application/json' -d '{"model":"kling-v3","prompt":"a red kite over the sea"}'`,
);

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: closing`);
  sim.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));

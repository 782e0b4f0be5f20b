import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { startSimulator, type RunningSimulator } from '../simulator/start-simulator.ts';
import { startStudio, type RawResponse, type Studio } from './studio-test-server.ts';

// A real simulator standing in for the gateway, and a Vite dev server with the plugin in
// gateway mode in front of it. Call at the top of a test file.

export const GATEWAY_KEY = 'sk-test-proxy-key-0123456789';

export type LoggedRequest = { method: string; path: string; query: string; headers: Record<string, string> };

export const setUpGatewayStudio = () => {
  let sim: RunningSimulator;
  let studio: Studio;
  beforeAll(async () => {
    sim = await startSimulator({ port: 0, apiKey: GATEWAY_KEY });
    const env = { KLING_API_KEY: GATEWAY_KEY, KLING_BASE_URL: `${sim.url}/`, PROXY_UPSTREAM_TIMEOUT_MS: '400' };
    studio = await startStudio({ env });
  });
  afterAll(async () => {
    await studio?.close();
    await sim?.close();
  });
  beforeEach(async () => {
    await fetch(`${sim.url}/__sim/faults`, { method: 'DELETE' });
    await fetch(`${sim.url}/__sim/requests`, { method: 'DELETE' });
  });
  return {
    studio: () => studio,
    simHost: () => new URL(sim.url).host,
    simRequests: async (): Promise<LoggedRequest[]> =>
      ((await (await fetch(`${sim.url}/__sim/requests`)).json()) as { requests: LoggedRequest[] }).requests,
    addFault: (fault: object) =>
      fetch(`${sim.url}/__sim/faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(fault) }),
  };
};

export const expectNoKey = (response: RawResponse) => {
  expect(JSON.stringify(response.headers)).not.toContain(GATEWAY_KEY);
  expect(response.text).not.toContain(GATEWAY_KEY);
};

export const errorCode = (response: RawResponse) => (response.json() as { error: { code: string } }).error.code;

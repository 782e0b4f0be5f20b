import type { APIRequestContext } from '@playwright/test';

// The embedded simulator the e2e web server starts (SIM_PORT in playwright.config.ts).
export const SIMULATOR_URL = `http://127.0.0.1:${process.env.E2E_SIM_PORT ?? 8791}`;

export type LoggedRequest = {
  seq: number;
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
};

export const simulatorRequests = async (request: APIRequestContext, baseUrl = SIMULATOR_URL): Promise<LoggedRequest[]> => {
  const response = await request.get(`${baseUrl}/__sim/requests`);
  const json = (await response.json()) as { requests: LoggedRequest[] };
  return json.requests;
};

/** The creates the simulator received whose prompt is exactly `prompt`. */
export const createsFor = (requests: LoggedRequest[], prompt: string): LoggedRequest[] =>
  requests.filter((r) => r.method === 'POST' && (r.body as { prompt?: string } | null)?.prompt === prompt);

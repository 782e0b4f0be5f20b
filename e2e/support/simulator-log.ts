import { test, type APIRequestContext } from '@playwright/test';

/** The embedded simulator of the running test's project (its web server's SIM_PORT, playwright.config.ts). */
export const simulatorUrl = (): string => (test.info().project.metadata as { simulatorUrl: string }).simulatorUrl;

/** The simulator profile the running test's project runs against (docs/gateway-contract.md#simulator-profiles). */
export const simProfile = (): 'document' | 'new-api' => (test.info().project.name === 'new-api' ? 'new-api' : 'document');

export type LoggedRequest = {
  seq: number;
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
};

export const simulatorRequests = async (request: APIRequestContext, baseUrl = simulatorUrl()): Promise<LoggedRequest[]> => {
  const response = await request.get(`${baseUrl}/__sim/requests`);
  const json = (await response.json()) as { requests: LoggedRequest[] };
  return json.requests;
};

/** The creates the simulator received whose prompt is exactly `prompt`. */
export const createsFor = (requests: LoggedRequest[], prompt: string): LoggedRequest[] =>
  requests.filter((r) => r.method === 'POST' && (r.body as { prompt?: string } | null)?.prompt === prompt);

import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';

// Connections to the gateway, kept open between requests: a poll then costs one request
// on a warm socket instead of a TCP (and TLS) handshake.

/** Sockets per gateway host at most; requests beyond wait in the agent (inside their deadline). */
export const GATEWAY_MAX_SOCKETS = 32;
// An idle socket is closed before a typical server's keep-alive timeout (Node's is 5 s)
// so a request rarely lands on one the server is closing. Node also honours a shorter
// `Keep-Alive: timeout=` hint from the server.
const IDLE_SOCKET_MS = 4_000;

export type GatewayAgents = { http: HttpAgent; https: HttpsAgent; destroy(): void };

export const createGatewayAgents = (maxSockets = GATEWAY_MAX_SOCKETS, idleSocketMs = IDLE_SOCKET_MS): GatewayAgents => {
  // `timeout` closes idle pooled sockets; on a socket in use it only emits an event nobody
  // acts on, so a slow answer is bounded by the request's own deadline alone.
  const options = { keepAlive: true, maxSockets, maxFreeSockets: maxSockets, timeout: idleSocketMs, scheduling: 'lifo' as const };
  const http = new HttpAgent(options);
  const https = new HttpsAgent(options);
  return {
    http,
    https,
    destroy: () => {
      http.destroy();
      https.destroy();
    },
  };
};

/** For callers that bring none (tests, one-off scripts); idle sockets do not keep the process alive. */
export const sharedGatewayAgents: GatewayAgents = createGatewayAgents();

// nginx in front of several `npm start` copies. One function renders both the example a team
// copies (deploy/nginx.conf, its rendering for EXAMPLE_NGINX; `npx tsx deploy/nginx-config.ts`
// prints it) and the config e2e/balanced-production.spec.ts runs on loopback, so the proxying
// the test proves is the proxying the example documents. nginx 1.22 (Debian 12) or later.

export type NginxOptions = {
  /** host:port of each copy, as nginx reaches it. */
  copies: readonly string[];
  /** Where a copy counts as down after one failed connection (nginx's default is 10 s). */
  failTimeoutS?: number;
  /** TLS at nginx (the deployment), or plain HTTP on one address (the loopback test). */
  listen: { tls: { serverName: string; certificate: string; certificateKey: string } } | { plain: string };
  /**
   * For a non-root nginx: every file it writes (pid, logs, request-body and proxy temp files)
   * under this directory. Unset: the distribution's paths.
   */
  prefix?: string;
  /** Test only: each answer names the copy that gave it (X-Upstream), so a test can stop that one. */
  revealUpstream?: boolean;
};

export const EXAMPLE_NGINX: NginxOptions = {
  copies: ['127.0.0.1:8080', '127.0.0.1:8081'],
  listen: {
    tls: {
      serverName: 'studio.example.com',
      certificate: '/etc/ssl/certs/studio.example.com.pem',
      certificateKey: '/etc/ssl/private/studio.example.com.key',
    },
  },
};

// A create's body may be 32 MiB (server/proxy/read-body.ts, MAX_REQUEST_BYTES): nginx's own
// default of 1 MiB would refuse image-to-video creates with 413 before a copy sees them.
const MAX_BODY = '33m';

const files = (prefix: string | undefined) =>
  prefix === undefined
    ? { pid: '/run/nginx.pid', errorLog: '/var/log/nginx/error.log', accessLog: '/var/log/nginx/access.log', temp: [] as string[] }
    : {
        pid: `${prefix}/nginx.pid`,
        errorLog: `${prefix}/error.log`,
        accessLog: `${prefix}/access.log`,
        temp: ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${prefix}/${kind}_temp;`),
      };

const serverBlocks = (options: NginxOptions, location: string) => {
  if ('plain' in options.listen)
    return `  server {
    listen ${options.listen.plain};
    client_max_body_size ${MAX_BODY};
${location}
  }`;
  const { serverName, certificate, certificateKey } = options.listen.tls;
  return `  # Browsers come in over TLS only; X-Forwarded-Proto tells the copies so.
  server {
    listen 80;
    server_name ${serverName};
    return 301 https://$host$request_uri;
  }

  server {
    listen 443 ssl;
    server_name ${serverName};
    ssl_certificate     ${certificate};
    ssl_certificate_key ${certificateKey};
    ssl_protocols TLSv1.2 TLSv1.3;
    client_max_body_size ${MAX_BODY};
${location}
  }`;
};

export const renderNginxConfig = (options: NginxOptions): string => {
  const paths = files(options.prefix);
  const failTimeout = options.failTimeoutS ?? 10;
  const location = `    location / {
      proxy_pass http://kling_studio;
      # Keep-alive to the copies (the Connection header cleared, HTTP/1.1).
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      # The Host the browser sent, port included: the copies check a create's Origin against
      # it (a bare $host drops a non-default port, and every create would be refused 403).
      proxy_set_header Host $http_host;
      # Believed only from TRUSTED_PROXIES: the browser's address (its own in-flight slots)
      # and its scheme (the Origin check, the Secure cookie).
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      # Clips and zips stream through as they come: no buffering them to disk first.
      proxy_buffering off;
      # A copy that refuses or drops the connection (stopped, restarting): the request goes to
      # the next one. nginx's default on purpose: a POST (a create, which costs money) is passed
      # on only if it never reached the first copy; never add "non_idempotent" here, or a create
      # that did reach the gateway could be sent, and charged, twice. GETs (polls, downloads)
      # are retried. Not http_502/503/504: those are a copy's answer about the gateway, which
      # another copy shares.
      proxy_next_upstream error timeout;
      proxy_next_upstream_tries ${options.copies.length};
      # A poll waits up to PROXY_UPSTREAM_TIMEOUT_MS (30 s) for the gateway, a download up to
      # DOWNLOAD_TIMEOUT_MS (30 s) between chunks: nginx waits longer than either.
      proxy_read_timeout 75s;${options.revealUpstream ? '\n      add_header X-Upstream $upstream_addr always;' : ''}
    }`;
  return `# Kling Studio: ${options.copies.length} copies of \`npm start\` behind nginx.
# Rendered by deploy/nginx-config.ts; e2e/balanced-production.spec.ts runs the same rendering.
# Each copy runs with TRUSTED_PROXIES=<nginx's address as the copy sees it, e.g. 127.0.0.1>
# and PUBLIC_ORIGINS=<the origin browsers use>, and all share one gateway (KLING_BASE_URL).
# On SIGTERM a copy finishes what is in flight (answering Connection: close) and stops
# accepting; nginx sends new requests to the other copies meanwhile.

worker_processes auto;
pid ${paths.pid};
error_log ${paths.errorLog} warn;

events {
  worker_connections 1024;
}

http {
  # The path without its query: the studio's queries hold prompts (a download's ?prompt=, a
  # zip's t=) and, once per browser, the access token (/?token=). No referer either, for the same reason.
  log_format studio '$remote_addr [$time_local] "$request_method $uri $server_protocol" $status $body_bytes_sent $request_time "$http_user_agent" $upstream_addr';
  access_log ${paths.accessLog} studio;
  server_tokens off;
${paths.temp.length > 0 ? `${paths.temp.join('\n')}\n` : ''}
  upstream kling_studio {
    # Shared by nginx's workers: a copy found down is down for all of them.
    zone kling_studio 64k;
${options.copies.map((copy) => `    server ${copy} max_fails=1 fail_timeout=${failTimeout}s;`).join('\n')}
    keepalive 32;
    # Shorter than a copy's own keep-alive (Node's 5 s), so nginx never sends a request on a
    # connection the copy is closing at that moment.
    keepalive_timeout 4s;
  }

${serverBlocks(options, location)}
}
`;
};

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(renderNginxConfig(EXAMPLE_NGINX));

# syntax=docker/dockerfile:1
# Kling Studio's production server (`npm start`) in one image. docs/deployment.md.
#
#   docker build -t kling-studio .
#   docker run --rm -p 8080:8080 kling-studio          # on the built-in simulator
#   docker run --rm -p 8080:8080 -e KLING_API_KEY -e KLING_BASE_URL -e STUDIO_TOKEN kling-studio

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- 1. build: every dependency, the type-check and the Vite build (dist/) ----
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build
# What the server loads at run time: dist/; the server's TypeScript (tsx compiles it on
# load, the render worker included); src/api/, whole (the server imports nine of its
# modules and no other src/ file, traced from server/production/main.ts and the render
# worker; src/api/ imports nothing outside itself but zod); and tsconfig.json, so tsx
# compiles exactly as in development. Tests and their helpers (server/testing/, which
# nothing the server or the render worker imports) are left behind.
RUN mkdir -p /stage/src \
 && cp -r dist server tsconfig.json /stage/ \
 && cp -r src/api /stage/src/api \
 && rm -rf /stage/server/testing \
 && find /stage/server /stage/src -name '*.test.ts' -delete

# ---- 2. run: production dependencies only ----
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
# Owned by root: the server cannot rewrite its own code or the studio it serves.
COPY --from=build /stage/ ./
# The embedded simulator's clip cache (SIM_CACHE_DIR): the only place the server writes
# (besides tsx's compile cache in /tmp). Made here, owned by node, so a fresh named volume
# takes that owner.
ENV SIM_CACHE_DIR=/app/sim-cache
RUN mkdir -p /app/sim-cache && chown node:node /app/sim-cache
VOLUME ["/app/sim-cache"]

USER node
EXPOSE 8080
# The server drains for up to SHUTDOWN_TIMEOUT_MS (default 25 s) on SIGTERM, then exits 0:
# give `docker stop` more than that (docker stop -t 30, compose's stop_grace_period).
STOPSIGNAL SIGTERM
# Liveness: /api/health on loopback (an IP literal always passes the Host check). It needs
# no STUDIO_TOKEN: without one it answers only {"alive":true}.
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/api/health',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Exec form, not through npm or a shell, and one process: node with tsx's loader, the same
# as `npm start` (tsx server/production/main.ts) but without the tsx CLI's parent process.
# That parent relays SIGTERM to a child and SIGKILLs it unless the child acknowledges within
# 30 ms, so a busy event loop at that moment would lose the drain. Here SIGTERM reaches the
# server itself. (The render worker registers tsx on its own, render-worker-bootstrap.mjs.)
CMD ["node", "--import", "tsx", "server/production/main.ts"]

# syntax=docker/dockerfile:1
# The gateway's production image: `docker build -t loyalty-gateway .` at the repository root.
# Stage 1 builds the production folder (`pnpm run package`: apps/gateway/deploy/, the one-file bundle
# and its package.json, no node_modules); stage 2 is that folder alone on Node 20 slim, run by node as
# PID 1 (exec form, no shell or pnpm in between) so SIGTERM reaches the gateway, which drains and exits 0.

FROM node:20-bookworm-slim AS build
WORKDIR /repo
COPY . .
RUN npx -y pnpm@10 install --frozen-lockfile && npx -y pnpm@10 run package

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY --from=build --chown=node:node /repo/apps/gateway/deploy/ /app/
USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
STOPSIGNAL SIGTERM
CMD ["node", "gateway.mjs"]

# Trợ lý PCMBN: container image. Build: docker build -t tro-ly .
# Run:  docker run -d --name tro-ly -p 127.0.0.1:3000:3000 -v tro-ly-data:/data --env-file .env tro-ly
# (see README, "Chạy như một dịch vụ / Running as a service").

# Dependencies in a full image: better-sqlite3 and hnswlib-node are native addons and may need a compiler.
# tsx runs the TypeScript sources at start, so it is a runtime dependency; dev tools are left out.
FROM node:20-bookworm AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    DATA_DIR=/data \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json tsconfig.json ./
COPY bot ./bot
COPY handlers ./handlers
COPY retrieval ./retrieval
COPY knowledge ./knowledge
# The image's own files stay owned by root (read-only for the bot); only /data is writable, by the
# unprivileged `node` user (uid 1000) the base image provides.
RUN mkdir -p /data && chown node:node /data && chmod 0700 /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
STOPSIGNAL SIGTERM
# node itself is PID 1's child of nothing else: SIGTERM reaches the bot, which drains and closes its databases.
CMD ["node", "--import", "tsx", "bot/main.ts"]

# syntax=docker/dockerfile:1
#
# Artist Collective in one container: `npm start` applies pending migrations,
# then runs the bundled realtime server and Next.js (scripts/serve.ts). The
# database, the uploaded media and the backups live on the /data volume,
# never in the image: one volume, because db:backup hard-links media files
# (one file system) and db:restore renames the media folder aside (a mount
# point cannot be renamed).
#
#   docker build -t artist-collective .
#   docker run -d --name art -p 127.0.0.1:3000:3000 -p 127.0.0.1:6001:6001 \
#     -v art-data:/data --env-file /etc/artist-collective.env \
#     --stop-timeout 20 artist-collective
#
# docs/deployment.md has the rest (reverse proxy, secrets, backups, upgrades).

ARG NODE_VERSION=20.20.2

FROM node:${NODE_VERSION}-bookworm-slim AS base
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 \
    NPM_CONFIG_UPDATE_NOTIFIER=false
# npm 11, as in development, honours package.json "allowScripts": only
# better-sqlite3 may run an install script (Prisma's engine downloads may not).
RUN npm install --global npm@11.19.1 && npm cache clean --force

# Dependencies, cached until the lockfile changes. better-sqlite3 compiles
# from source where no prebuilt binary fits this platform, hence python3,
# make and g++; sharp ships its own prebuilt libvips. The postinstall
# (prisma generate) needs the sources: `npm run build` runs it below.
FROM base AS deps
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts && npm rebuild better-sqlite3

# The production build, then the development-only packages dropped. tsx and
# the Prisma CLI stay: `npm start` runs the migrations and the supervisor with them.
FROM deps AS build
COPY . .
RUN npm run build && npm prune --omit=dev --ignore-scripts

# The runtime: no compilers, the code owned by root and read-only to the app,
# which runs as the image's unprivileged "node" user and writes only to the
# volumes and Next.js's cache.
# HOST: a container's loopback is its own, so the app listens on every
# interface of it; publish the ports on the host's loopback (-p 127.0.0.1:…)
# behind the reverse proxy, and set TRUST_PROXY=true in the env file then.
FROM base AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    REALTIME_PORT=6001 \
    DATABASE_URL=file:/data/app.db \
    MEDIA_ROOT=/data/media
COPY --from=build /app ./
RUN mkdir -p /data/media /data/backups .next/cache && chown -R node:node /data .next/cache
VOLUME ["/data"]
USER node
EXPOSE 3000 6001
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/api/health`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM drains (in-flight requests finish, chat clients are told to
# reconnect, the database is closed) within 10 s: give `docker stop` more
# than its default 10 s (--stop-timeout 20, or stop_grace_period in Compose).
STOPSIGNAL SIGTERM
CMD ["npm", "start"]

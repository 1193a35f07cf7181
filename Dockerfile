# One image for every service; the command picks which: `serve crm`, `serve gateway`, `migrate crm`.
# It runs the compiled JavaScript (dist/) on plain Node, with production dependencies only, and
# the gateway serves the pages built into dist/web.
FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 builds from source when no prebuilt binary can be fetched.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# Every dependency, the compiler included. Not the prepare script: it builds, and the sources come next.
RUN npm pkg delete scripts.prepare && npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY cli cli
COPY lib lib
COPY gateway gateway
COPY subgraphs subgraphs
# The web app and GraphiQL, bundled by Vite into dist/web (served by the gateway; GraphiQL outside production only).
COPY web web
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0
COPY --from=build /app/node_modules node_modules
COPY package.json ./
COPY --from=build /app/dist dist
# What the compiled code reads at run time, from the package root (lib/package-root.ts).
COPY schema schema
COPY lib/operations/*.graphql lib/operations/
COPY lib/operations/__generated__/persisted-documents.json lib/operations/__generated__/
# The web app's operations, which it sends by id (lib/operations/manifest.ts registers them).
COPY web/app/src/__generated__/persisted-documents.json web/app/src/__generated__/
USER node
ENTRYPOINT ["node", "dist/cli/main.js"]

# One image for every service; the command picks which: `serve crm`, `serve gateway`, `migrate crm`.
FROM node:20-bookworm-slim AS dependencies
WORKDIR /app
# better-sqlite3 builds from source when no prebuilt binary can be fetched.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0
COPY --from=dependencies /app/node_modules node_modules
COPY package.json ./
COPY bin bin
COPY lib lib
COPY gateway gateway
COPY subgraphs subgraphs
COPY schema schema
USER node
ENTRYPOINT ["node", "bin/recordgraph.js"]

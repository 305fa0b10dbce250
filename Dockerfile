# One image for every app of the graph; docker-compose.yml picks the entry point per service.
# Built in stages: the build has every dependency and compiles (npm run build); the image that runs
# has production dependencies only, the compiled apps, NODE_ENV=production and a non-root user.
# Untested here: the development machines have no Docker engine.

FROM node:20-bookworm-slim AS workspace
WORKDIR /app
# The workspace's package.json files first: the dependency layers stay cached until one changes.
COPY package.json package-lock.json ./
COPY content-model/package.json content-model/
COPY demo/package.json demo/
COPY gateway/package.json gateway/
COPY services/content-lake/package.json services/content-lake/
COPY services/mail-sink/package.json services/mail-sink/
COPY services/stripe-double/package.json services/stripe-double/
COPY subgraphs/shared/package.json subgraphs/shared/
COPY subgraphs/catalog/package.json subgraphs/catalog/
COPY subgraphs/customers/package.json subgraphs/customers/
COPY subgraphs/orders/package.json subgraphs/orders/
COPY subgraphs/inventory/package.json subgraphs/inventory/
COPY subgraphs/payments/package.json subgraphs/payments/
COPY tools/package.json tools/

FROM workspace AS build
RUN npm ci
COPY . .
RUN npm run build

FROM workspace AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 NEXT_TELEMETRY_DISABLED=1
RUN npm ci --omit=dev && npm cache clean --force
# dist/ carries its own @elysium links and the files the apps read at run time; web/.next is the storefront.
COPY --from=build /app/dist ./dist
COPY --from=build /app/web/.next ./web/.next
COPY --from=build /app/web/next.config.ts ./web/
USER node
CMD ["node", "dist/gateway/src/main.js"]

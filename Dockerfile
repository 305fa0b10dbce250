# One image for every Node app of the graph; docker-compose.yml picks the entry point per service.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY demo/package.json demo/
COPY gateway/package.json gateway/
COPY services/content-lake/package.json services/content-lake/
COPY services/stripe-double/package.json services/stripe-double/
COPY subgraphs/shared/package.json subgraphs/shared/
COPY subgraphs/catalog/package.json subgraphs/catalog/
COPY subgraphs/customers/package.json subgraphs/customers/
COPY subgraphs/orders/package.json subgraphs/orders/
COPY subgraphs/inventory/package.json subgraphs/inventory/
COPY subgraphs/payments/package.json subgraphs/payments/
COPY tools/package.json tools/
RUN npm ci
COPY . .
ENV NODE_ENV=development HOST=0.0.0.0
USER node

# One image for the Medusa server and worker (docker-compose.yml chooses the mode).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json turbo.json tsconfig.base.json ./
COPY backend/package.json backend/
COPY storefront/package.json storefront/
COPY packages packages
COPY e2e/package.json e2e/
COPY bench/package.json bench/
RUN npm ci --no-audit --no-fund
COPY backend backend
RUN npx turbo run build --filter=./packages/* && cd backend && npx medusa build \
  && ln -s /app/backend/static /app/backend/.medusa/server/static

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app /app
WORKDIR /app/backend/.medusa/server
EXPOSE 9000
# Migrations are compose's one-shot medusa-migrate service; servers and workers only start.
CMD ["npx", "medusa", "start"]

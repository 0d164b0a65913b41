# syntax=docker/dockerfile:1
# Serviço de tickets da Central de Ajuda (a API que a página "Abrir ticket" chama).
# O site estático é publicado à parte (GitHub Pages ou qualquer hospedagem estática).
#   docker build -t central-ajuda-tickets .
#   docker run -d -p 127.0.0.1:8787:8787 -v tickets-dados:/app/data \
#     -e TICKET_API_ALLOWED_HOSTS=api-ajuda.exemplo.com.br -e TICKET_API_TRUST_PROXY=172.16.0.0/12 \
#     -e TICKET_API_ALLOWED_ORIGINS=https://ajuda.exemplo.com.br -e TICKET_API_ADMIN_TOKEN=… central-ajuda-tickets
# As variáveis de produção (e-mail, proxy, nomes aceitos) estão no README, seção "Publicar".

# 1. Dependências de produção, compiladas aqui (better-sqlite3 pode precisar de python3/make/g++).
FROM node:20-bookworm-slim AS deps
WORKDIR /app
# hadolint ignore=DL3008
RUN apt-get update \
	&& apt-get install -y --no-install-recommends python3 make g++ \
	&& rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

# 2. Imagem final: só Node, as dependências prontas, o código do serviço e o conteúdo
#    (o serviço confere produto e módulo de cada chamado em products.yml/modules.yml).
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
	HOST=0.0.0.0 \
	PORT=8787 \
	CONTENT_DIR=/app/content \
	TICKET_API_DATA_DIR=/app/data
WORKDIR /app
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --chown=node:node package.json tsconfig.json ./
COPY --chown=node:node src ./src
# npm run backup também funciona dentro do contêiner: docker exec <nome> node --import tsx scripts/backup.ts /app/data/copias/
COPY --chown=node:node scripts/backup.ts ./scripts/backup.ts
COPY --chown=node:node content ./content
RUN mkdir -p /app/data && chown node:node /app/data
# O banco SQLite fica no volume: sobrevive à troca da imagem.
VOLUME ["/app/data"]
USER node
EXPOSE 8787
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
	CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8787) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--import", "tsx", "src/server/main.ts"]

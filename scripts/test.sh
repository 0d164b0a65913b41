#!/usr/bin/env bash
# npm test: installs what the tests need on a fresh machine, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

# Dependencies (npm ci when node_modules is missing, e.g. a fresh clone).
if [ ! -d node_modules ]; then npm ci; fi

# Browsers cannot be downloaded here: Playwright drives Debian's chromium, installed when missing.
if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
	if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
		echo "Instalando o chromium do Debian para os testes de navegador..."
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
	else
		echo "Chromium não encontrado: instale-o (apt-get install chromium) ou defina CHROMIUM_PATH." >&2
		exit 1
	fi
fi

# One fixed "today" for vitest, the test-site builds and Playwright (scripts/lib/test-build-date.ts).
export BUILD_DATE="${BUILD_DATE:-$(npx tsx scripts/lib/test-build-date.ts)}"
echo "Testes com BUILD_DATE=$BUILD_DATE"

npx astro sync >/dev/null
npx vitest run
npx tsx scripts/build-test-sites.ts
npx playwright test

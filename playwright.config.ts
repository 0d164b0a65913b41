import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { e2eDataDir } from './scripts/lib/e2e-data-dir';
import { useTestBuildDate } from './scripts/lib/test-build-date';

/**
 * Two fixture sites, built once by scripts/build-test-sites.ts before Playwright starts:
 * the real content (`site`) and the FAQ fixture corpus of the tests (`eval`). Each is served with
 * the ticket service on its own port and its own data folder, emptied at start (e2eDataDir: the
 * tests read the e-mails the service writes there).
 */
// The tests compute bulletin expiry for the same fixed day the test sites were built for.
useTestBuildDate();
// E2E_PORT_BASE moves both servers, so two checkouts can run their suites side by side.
const PORT_BASE = Number(process.env.E2E_PORT_BASE ?? 4400);
const SITES = {
	site: { port: PORT_BASE, content: 'content' },
	eval: { port: PORT_BASE + 1, content: 'tests/fixtures/faq-corpus' },
} as const;

// Debian's chromium where it is installed (CI, these machines); Playwright's own elsewhere.
const chromium = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	timeout: 30_000,
	expect: { timeout: 7_000 },
	reporter: [['list']],
	use: {
		...devices['Desktop Chrome'],
		locale: 'pt-BR',
		trace: 'off',
		launchOptions: {
			executablePath: chromium,
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
		},
	},
	projects: Object.entries(SITES).map(([name, site]) => ({
		name,
		testDir: `tests/e2e/${name}`,
		use: { baseURL: `http://127.0.0.1:${site.port}` },
	})),
	webServer: Object.entries(SITES).map(([name, site]) => ({
		command: `npx tsx scripts/serve-site.ts --dist .tmp/sites/${name} --content ${site.content} --port ${site.port} --fresh-data --data-dir "${e2eDataDir(site.port)}"`,
		url: `http://127.0.0.1:${site.port}/api/health`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
		stdout: 'ignore',
		stderr: 'pipe',
	})),
});

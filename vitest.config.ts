import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/service/**/*.test.ts'],
		testTimeout: 30_000,
		hookTimeout: 60_000,
	},
});

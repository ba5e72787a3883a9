import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// One file more than the cores: browser tests spend part of their time waiting on Chromium,
		// and Vitest's default (one fewer than the cores) runs a two-core machine one file at a time.
		maxWorkers: availableParallelism() + 1,
		// Vitest would otherwise look for tests in dist/ and node_modules copies.
		exclude: ['**/node_modules/**', 'dist/**', '.astro/**'],
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
			},
			{
				// Everything that needs the real site: built once, fresh, by the global setup.
				extends: true,
				test: {
					name: 'site',
					include: ['tests/{content,build,browser}/**/*.test.ts'],
					globalSetup: ['tests/setup/build-site.ts'],
					testTimeout: 60_000,
					hookTimeout: 180_000,
				},
			},
		],
	},
});

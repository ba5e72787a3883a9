import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// A file per core: Vitest's default (one fewer) runs a two-core machine one file at a time, and
		// a file more than the cores finished no sooner, each browser test running slower under contention.
		maxWorkers: availableParallelism(),
		// Test files share their worker's process and modules: each file imported Playwright, Astro's build and our
		// sources afresh, a fifth of the suite's CPU time. No test file changes the state of a module it shares;
		// what a test changes of the process (the time zone, the working directory) it puts back.
		isolate: false,
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

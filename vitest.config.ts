import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// A file more than the cores: the browser tests spend much of their time waiting on Chromium (a page's load, a
		// frame, a search's files), and a third file fills those waits. On two cores the suite took 132-134 s against
		// 141 s with a file per core, three runs each in turn. Vitest's default (one fewer than the cores) ran a
		// two-core machine one file at a time.
		maxWorkers: availableParallelism() + 1,
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

import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers/project.ts';

// Astro imports astro.config.mjs with Node first and, if that throws, quietly loads it again through a Vite dev
// server: a third of a second more on every build. Node needs every relative import in the config's sources to
// name its file (`./dates.ts`, not `./dates`); one that did not had sent every build the slow way, unnoticed.
it('loads astro.config.mjs, and the sources it imports, in Node itself, without Vite', async () => {
	const config = pathToFileURL(join(ROOT, 'astro.config.mjs')).href;
	const { error, stderr } = await new Promise<{ error: Error | null; stderr: string }>((resolve) =>
		execFile(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(config)})`], { cwd: ROOT }, (error, _, stderr) => resolve({ error, stderr })),
	);
	expect(error === null, stderr).toBe(true);
}, 30_000);

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers/project.ts';

// The type check runs as a test, beside the others, rather than before them: alone it kept
// one of two cores idle for about 20 s. Without syncing: the global setup's build has just written
// the content's types into .astro/, and syncing again took a quarter of the check's time.
it('type-checks the project (astro check: components, pages, scripts and tests)', async () => {
	const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
	const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
		const child = spawn(process.execPath, [astro, 'check', '--noSync'], { cwd: ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' } });
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		child.on('close', (code) => resolve({ code, output }));
	});
	expect(code, output).toBe(0);
	expect(output).toMatch(/- 0 errors/);
}, 180_000);

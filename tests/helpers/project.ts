import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * A throwaway copy of the project (same code, its own content, caches and
 * output), so tests can build broken or synthetic content, or build twice,
 * without touching the real tree or racing another build.
 */
export async function makeProject(content: { from?: string; files?: Record<string, string | null> } = {}): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'briefing-'));
	for (const name of PROJECT_FILES) await cp(join(ROOT, name), join(dir, name), { recursive: true });
	await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
	await cp(content.from ?? join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
	for (const [path, text] of Object.entries(content.files ?? {})) {
		const target = join(dir, 'content', path);
		if (text === null) await rm(target);
		else {
			await mkdir(dirname(target), { recursive: true });
			await writeFile(target, text);
		}
	}
	return dir;
}

export interface BuildResult {
	ok: boolean;
	output: string;
	dist: string;
}

/** Runs `astro build` in a project folder with the Node that runs the tests. */
export function buildProject(dir: string, { outDir = join(dir, 'dist') } = {}): Promise<BuildResult> {
	return new Promise((resolve) => {
		const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
		// A site URL comes from the copy's content/briefing.yaml alone, even where CI sets one to publish.
		const { BRIEFING_SITE_URL: _, ...env } = process.env;
		const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir], {
			cwd: dir,
			env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
		});
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		child.on('close', (code) => resolve({ ok: code === 0, output, dist: outDir }));
	});
}

/**
 * Runs Astro's own build of a project folder inside the test's process,
 * through Astro's JavaScript API: the same build as the command line's,
 * without starting Node and loading Astro, Vite and Rolldown again for each
 * one. For builds that must fail; `output` is the error as the command line
 * shows it (message, hint, location).
 */
export async function buildInProcess(dir: string): Promise<Pick<BuildResult, 'ok' | 'output'>> {
	const { build } = await import('astro');
	// Astro writes a build's prerender chunks under the working directory when the output is outside it
	// (getOutDirWithinCwd): builds in two test workers, both started from the project, shared and broke them.
	const cwd = process.cwd();
	process.chdir(dir);
	try {
		await build({ root: dir, logLevel: 'silent' });
		return { ok: true, output: '' };
	} catch (error) {
		const { name, message, hint, loc } = error as Error & { hint?: string; loc?: { file?: string; line?: number; column?: number } };
		const location = loc?.file ? `\n  Location: ${loc.file}${loc.line ? `:${loc.line}` : ''}${loc.line && loc.column ? `:${loc.column}` : ''}` : '';
		return { ok: false, output: `[${name}] ${message}${hint ? `\n  Hint: ${hint}` : ''}${location}` };
	} finally {
		process.chdir(cwd);
	}
}

export const removeProject = (dir: string) => rm(dir, { recursive: true, force: true });

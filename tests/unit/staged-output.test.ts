import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { postBuild } from '../../src/postbuild/pipeline.ts';
import { publishStaged, stagedOutput } from '../../src/postbuild/staged-output.ts';

let made: string[] = [];
afterEach(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
	made = [];
});

const url = (path: string) => pathToFileURL(`${path}/`);

/** A project folder with an output folder beside its staging folder, each with one page saying which it is. */
function project({ output = true, previous = false } = {}) {
	const root = mkdtempSync(join(tmpdir(), 'staged-'));
	made.push(root);
	const staged = stagedOutput(url(join(root, 'dist')), url(root));
	const folders: [string, string][] = [[staged.staging, 'new'], ...(output ? [[staged.outDir, 'old'] as [string, string]] : []), ...(previous ? [[join(root, '.dist-previous'), 'kept'] as [string, string]] : [])];
	for (const [dir, name] of folders) {
		mkdirSync(dir);
		writeFileSync(join(dir, `${name}.html`), name);
	}
	return { root, staged };
}

describe('a build’s output, staged', () => {
	it('is written beside the output folder, in a folder of its own, however the output folder is written', () => {
		const { root, staged } = project();
		expect(staged).toEqual({ outDir: join(root, 'dist'), staging: join(root, '.dist-building') });
		expect(stagedOutput(pathToFileURL(join(root, 'dist')), url(root))).toEqual(staged);
	});

	it('takes the place of the last build once it is finished, leaving nothing of either beside it', () => {
		const { root, staged } = project();
		publishStaged(staged);
		expect(readdirSync(staged.outDir)).toEqual(['new.html']);
		expect(readdirSync(root)).toEqual(['dist']);
	});

	it('becomes the output folder where there was none', () => {
		const { staged } = project({ output: false });
		publishStaged(staged);
		expect(readFileSync(join(staged.outDir, 'new.html'), 'utf8')).toBe('new');
		expect(existsSync(staged.staging)).toBe(false);
	});

	it('puts the last build back where its folder cannot be replaced', () => {
		const { root, staged } = project();
		// The second rename fails: the staging folder is gone.
		rmSync(staged.staging, { recursive: true });
		expect(() => publishStaged(staged)).toThrow(expect.objectContaining({ name: 'AstroUserError', message: expect.stringContaining(`could not take the place of ${staged.outDir}`), hint: expect.stringContaining('is as the last good build left it') }));
		expect(readdirSync(staged.outDir)).toEqual(['old.html']);
		expect(readdirSync(root)).toEqual(['dist']);
	});

	it('keeps the last good build that a publish stopped between its renames had left aside', () => {
		const { staged } = project({ output: false, previous: true });
		rmSync(staged.staging, { recursive: true });
		expect(() => publishStaged(staged)).toThrow(/could not take the place/);
		expect(readdirSync(staged.outDir)).toEqual(['kept.html']);
	});

	it('replaces the folder a linked output folder points to, keeping the link', () => {
		const { root } = project({ output: false });
		const served = join(root, 'served');
		mkdirSync(served);
		writeFileSync(join(served, 'old.html'), 'old');
		symlinkSync(served, join(root, 'dist'));
		const staged = stagedOutput(url(join(root, 'dist')), url(root));
		expect(staged).toEqual({ outDir: served, staging: join(root, '.served-building') });
		mkdirSync(staged.staging);
		writeFileSync(join(staged.staging, 'new.html'), 'new');
		publishStaged(staged);
		expect(readdirSync(join(root, 'dist'))).toEqual(['new.html']);
	});

	it('refuses an output folder that is the project or holds it, which publishing would replace', () => {
		const { root } = project({ output: false });
		for (const outDir of [root, join(root, '..')]) {
			expect(() => stagedOutput(url(outDir), url(root))).toThrow(expect.objectContaining({ message: expect.stringContaining('holds the project itself'), hint: expect.stringContaining('a folder of its own') }));
		}
	});
});

describe('the commands given the staging folder', () => {
	/** The output folder each command's config is left with, after the post-build integration has set up. */
	function outDirFor(command: 'build' | 'dev' | 'sync' | 'preview'): string | undefined {
		const root = mkdtempSync(join(tmpdir(), 'staged-'));
		made.push(root);
		let outDir: string | undefined;
		const setup = postBuild({ content: url(join(root, 'content')) }).hooks['astro:config:setup']!;
		const config = { root: url(root), srcDir: url(join(root, 'src')), outDir: url(join(root, 'dist')) };
		// Only the fields the hook reads.
		(setup as (options: unknown) => void)({ config, command, updateConfig: (c: { outDir: URL }) => (outDir = fileURLToPath(c.outDir)) });
		return outDir && outDir.slice(root.length);
	}

	it('are the build and every other command but preview, which serves the output folder itself', () => {
		// Dev and sync too: the content layer clears its store whenever the config differs from the last command's.
		for (const command of ['build', 'dev', 'sync'] as const) expect(outDirFor(command), command).toBe('/.dist-building/');
		expect(outDirFor('preview')).toBeUndefined();
	});
});

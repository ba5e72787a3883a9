import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { publishStaged, stagingFolder } from '../../src/postbuild/staged-output.ts';

let made: string[] = [];
afterEach(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
	made = [];
});

/** A folder holding an output folder and its staging folder, each with one page saying which it is. */
function folders(withOutput: boolean) {
	const parent = mkdtempSync(join(tmpdir(), 'staged-'));
	made.push(parent);
	const outDir = join(parent, 'dist');
	const staging = stagingFolder(outDir);
	for (const [dir, text] of [[staging, 'new'], ...(withOutput ? [[outDir, 'old']] : [])]) {
		mkdirSync(dir);
		writeFileSync(join(dir, `${text}.html`), text);
	}
	return { parent, outDir, staging };
}

describe('a build’s output, staged', () => {
	it('is written beside the output folder, on the same disk, in a folder of its own', () => {
		expect(stagingFolder('/site/dist')).toBe('/site/.dist-building');
		expect(stagingFolder('/tmp/out/public_html')).toBe('/tmp/out/.public_html-building');
	});

	it('takes the place of the last build once it is finished, leaving nothing of either beside it', () => {
		const { parent, outDir } = folders(true);
		publishStaged(stagingFolder(outDir), outDir);
		expect(readdirSync(outDir)).toEqual(['new.html']);
		expect(readdirSync(parent)).toEqual(['dist']);
	});

	it('becomes the output folder where there was none', () => {
		const { outDir, staging } = folders(false);
		publishStaged(staging, outDir);
		expect(readFileSync(join(outDir, 'new.html'), 'utf8')).toBe('new');
		expect(existsSync(staging)).toBe(false);
	});
});

import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Where a build writes before it is known to be good: a folder beside the
 * output folder (`.dist-building` beside `dist`), on the same disk, so that
 * publishing it is a rename. A build that fails, in Astro's steps or in
 * ours after them, leaves it there for a look and the last good `dist/` as
 * it was: Astro empties the output folder as it starts to write, and the
 * post-build steps change every page, so a build writing in place left a
 * half-made site, without its policy or search, where the good one had been.
 */
export function stagingFolder(outDir: string): string {
	return join(dirname(outDir), `.${basename(outDir)}-building`);
}

/**
 * Puts a finished build in place of the output folder: the old one is moved
 * aside first and removed after, so the folder is never missing or half
 * replaced for longer than two renames.
 */
export function publishStaged(staging: string, outDir: string): void {
	const previous = join(dirname(outDir), `.${basename(outDir)}-previous`);
	rmSync(previous, { recursive: true, force: true });
	if (existsSync(outDir)) renameSync(outDir, previous);
	renameSync(staging, outDir);
	rmSync(previous, { recursive: true, force: true });
}

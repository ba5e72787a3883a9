import { existsSync, lstatSync, realpathSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';

/**
 * The output folder and the folder a build writes before it is known to be
 * good: beside it (`.dist-building` beside `dist`), on the same disk, so
 * that publishing it is a rename. A build that fails, in Astro's steps or in
 * ours after them, leaves it there for a look and the last good `dist/` as
 * it was: Astro empties the output folder as it starts to write, and the
 * post-build steps change every page, so a build writing in place left a
 * half-made site, without its policy or search, where the good one had been.
 */
export interface StagedOutput {
	outDir: string;
	staging: string;
}

/**
 * Where a build of `root` into `outDir` stages and publishes. An output
 * folder that is a link (to where a host serves the site) is replaced where
 * it points, and the link kept. One that is the project, or holds it, is
 * refused: Astro refuses it too, but only after this has moved the output,
 * and publishing would replace the project.
 */
export function stagedOutput(outDirUrl: URL, rootUrl: URL): StagedOutput {
	let outDir = resolve(fileURLToPath(outDirUrl));
	if (existsSync(outDir) && lstatSync(outDir).isSymbolicLink()) outDir = realpathSync(outDir);
	const root = resolve(fileURLToPath(rootUrl));
	if (root === outDir || root.startsWith(outDir + sep)) {
		throw new AstroError(`The output folder ${outDir} holds the project itself`, 'Each build replaces the output folder whole. Set `outDir` (or `--outDir`) to a folder of its own, such as dist/.');
	}
	return { outDir, staging: beside(outDir, 'building') };
}

/** A hidden folder beside the output folder, named for it: `.dist-building`, `.dist-previous`. */
const beside = (outDir: string, what: string) => join(dirname(outDir), `.${basename(outDir)}-${what}`);

/**
 * Puts a finished build in place of the output folder: the old one is moved
 * aside first and removed after, so the folder is missing for no longer than
 * between two renames, and comes back if the second fails. A folder left
 * aside by a publish that was stopped between them is the last good build,
 * and is put back first.
 */
export function publishStaged({ outDir, staging }: StagedOutput): void {
	const previous = beside(outDir, 'previous');
	if (!existsSync(outDir) && existsSync(previous)) renameSync(previous, outDir);
	rmSync(previous, { recursive: true, force: true });
	const hadOutput = existsSync(outDir);
	try {
		if (hadOutput) renameSync(outDir, previous);
	} catch (error) {
		throw cannotReplace(outDir, staging, error);
	}
	try {
		renameSync(staging, outDir);
	} catch (error) {
		if (hadOutput) renameSync(previous, outDir);
		throw cannotReplace(outDir, staging, error);
	}
	rmSync(previous, { recursive: true, force: true });
}

const cannotReplace = (outDir: string, staging: string, error: unknown) =>
	new AstroError(
		`The build is finished in ${staging}, but could not take the place of ${outDir}: ${error instanceof Error ? error.message : String(error)}`,
		`${outDir} is as the last good build left it. A folder that cannot be renamed (a mount point, or one another program holds open) cannot be replaced whole: close what holds it, or build to a folder of its own with --outDir and copy that.`,
	);

import { mkdtempSync, rmSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/**
 * Folders the bench is done with, moved out of the way now and removed when
 * the run ends.
 *
 * These machines' disk is ext4 without a journal, which will not give a new
 * file an inode freed in the last 5 to 35 seconds: it checks the freed ones
 * one by one, for every file it makes. A build that began just after the
 * bench removed the last one's output paid for each file it wrote, by how
 * many files had gone: at 200 sections ours wrote its 603 citation files in
 * 0.3 to 0.6 s instead of 0.02 s, and the search index's 421 script twins in
 * 0.3 s instead of 0.01 s. A fresh clone's build follows no removal, and
 * neither does a build the bench measures now.
 */
let aside: string | undefined;

export async function setAside(path: string): Promise<void> {
	if (!aside) {
		aside = mkdtempSync(join(tmpdir(), 'bench-set-aside-'));
		// A run stopped with Ctrl-C leaves no whole projects behind in the temporary folder.
		const folder = aside;
		process.once('SIGINT', () => {
			rmSync(folder, { recursive: true, force: true });
			process.exit(130);
		});
	}
	try {
		await rename(path, join(aside, `${Date.now()}-${Math.random().toString(36).slice(2)}-${basename(path)}`));
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') return;
		// Another disk than the temporary folder's: removed now, as before.
		if (code === 'EXDEV') return rm(path, { recursive: true, force: true });
		throw error;
	}
}

/** Removes everything set aside; the run calls it once every build is measured. */
export async function removeSetAside(): Promise<void> {
	if (aside) await rm(aside, { recursive: true, force: true });
	aside = undefined;
}

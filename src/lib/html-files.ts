import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every .html file under `dir`, as paths relative to it with `/` separators, sorted so builds are repeatable. */
export async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
		.sort();
}

/** Passes every page under `dir` through `transform` (given its path from the root) and writes back what it returns. */
export async function transformHtmlFiles(dir: string, transform: (html: string, path: string) => string): Promise<void> {
	for (const file of await htmlFiles(dir)) {
		const path = join(dir, file);
		await writeFile(path, transform(await readFile(path, 'utf8'), file));
	}
}

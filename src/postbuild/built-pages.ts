import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every page of the built site, by path from its root (`background.html`), in a repeatable order. */
export async function readPages(root: string): Promise<Map<string, string>> {
	const entries = await readdir(root, { recursive: true, withFileTypes: true });
	const paths = entries
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
		.sort();
	const pages = new Map<string, string>();
	for (const path of paths) pages.set(path, await readFile(join(root, path), 'utf8'));
	return pages;
}

export async function writePages(root: string, pages: ReadonlyMap<string, string>): Promise<void> {
	for (const [path, html] of pages) await writeFile(join(root, path), html);
}

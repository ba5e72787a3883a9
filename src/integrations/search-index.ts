import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from '../lib/html-files.ts';
import { writeSearchIndex } from '../postbuild/search/search-index.ts';

/** Builds the search index (src/postbuild/search/) from the finished pages. */
export function searchIndex(): AstroIntegration {
	return {
		name: 'search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const pages = new Map<string, string>();
				for (const file of await htmlFiles(root)) pages.set(file, await readFile(join(root, file), 'utf8'));
				const { pages: indexed, entries } = await writeSearchIndex(root, pages);
				logger.info(`Pagefind: ${indexed} pages, ${entries} entries`);
			},
		},
	};
}

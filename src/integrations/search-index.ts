import { opendir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { extractRecord } from '../lib/search/records.ts';
import { offlineIndexScript, OFFLINE_INDEX_FILE } from '../lib/search/offline-index.ts';
import type { PageRecord } from '../lib/search/types.ts';

/**
 * Builds both search indexes from the same built pages: Pagefind's, for the
 * hosted site, and the offline index, a classic script for file://, where
 * Pagefind cannot run (it needs fetch, ES modules and WebAssembly).
 * Only `data-pagefind-body` content is indexed, by both.
 */
export function searchIndex(): AstroIntegration {
	return {
		name: 'search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				// Listed before Pagefind adds its folder, to see the files as Pagefind does.
				const files = await Array.fromAsync(htmlFilesInDiskOrder(root));
				await buildPagefind(root, logger);
				const records: PageRecord[] = [];
				for (const file of files) {
					const record = extractRecord(await readFile(join(root, file), 'utf8'), file);
					if (record) records.push(record);
				}
				await writeFile(join(root, OFFLINE_INDEX_FILE), offlineIndexScript(records));
				logger.info(`offline index: ${records.length} pages`);
			},
		},
	};
}

/**
 * The site's HTML files in the order Pagefind walks them: the file system's
 * own order (unsorted, as opendir gives it), depth first. Pagefind numbers
 * pages in that order and leaves pages that score the same in it; the
 * offline index keeps it so that ties fall the same way.
 */
async function* htmlFilesInDiskOrder(root: string, dir = root): AsyncGenerator<string> {
	for await (const entry of await opendir(dir)) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* htmlFilesInDiskOrder(root, path);
		else if (entry.isFile() && entry.name.endsWith('.html')) yield relative(root, path).split(sep).join('/');
	}
}

async function buildPagefind(root: string, logger: AstroIntegrationLogger) {
	const fail = (step: string, errors: string[]) => {
		if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
	};
	try {
		const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', keepIndexUrl: true });
		fail('createIndex', errors);
		const added = await index!.addDirectory({ path: root });
		fail('addDirectory', added.errors);
		if (added.page_count === 0) throw new Error('Pagefind indexed no pages: is data-pagefind-body missing?');
		fail('writeFiles', (await index!.writeFiles({ outputPath: join(root, 'pagefind') })).errors);
		logger.info(`Pagefind: ${added.page_count} pages`);
	} finally {
		await pagefind.close();
	}
}

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { htmlFiles } from '../lib/html-files.ts';
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
				await buildPagefind(root, logger);
				const records: PageRecord[] = [];
				for (const file of await htmlFiles(root)) {
					const record = extractRecord(await readFile(join(root, file), 'utf8'), file);
					if (record) records.push(record);
				}
				await writeFile(join(root, OFFLINE_INDEX_FILE), offlineIndexScript(records));
				logger.info(`offline index: ${records.length} pages`);
			},
		},
	};
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

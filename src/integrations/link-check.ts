import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from '../lib/html-files.ts';
import { findBrokenLinks } from '../lib/link-check.ts';

/**
 * Refuses to finish a build with a broken internal link, anchor or asset, or
 * a duplicate id: a reader would find the hole, so the build finds it first.
 */
export function linkCheck(): AstroIntegration {
	return {
		name: 'link-check',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				const root = fileURLToPath(dir);
				const pages = await Promise.all((await htmlFiles(root)).map(async (path) => ({ path, html: await readFile(join(root, path), 'utf8') })));
				const problems = findBrokenLinks(pages, (path) => existsSync(join(root, path)));
				if (problems.length > 0) throw new Error(`Broken links in the built site (${problems.length}):\n  ${problems.join('\n  ')}`);
			},
		},
	};
}

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bibtex, cslJson, ris } from '../publication/citation-formats.ts';
import type { CitablePage } from '../publication/citable-pages.ts';

/** The list the build writes (src/pages/citable-pages.json.ts), read and removed here. */
export const CITABLE_PAGES = 'citable-pages.json';

/** The files a reader can download to cite a page, by extension: BibTeX, RIS and CSL-JSON. */
const FORMATS = { bib: bibtex, ris, json: cslJson } as const;

/** The citation file at `path` (`cite/background.bib`), if it is one of a listed page's. */
export function citationFile(pages: readonly CitablePage[], path: string): string | undefined {
	const [, page, extension] = /^cite\/([^/]+)\.(bib|ris|json)$/.exec(path) ?? [];
	const work = pages.find((p) => p.page === page)?.work;
	return work && FORMATS[extension as keyof typeof FORMATS](work);
}

/**
 * Writes `cite/<page>.bib`, `.ris` and `.json` for every citable page the
 * build listed, and removes the list. Returns the files' paths.
 */
export function writeCitationFiles(root: string): string[] {
	const list = join(root, CITABLE_PAGES);
	const pages = JSON.parse(readFileSync(list, 'utf8')) as CitablePage[];
	rmSync(list);
	mkdirSync(join(root, 'cite'), { recursive: true });
	const written: string[] = [];
	for (const { page, work } of pages) {
		for (const [extension, format] of Object.entries(FORMATS)) {
			const path = `cite/${page}.${extension}`;
			writeFileSync(join(root, path), format(work));
			written.push(path);
		}
	}
	return written;
}

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { slug } from 'github-slugger';
import { readYamlMapping } from '../data/yaml.ts';
import { readSiteFiles, writeSiteFiles } from '../postbuild/built-pages.ts';
import { SITE } from '../site/site.ts';
import { buildEpub, readingOrder } from './epub/build-epub.ts';
import { EPUB_FILE, offlineManifest, SERVICE_WORKER_FILE, serviceWorkerScript, ZIP_FILE } from './offline-manifest.ts';
import { fillSlots, settleSize, sizeSlots, statements } from './sizes.ts';
import { sortedByPath, zipSite, type SiteZipEntry } from './zip-site.ts';

/** What the editions say about the briefing, from content/briefing.yaml. */
export interface EditionMeta {
	title: string;
	/** The issuing body. */
	publisher: string;
	language: string;
	licence?: string;
	asOf: string;
	/** The last update, as the book's dcterms:modified. */
	modified: string;
	description?: string;
}

/** The editions' metadata from the publication data: no clock, no guess from the pages. */
export function editionMeta(content: URL): EditionMeta {
	const data = readYamlMapping(fileURLToPath(new URL('briefing.yaml', content)), 'content/briefing.yaml');
	const licence = data.licence as { name: string; url: string } | undefined;
	return {
		title: String(data.title),
		publisher: String(data.issuedBy),
		language: SITE.lang,
		...(licence ? { licence: `${licence.name}, ${licence.url}` } : {}),
		asOf: String(data.asOf),
		modified: String(data.updated),
	};
}

/** The zip's size is stated inside the zip: each pass restates it until the stated kilobytes hold (two, as a rule). */
const MAX_PASSES = 8;

/** Writes briefing.epub from the built pages (path → HTML); returns its size in bytes. */
export async function writeEpub(distDir: string, pages: ReadonlyMap<string, string>, meta: EditionMeta): Promise<number> {
	const overview = pages.get('index.html');
	if (!overview) throw new Error(`${distDir}: no index.html to make the editions from`);
	const { epub } = await buildEpub(pages, readingOrder(overview), meta);
	writeFileSync(join(distDir, EPUB_FILE), epub);
	return epub.byteLength;
}

/** The one folder the zip unpacks into, named for the briefing: `ukraines-nato-invitation-request/`. */
export const zipFolder = (meta: EditionMeta) => `${slug(meta.title)}/`;

/**
 * Writes the rest of the offline editions into the built site: the pages'
 * statements of both downloads' sizes, the service worker that saves the
 * site for offline reading, and briefing.zip, the site itself in one folder,
 * the EPUB included, so that the copy's links to it work. Runs last: the
 * zip holds every other step's output.
 */
export async function writeSiteZip(distDir: string, meta: EditionMeta, epubBytes: number): Promise<{ zip: number; passes: number }> {
	const site = readSiteFiles(distDir, (path) => path === ZIP_FILE);
	const encoder = new TextEncoder();
	// Each page cut where it states sizes and its texts encoded once: a pass encodes and deflates only the statements.
	const pages = new Map([...site].filter(([path]) => path.endsWith('.html')).map(([path, data]) => {
		const slots = sizeSlots(new TextDecoder().decode(data));
		return [path, { slots, text: slots.text.map((text) => encoder.encode(text)) }];
	}));
	const { data: zip, passes } = settleSize((stated, padding) => {
		const sizes = { [EPUB_FILE]: epubBytes, [ZIP_FILE]: stated };
		const parts = new Map<string, Uint8Array[]>();
		for (const [path, { slots, text }] of pages) {
			const page = fillSlots(text, statements(slots, sizes, path).map((statement) => encoder.encode(statement)));
			parts.set(path, page);
			site.set(path, Buffer.concat(page));
		}
		site.set(SERVICE_WORKER_FILE, encoder.encode(serviceWorkerScript(offlineManifest(site))));
		const entries: SiteZipEntry[] = sortedByPath([...site].map(([path, data]) => ({ path: `${zipFolder(meta)}${path}`, data: parts.get(path) ?? data })));
		if (padding) entries[entries.length - 1].comment = ' '.repeat(padding);
		return zipSite(entries, meta.modified);
	}, MAX_PASSES);
	writeSiteFiles(distDir, new Map([...pages.keys(), SERVICE_WORKER_FILE].map((path) => [path, site.get(path)!])));
	writeFileSync(join(distDir, ZIP_FILE), zip);
	return { zip: zip.byteLength, passes };
}

/** The as-of and last-updated dates the overview's footer states, and its summary. */

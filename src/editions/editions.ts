import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { slug } from 'github-slugger';
import { readDataFile, readDataMapping } from '../data/yaml.ts';
import { creators } from '../publication/byline.ts';
import { lastChangeLabel, type ChangeLabel } from '../publication/log.ts';
import { resolveSiteUrl } from '../publication/site-url.ts';
import { readSiteFiles, writeSiteFiles } from '../postbuild/built-pages.ts';
import { SITE } from '../site/site.ts';
import { formatDate } from '../text/dates.ts';
import { escapeRegExp } from '../text/literal.ts';
import { bookPlan, buildEpub } from './epub/build-epub.ts';
import type { BookMeta } from './epub/package-document.ts';
import { BOOK_COVER, cardText, renderCard } from '../publication/title-card.ts';
import { EPUB_FILE, NOT_FOUND_PAGE, notFoundBase, notFoundPageIn, SERVICE_WORKER_FILE, ZIP_FILE } from './offline-protocol.ts';
import { offlineManifest, serviceWorkerScript, type SiteFile } from './offline-manifest.ts';
import { fillSlots, settleSize, SIZE_ATTRIBUTE, sizeSlots, statements, type SizeSlots } from './sizes.ts';
import { deflateAhead, sortedByPath, zipSite, zipSiteSize, type SiteZipEntry } from './zip-site.ts';

/**
 * What the editions say about the briefing, from content/briefing.yaml and
 * the log: what the book's package says (its creators as the site's
 * citations credit them, publication/byline.ts; its description the
 * overview's summary, see writeEpub), and what the cover and the zip's
 * README add.
 */
export interface EditionMeta extends BookMeta {
	/** What kind of work it is (“Briefing”), the cover's first line. */
	genre: string;
	/** The body that issues it, which the cover names. */
	issuedBy: string;
	/** What the last change was, for the cover and the zip's README (publication/log.ts). */
	changed: ChangeLabel;
}

/** The editions' metadata from the publication data: no clock, no guess from the pages. */
export function editionMeta(content: URL): EditionMeta {
	const data = readDataMapping(content, 'briefing');
	const address = resolveSiteUrl(data.siteUrl);
	return {
		genre: data.genre,
		title: data.title,
		issuedBy: data.issuedBy,
		creators: creators(data),
		publisher: data.publisher,
		language: SITE.lang,
		licence: `${data.licence.name}, ${data.licence.url}`,
		asOf: data.asOf,
		modified: data.updated,
		changed: lastChangeLabel(readDataFile(content, 'corrections').map(({ data }) => data), data.updated),
		...(address ? { address } : {}),
	};
}

/** Writes briefing.epub from the built pages (path → HTML); returns its size in bytes. */
export async function writeEpub(distDir: string, pages: ReadonlyMap<string, string>, meta: EditionMeta): Promise<number> {
	const overview = pages.get('index.html');
	if (!overview) throw new Error(`${distDir}: no index.html to make the editions from`);
	const { order, description, headline } = bookPlan(overview);
	const cover = await renderCard(cardText({ genre: meta.genre, title: meta.title, issuedBy: meta.issuedBy, asOf: meta.asOf, updated: meta.modified, changed: meta.changed }, headline), BOOK_COVER);
	const { epub } = await buildEpub(pages, order, description ? { ...meta, description } : meta, cover);
	writeFileSync(join(distDir, EPUB_FILE), epub);
	return epub.byteLength;
}

/**
 * A link to the zip itself, and the statement of its size after it: the copy inside the zip cannot hold the zip, so
 * there it is plain text, saying that the reader has it (the bare words had read as a download that was not offered,
 * and “zipped” as what it no longer is), and it states no size, which a reader took for the copy's (1 MB of 3.6).
 * The statement's place stays, empty: the zip step fills the places of a page cut at them (`sizeSlots`), so the
 * link may come with the place's opening tag alone.
 */
const ZIP = escapeRegExp(ZIP_FILE);
const LINK_TO_ZIP = new RegExp(`<a href="[^"]*${ZIP}"[^>]*>[^<]*</a>(?:,\\s*(<span ${SIZE_ATTRIBUTE}="${ZIP}">)([^<]*</span>)?)?`, 'g');

/** A page of the site as the zip holds it (whole, or cut at its statements of sizes): its link to the zip now words that say this is that site, unzipped. */
const zipCopyOf = (html: string) => html.replace(LINK_TO_ZIP, (_, place = '', stated) => `the whole site, unzipped (this copy)${place}${stated ? '</span>' : ''}`);

/**
 * The zip's copy of a whole page, as `zipCopyOf`, the 404 page's links made
 * relative: rooted at the host's base path, which serves it at any depth,
 * opened from the unzipped folder they had led to the root of the disk.
 */
export const zipCopyOfPage = (html: string, path: string) => zipPartsOf(path, html)(html);

/** How a page's parts are copied into the zip: the 404 page's parts lack the root element that says its base. */
function zipPartsOf(path: string, html: string): (part: string) => string {
	const base = path === NOT_FOUND_PAGE ? notFoundBase(html) : undefined;
	return (part) => zipCopyOf(base === undefined ? part : notFoundPageIn(part, '', base));
}

/** The one folder the zip unpacks into, named for the briefing: `ukraines-nato-invitation-request/`. */
const zipFolder = (meta: EditionMeta) => `${slug(meta.title)}/`;

/** The zip's own file, beside the site's: unzipped, the folder showed two dozen files and nothing said which to open. */
const ZIP_README = 'README.txt';
const zipReadme = (meta: EditionMeta) =>
	[
		meta.title,
		`As of ${formatDate(meta.asOf)}, ${meta.changed.toLowerCase()} ${formatDate(meta.modified)}.`,
		'',
		'To read it, open index.html in this folder with any web browser. It needs no connection and no server:',
		'every page, the map, the timeline and search work from here.',
		'',
		`${EPUB_FILE} is the same briefing as an e-book, for phones and e-readers.`,
		'',
		'The other files are the site\'s own (its pages, styles, scripts, search index and citation files, and a few that',
		'only a web host reads): keep them beside index.html.',
		'',
		...(meta.address ? [`The briefing is published at ${meta.address}, where any later update or correction is.`, ''] : []),
	].join('\r\n');

/** The site's pages, each cut where it states sizes and its texts encoded once: a pass of the zip encodes and deflates only the statements. */
export type ZipPages = Map<string, { slots: SizeSlots; text: Uint8Array[]; zipText: Uint8Array[] }>;

/**
 * The pages as the zip step takes them (`ZipPages`), their texts already
 * deflated for the zip: made while Pagefind's own process builds its files,
 * when the main thread would otherwise wait, it leaves the zip step only the
 * statements to deflate.
 */
export function zipPages(built: ReadonlyMap<string, string>): ZipPages {
	const encoder = new TextEncoder();
	return new Map([...built].map(([path, html]) => {
		const slots = sizeSlots(html);
		const text = slots.text.map((part) => encoder.encode(part));
		// The zip's copy shares every part but the one that links to the zip (and the 404 page's).
		const copyOf = zipPartsOf(path, html);
		const zipText = slots.text.map((part, i) => {
			const copy = copyOf(part);
			return copy === part ? text[i] : encoder.encode(copy);
		});
		deflateAhead(zipText);
		return [path, { slots, text, zipText }];
	}));
}

/**
 * Writes the rest of the offline editions into the built site: the pages,
 * with their statements of both downloads' sizes, the service worker that
 * saves the site for offline reading, and briefing.zip, the site itself in
 * one folder, the EPUB included, so that the copy's links to it work (its
 * pages' links to the zip are plain text there). Runs last: the zip holds
 * every other step's output. `pages` are the site's pages as the steps
 * before left them (`zipPages`), newer than their files, which are written
 * here, once.
 */
export async function writeSiteZip(distDir: string, pages: ZipPages, meta: EditionMeta, epubBytes: number): Promise<{ zip: number; passes: number }> {
	const site: Map<string, SiteFile> = readSiteFiles(distDir, (path) => path === ZIP_FILE || pages.has(path));
	const encoder = new TextEncoder();
	// One array per statement, the same in every page and pass: its deflated bytes are kept with it.
	const encoded = new Map<string, Uint8Array>();
	const encode = (statement: string) => encoded.get(statement) ?? encoded.set(statement, encoder.encode(statement)).get(statement)!;
	const readme = encoder.encode(zipReadme(meta));
	// The site's files and the zip's entries as they are when the pages state `stated` bytes for the zip.
	const entriesStating = (stated: number, padding: number) => {
		const sizes = { [EPUB_FILE]: epubBytes, [ZIP_FILE]: stated };
		const parts = new Map<string, Uint8Array[]>();
		for (const [path, { slots, text, zipText }] of pages) {
			const stated = statements(slots, sizes, path).map(encode);
			// The zip's copy states the EPUB's size, not its own (zipCopyOf).
			parts.set(path, fillSlots(zipText, stated.map((statement, i) => (slots.files[i] === ZIP_FILE ? encode('') : statement))));
			site.set(path, fillSlots(text, stated));
		}
		site.set(SERVICE_WORKER_FILE, encoder.encode(serviceWorkerScript(offlineManifest(site))));
		const files = [...site, [ZIP_README, readme] as const];
		const entries: SiteZipEntry[] = sortedByPath(files.map(([path, data]) => ({ path: `${zipFolder(meta)}${path}`, data: parts.get(path) ?? data })));
		if (padding) entries[entries.length - 1].comment = ' '.repeat(padding);
		return entries;
	};
	// Passes only measure; the zip is made once, from the entries whose statement holds.
	const settled = settleSize(entriesStating, zipSiteSize);
	const zip = zipSite(settled.made, meta.modified);
	if (zip.byteLength !== settled.length) throw new Error(`${ZIP_FILE} is ${zip.byteLength} bytes, not the ${settled.length} its passes measured`);
	const whole = (file: SiteFile) => (file instanceof Uint8Array ? file : Buffer.concat(file));
	writeSiteFiles(distDir, new Map([...pages.keys(), SERVICE_WORKER_FILE].map((path) => [path, whole(site.get(path)!)])));
	writeFileSync(join(distDir, ZIP_FILE), zip);
	return { zip: zip.byteLength, passes: settled.passes };
}

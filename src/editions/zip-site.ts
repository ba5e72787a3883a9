import { Zip, zipSync, type ZipInputFile, type Zippable } from 'fflate';
import { constants, crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
	/** Path inside the archive, `/`-separated. */
	path: string;
	data: Uint8Array;
	/** Store without compressing (an EPUB's `mimetype` must be). */
	stored?: boolean;
	/** A comment in the archive's directory; it makes the archive longer and nothing else. */
	comment?: string;
}

/**
 * Zip stores local time without a zone, and fflate reads the Date's local
 * fields: a Date made from local fields gives the same bytes in every time
 * zone. `date` is YYYY-MM-DD, a date from the content, never the clock.
 */
function timestamp(date: string): Date {
	const [year, month, day] = date.split('-').map(Number);
	if (!year || !month || !day) throw new Error(`zip: "${date}" is not a YYYY-MM-DD date`);
	return new Date(year, month - 1, day);
}

function checkPaths(entries: readonly { path: string }[]): void {
	const seen = new Set<string>();
	for (const { path } of entries) {
		if (seen.has(path)) throw new Error(`zip: "${path}" is in the archive twice`);
		// An integer-like key would jump to the front of the object, and of the archive.
		if (/^\d+$/.test(path)) throw new Error(`zip: "${path}" would lose its place in the archive`);
		seen.add(path);
	}
}

/**
 * A zip of `entries` that is the same bytes on every build: entries in the
 * order given (callers sort them, or put an EPUB's mimetype first), every
 * timestamp set to `date`, and no per-file extras that would record the
 * machine. Every entry's sizes are in its local header, as an EPUB's OCF
 * container expects.
 */
export function zipEntries(entries: ZipEntry[], date: string): Uint8Array {
	const mtime = timestamp(date);
	checkPaths(entries);
	const files: Zippable = {};
	for (const { path, data, stored, comment } of entries) {
		// Level 6, as the site's zip: at 1,000 sections 9 took 0.3 to 0.9 s more of the EPUB's 5 s, for 39 bytes of the real book's 168 KB.
		files[path] = [data, { level: stored ? 0 : 6, mtime, os: 0, attrs: 0, ...(comment ? { comment } : {}) }];
	}
	// Object keys keep insertion order for non-numeric strings, and zipSync writes them in that order.
	return zipSync(files);
}

/** Files that are compressed already (Pagefind's index, fragments, metadata and wasm are gzip): deflating them again gains nothing. */
const ALREADY_COMPRESSED = /\.(?:pf_fragment|pf_index|pf_meta|pf_filter|pagefind|png|gz|zip|epub)$/;

/**
 * A file for the site's zip: its bytes, or its bytes in parts. Parts are
 * deflated apart (each but the last ending on a full flush, so that none
 * refers into the part before) and joined into one stream, so that a part
 * that is the same in the next pass is not deflated again. A page cut into
 * three parts compresses about 1% less well than whole.
 */
export interface SiteZipEntry extends Omit<ZipEntry, 'data'> {
	data: Uint8Array | readonly Uint8Array[];
}

/** Each part's deflated bytes, kept while its data is: the site zip is measured more than once per build, and most of it does not change between passes. */
const deflated = new WeakMap<Uint8Array, { last: boolean; body: Uint8Array }>();

function deflatePart(part: Uint8Array, last: boolean): Uint8Array {
	let packed = deflated.get(part);
	if (!packed || packed.last !== last) {
		packed = { last, body: deflateRawSync(part, { level: 6, finishFlush: last ? constants.Z_FINISH : constants.Z_FULL_FLUSH }) };
		deflated.set(part, packed);
	}
	return packed.body;
}

/**
 * Deflates a file's parts as `zipSite` will, and keeps them for it: for
 * work done while the main thread would otherwise wait.
 */
export function deflateAhead(parts: readonly Uint8Array[]): void {
	parts.forEach((part, i) => deflatePart(part, i === parts.length - 1));
}

/** Whole files' checksums, kept as their deflated bytes are. */
const checksums = new WeakMap<Uint8Array, number>();

function checksum(parts: readonly Uint8Array[]): number {
	if (parts.length > 1) return parts.reduce((value, part) => crc32(part, value), 0) >>> 0;
	let crc = checksums.get(parts[0]);
	if (crc === undefined) checksums.set(parts[0], (crc = crc32(parts[0]) >>> 0));
	return crc;
}

/**
 * The site as a zip, as `zipEntries` makes it (same order, timestamps, no
 * machine extras), for a folder of thousands of files measured several
 * times per build (to state its own size): each file, or each part of one, is
 * deflated once, by Node's zlib at its default level (level 9 takes twice as
 * long for HTML and saves under 0.5%), and kept for the next pass as long
 * as its data is unchanged; files compressed already, and entries marked
 * `stored`, are stored. Sizes follow each entry (a data descriptor), which
 * every unzip tool reads.
 */
export function zipSite(entries: SiteZipEntry[], date: string): Uint8Array {
	const chunks: Uint8Array[] = [];
	streamZip(entries, date, (chunk) => chunks.push(chunk), true);
	return Buffer.concat(chunks);
}

/**
 * The length of `zipSite(entries)`, without the zip: what a pass that only
 * tries a statement of the zip's size needs. No checksum is taken and
 * nothing is joined; parts are deflated, and kept, as `zipSite` does.
 */
export function zipSiteSize(entries: SiteZipEntry[]): number {
	let size = 0;
	// Any date: it takes the same four bytes whatever it is.
	streamZip(entries, '1980-01-01', (chunk) => (size += chunk.byteLength), false);
	return size;
}

function streamZip(entries: SiteZipEntry[], date: string, write: (chunk: Uint8Array) => void, checksums: boolean): void {
	const mtime = timestamp(date);
	checkPaths(entries);
	const zip = new Zip((error, chunk) => {
		if (error) throw error;
		write(chunk);
	});
	for (const { path, data, stored, comment } of entries) {
		const parts = data instanceof Uint8Array ? [data] : data;
		// fflate ends an entry with its last part: an entry of no parts would be left open, and the zip short.
		if (parts.length === 0) throw new Error(`zip: "${path}" is given in no parts; an empty file is one empty part`);
		const store = stored || ALREADY_COMPRESSED.test(path);
		// A checksum takes the same four bytes whatever it is.
		const crc = checksums ? checksum(parts) : 0;
		const size = parts.reduce((n, part) => n + part.byteLength, 0);
		const written = store ? parts : parts.map((part, i) => deflatePart(part, i === parts.length - 1));
		const file: ZipInputFile = { filename: path, size, crc, compression: store ? 0 : 8, mtime, os: 0, attrs: 0, ...(comment ? { comment } : {}) };
		zip.add(file);
		// Part by part, not joined first: joining copied every page once a pass. The data come from files read or
		// encoded here, never from a SharedArrayBuffer.
		written.forEach((body, i) => file.ondata!(null, body as Uint8Array<ArrayBuffer>, i === written.length - 1));
	}
	zip.end();
}

/** Entries sorted by path, the fixed order of the site's zip. */
export function sortedByPath<T extends { path: string }>(entries: T[]): T[] {
	return [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

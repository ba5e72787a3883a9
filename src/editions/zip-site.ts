import { zipSync, type Zippable } from 'fflate';

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
 * A zip of `entries` that is the same bytes on every build: entries in the
 * order given (callers sort them, or put an EPUB's mimetype first), every
 * timestamp set to `date` (YYYY-MM-DD, a date from the content, never the
 * clock), and no per-file extras that would record the machine.
 */
export function zipEntries(entries: ZipEntry[], date: string): Uint8Array {
	const [year, month, day] = date.split('-').map(Number);
	if (!year || !month || !day) throw new Error(`zipEntries: "${date}" is not a YYYY-MM-DD date`);
	// Zip stores local time without a zone, and fflate reads the Date's local
	// fields: a Date made from local fields gives the same bytes in every time zone.
	const mtime = new Date(year, month - 1, day);
	const seen = new Set<string>();
	const files: Zippable = {};
	for (const { path, data, stored, comment } of entries) {
		if (seen.has(path)) throw new Error(`zipEntries: "${path}" is in the archive twice`);
		// An integer-like key would jump to the front of the object, and of the archive.
		if (/^\d+$/.test(path)) throw new Error(`zipEntries: "${path}" would lose its place in the archive`);
		seen.add(path);
		files[path] = [data, { level: stored ? 0 : 9, mtime, os: 0, attrs: 0, ...(comment ? { comment } : {}) }];
	}
	// Object keys keep insertion order for non-numeric strings, and zipSync writes them in that order.
	return zipSync(files);
}

/** Entries sorted by path, the fixed order of the site's zip. */
export function sortedByPath(entries: ZipEntry[]): ZipEntry[] {
	return [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * The download links state each file's size ("EPUB …, 180 KB"). The pages
 * hold a placeholder, `<span data-edition-size="briefing.epub">…</span>`,
 * which the editions step fills in once the file exists.
 */
export const SIZE_ATTRIBUTE = 'data-edition-size';

/** Sizes as the site states them: whole kilobytes of 1,024 bytes, as the README and the bench count; a no-break space keeps "83 KB" on one line. */
export function formatKb(bytes: number): string {
	return `${Math.max(1, Math.round(bytes / 1024))}\u00a0KB`;
}

/** A statement: its opening tag, the file it is of, what it states, its closing tag. */
const PLACEHOLDER = new RegExp(`(<span ${SIZE_ATTRIBUTE}="([^"]+)">)([^<]*)(</span>)`, 'g');

/**
 * A page cut where it states sizes: `text` around and between the
 * statements, and the file each statement is of, so that the page reads
 * `text[0]`, the size of `files[0]`, `text[1]`, and so on. A page made
 * again with other sizes changes only between its texts.
 */
export interface SizeSlots {
	text: string[];
	files: string[];
}

/** The page cut at its size placeholders. */
export function sizeSlots(html: string): SizeSlots {
	const slots: SizeSlots = { text: [], files: [] };
	let from = 0;
	for (const match of html.matchAll(PLACEHOLDER)) {
		slots.text.push(html.slice(from, match.index) + match[1]);
		slots.files.push(match[2]);
		from = match.index + match[0].length - match[4].length;
	}
	slots.text.push(html.slice(from));
	return slots;
}

/** Each statement of a page cut by `sizeSlots`, as `formatKb` writes it; a placeholder naming an unknown file is an error. */
export function statements(slots: SizeSlots, sizes: Record<string, number>, page = 'page'): string[] {
	return slots.files.map((file) => {
		if (!(file in sizes)) throw new Error(`${page}: ${SIZE_ATTRIBUTE}="${file}" names a file the editions step does not write`);
		return formatKb(sizes[file]);
	});
}

/** A page's texts and its statements (strings, or their bytes) in reading order: the page with its sizes stated. */
export function fillSlots<T>(text: readonly T[], stated: readonly T[]): T[] {
	return text.flatMap((part, i) => (i < stated.length ? [part, stated[i]] : [part]));
}

/** The sizes a page states, by file name, as `statements` writes them. */
export function statedSizes(html: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const match of html.matchAll(PLACEHOLDER)) out[match[2]] = match[3];
	return out;
}

/** The smallest size that `formatKb` states as the same kilobytes as `bytes`. */
const floorOf = (bytes: number) => Math.max(1, Math.ceil((Math.round(bytes / 1024) - 0.5) * 1024));

/** A statement of a file's own size that holds: what to state, how much longer to make the file, and what was made so. */
export interface SettledSize<T> {
	made: T;
	stated: number;
	padding: number;
	/** The file's length, stating `stated` and padded by `padding`. */
	length: number;
	passes: number;
}

/**
 * The size to state for a file that states its own size (the zip holds the
 * pages that say how big the zip is). `make(stated, padding)` makes what the
 * file is made from, stating `stated` bytes, `padding` bytes longer than it
 * need be, and `lengthOf` says how long the file would be (the zip's
 * entries, and their length, without the zip); this makes it again until the
 * stated kilobytes are the file's. Should the statement flip between two
 * values (a changed digit moves the file across a rounding boundary and
 * back), it states the larger and pads the file up to it. Returns what was
 * made last, whose statement holds.
 */
export function settleSize<T>(make: (stated: number, padding: number) => T, lengthOf: (made: T) => number, maxPasses = 8): SettledSize<T> {
	const tried = new Set<string>();
	let stated = 0;
	for (let pass = 1; pass <= maxPasses; pass++) {
		let padding = 0;
		let made = make(stated, padding);
		let length = lengthOf(made);
		const settled = () => formatKb(length) === formatKb(stated);
		if (settled()) return { made, stated, padding, length, passes: pass };
		if (tried.has(formatKb(length))) {
			stated = Math.max(stated, length);
			made = make(stated, padding);
			length = lengthOf(made);
			if (length < floorOf(stated)) {
				padding = floorOf(stated) - length;
				made = make(stated, padding);
				length = lengthOf(made);
			}
			if (settled()) return { made, stated, padding, length, passes: pass };
		}
		tried.add(formatKb(stated));
		stated = length;
	}
	throw new Error(`The stated size did not settle in ${maxPasses} passes (last ${stated} bytes)`);
}

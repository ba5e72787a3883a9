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

const PLACEHOLDER = new RegExp(`(<span ${SIZE_ATTRIBUTE}="([^"]+)">)[^<]*(</span>)`, 'g');

/** The page with every size placeholder stating its file's size; a placeholder naming an unknown file is an error. */
export function stateSizes(html: string, sizes: Record<string, number>, page = 'page'): string {
	return html.replace(PLACEHOLDER, (_, open: string, file: string, close: string) => {
		if (!(file in sizes)) throw new Error(`${page}: ${SIZE_ATTRIBUTE}="${file}" names a file the editions step does not write`);
		return `${open}${formatKb(sizes[file])}${close}`;
	});
}

/** The sizes a page states, by file name, as written by `stateSizes`. */
export function statedSizes(html: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const match of html.matchAll(new RegExp(`<span ${SIZE_ATTRIBUTE}="([^"]+)">([^<]*)</span>`, 'g'))) out[match[1]] = match[2];
	return out;
}

/** The smallest size that `formatKb` states as the same kilobytes as `bytes`. */
const floorOf = (bytes: number) => Math.max(1, Math.ceil((Math.round(bytes / 1024) - 0.5) * 1024));

/**
 * The size to state for a file that states its own size (the zip holds the
 * pages that say how big the zip is). `make(stated, padding)` makes the file
 * stating `stated` bytes, `padding` bytes longer than it need be; this makes
 * it again until the stated kilobytes are the file's. Should the statement
 * flip between two values (a changed digit moves the file across a rounding
 * boundary and back), it states the larger and pads the file up to it.
 */
export function settleSize(make: (stated: number, padding: number) => Uint8Array, maxPasses = 8): { data: Uint8Array; passes: number } {
	const tried = new Set<string>();
	let stated = 0;
	for (let pass = 1; pass <= maxPasses; pass++) {
		let data = make(stated, 0);
		if (formatKb(data.byteLength) === formatKb(stated)) return { data, passes: pass };
		if (tried.has(formatKb(data.byteLength))) {
			stated = Math.max(stated, data.byteLength);
			data = make(stated, 0);
			if (data.byteLength < floorOf(stated)) data = make(stated, floorOf(stated) - data.byteLength);
			if (formatKb(data.byteLength) === formatKb(stated)) return { data, passes: pass };
		}
		tried.add(formatKb(stated));
		stated = data.byteLength;
	}
	throw new Error(`The stated size did not settle in ${maxPasses} passes (last ${stated} bytes)`);
}

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

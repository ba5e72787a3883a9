import { DISK_ENGINE, DISK_GLOBAL } from '../../search/disk-engine.ts';

/** The parts of Pagefind's browser API (its `pagefind.js`) this site uses. */
export interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	/** With no query (`null`), every record the filters allow. */
	search(query: string | null, options?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult[] } | null>;
	/** Loads the index chunks a term will need, without searching. */
	preload(term: string): Promise<void>;
	/** The filters and their counts; loads the filter index. */
	filters(): Promise<Record<string, Record<string, number>>>;
}

export interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindData>;
}

export interface PagefindData {
	url: string;
	excerpt: string;
	/** The record's whole text, as indexed. */
	content?: string;
	/** Where the match is in it, by word. */
	locations?: number[];
	/** Its text as excerpts are made from it, and the matches' places and weights in it. */
	raw_content?: string;
	weighted_locations?: { location: number; balanced_score: number }[];
	/** The elements with an id, where each part of the record begins. */
	anchors?: { element: string; id: string; text?: string; title?: string; location: number }[];
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	/** Each heading the match is under; `weighted_locations` weigh its matches, for choosing the heading a result opens at. */
	sub_results: { title: string; url: string; excerpt: string; anchor?: { location: number }; locations?: number[]; weighted_locations?: { location: number; balanced_score: number }[] }[];
}

/** Each record's read under way, by its id (see readApart). */
const reading = new Map<string, Promise<unknown>>();

/**
 * A result whose data is read after any other read of the same record has
 * ended, and is a copy of its own. On the main thread Pagefind keeps one
 * object a record and writes each search's excerpt, marks and parts into
 * it: two searches reading one record at once each got whichever wrote
 * last (“Andriy Sybiga”, searched beside “Andrii Sybiha”, had kept two of
 * seven results). Reads of one record still overlap: a kind's records,
 * read whatever their words (client/search/kind-records.ts), beside a search's
 * own; the search page's box and its header's; an answer's searches.
 */
export function readApart(result: PagefindResult): PagefindResult {
	const data = () => {
		const read = (reading.get(result.id) ?? Promise.resolve()).then(() => result.data()).then((found) => ({ ...found }));
		const settled = read.catch(() => {});
		reading.set(result.id, settled);
		void settled.then(() => reading.get(result.id) === settled && reading.delete(result.id));
		return read;
	};
	return { ...result, data };
}

/** Words in an excerpt. */
export const EXCERPT_LENGTH = 24;
/** What Pagefind puts where an excerpt is cut from longer text, at either end. */
export const ELLIPSIS = '…';

/**
 * How Pagefind weighs a match. Pagefind's default penalises long pages
 * (pageLength 0.75, BM25's b), which lets every short glossary, people and
 * timeline record outrank the section that discusses a subject at length;
 * 0.1 keeps a little of it. Chosen on the relevance set in
 * tests/browser/search-relevance.cases.ts.
 */
const RANKING = { pageLength: 0.1 };

/** A script from the site, as a page opened from disk may load one. */
export function loadClassicScript(url: URL): Promise<void> {
	return new Promise((resolve, reject) => {
		const script = Object.assign(document.createElement('script'), { src: url.href });
		script.onload = () => resolve();
		script.onerror = () => reject(new Error(`could not load ${url.href}`));
		document.head.append(script);
	});
}

/** The Pagefind files every hosted search reads, named at build (src/postbuild/search/search-index.ts). */
declare const __PAGEFIND_PRELOAD__: string[];

/**
 * Asks for `url` as Pagefind's own `fetch` later will, so that the browser
 * hands that fetch this response: a preload is matched by its address, mode
 * and credentials, whatever the host's caching says.
 */
function preloadFile(url: URL): void {
	document.head.append(Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: url.href }));
}

/**
 * Pagefind's own engine, wherever the site is. Over http(s) it is Pagefind's
 * `pagefind.js` module, which fetches its files. Opened from disk, where a
 * page may neither import modules nor fetch, it is the same engine built as
 * a classic script (`pagefind.disk.js`) that receives each file from a
 * classic-script twin, added when the engine asks for it. Either way the
 * engine, its index and so its results are the same.
 *
 * `root` is the site's base URL: result URLs come back root-relative
 * (`/background.html#x`) and are resolved against it.
 */
export async function loadPagefind(root: URL): Promise<Pagefind> {
	const bundle = new URL('pagefind/', root);
	// Hosted, the files the engine would ask for only after its entry (its language's metadata and WebAssembly), and
	// the filters only once it has read those, are asked for now, beside the engine itself: each wait is a round trip
	// on a phone's connection.
	// From disk the engine's own loader does the same (src/client/pagefind-disk-fetch.ts).
	if (root.protocol !== 'file:') for (const name of __PAGEFIND_PRELOAD__) preloadFile(new URL(name, bundle));
	const engine: Promise<Pagefind> =
		root.protocol === 'file:'
			? loadClassicScript(new URL(DISK_ENGINE, bundle)).then(() => (window as unknown as Record<typeof DISK_GLOBAL, Pagefind>)[DISK_GLOBAL])
			: import(/* @vite-ignore */ new URL('pagefind.js', bundle).href);
	// Pagefind splits every query with an Intl.Segmenter, and the first one made in a page loads ICU's data: 30–80 ms
	// of the main thread on this machine, on the first search's path. Made now, while the engine's script loads.
	void new Intl.Segmenter('en', { granularity: 'grapheme' });
	const pagefind = await engine;
	// No worker: from disk a page may not start one, and keeping both transports on the main thread keeps them alike.
	await pagefind.options({ basePath: bundle.href, baseUrl: '/', noWorker: true, excerptLength: EXCERPT_LENGTH, excerptEllipsis: ELLIPSIS, ranking: RANKING });
	await pagefind.init();
	// Every search is filtered (the register apart from the text): load the filter index while the reader types.
	pagefind.filters().catch(() => {});
	return pagefind;
}

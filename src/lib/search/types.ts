/**
 * One indexed page, as the offline index stores it: what Pagefind reads from
 * it (records.ts). Its index keys are derived on load (offline-engine.ts).
 */
export interface PageRecord {
	/** Path from the site root, e.g. `background.html`. */
	url: string;
	/** Pagefind's metadata (title, summary…), all of it searchable. */
	meta: Record<string, string>;
	/** The `section` filter value: the section's short title, or the page's kind. */
	section: string;
	/** The page's words, one space apart: the nth word is at position n. */
	content: string;
	/** Where the words' weight changes from WEIGHT_UNIT (headings weigh more): position, weight, position, weight… */
	weights: number[];
	/** Headings with ids, for sub-results: [position of their first word, id, title]. */
	anchors: [number, string, string][];
}

/** Pagefind weighs words in 24ths, in a byte: 24 is a word of normal weight, 168 one in an h1, 240 the most. */
export const WEIGHT_UNIT = 24;

/** What the search UI shows, whichever engine produced it. */
export interface SearchResult {
	/** Relative to the site root, with the anchor of the best sub-result when there is one. */
	url: string;
	title: string;
	section: string;
	/** HTML: escaped text with the matched words in <mark>. */
	excerpt: string;
	subResults: SubResult[];
}

export interface SubResult {
	url: string;
	title: string;
	excerpt: string;
}

export interface SearchEngine {
	readonly name: 'pagefind' | 'offline';
	search(query: string): Promise<SearchResult[]>;
}

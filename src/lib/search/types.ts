/** One indexed page, as the offline index stores it. */
export interface PageRecord {
	/** Path from the site root, e.g. `background.html`. */
	url: string;
	title: string;
	/** The `section` filter value: the section's short title, or the page's kind. */
	section: string;
	summary: string;
	/** The page's text split at headings with ids; the first chunk has no anchor. */
	chunks: Chunk[];
}

export interface Chunk {
	anchor: string;
	title: string;
	text: string;
}

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

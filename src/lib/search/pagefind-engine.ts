import type { SearchEngine, SearchResult } from './types.ts';
import { EXCERPT_LENGTH, MAX_RESULTS, toSearchResult } from './results.ts';

/** The parts of Pagefind's browser API (pagefind.js) this site uses. */
interface PagefindApi {
	options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
	init(): Promise<void>;
	search(query: string): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}

interface PagefindData {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	sub_results: { title: string; url: string; excerpt: string }[];
}

/**
 * Pagefind, for the hosted site. It loads as an ES module, fetches its index
 * in chunks and runs WebAssembly, none of which file:// allows.
 */
export class PagefindEngine implements SearchEngine {
	readonly name = 'pagefind';
	readonly #root: URL;
	#api: Promise<PagefindApi> | undefined;

	/** `root`: the site's base URL, wherever it is hosted. */
	constructor(root: URL) {
		this.#root = root;
	}

	load(): Promise<PagefindApi> {
		this.#api ??= (async () => {
			const api: PagefindApi = await import(/* @vite-ignore */ new URL('pagefind/pagefind.js', this.#root).href);
			// Result URLs start from the site's path, so a copy under /briefing/ links within itself.
			await api.options({ baseUrl: this.#root.pathname, excerptLength: EXCERPT_LENGTH });
			await api.init();
			return api;
		})();
		return this.#api;
	}

	async search(query: string): Promise<SearchResult[]> {
		const api = await this.load();
		const found = await api.search(query);
		if (!found) return [];
		const pages = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
		return pages.map((page) => toSearchResult({ ...page, section: page.filters.section?.[0] ?? '' }, (url) => new URL(url, this.#root.origin).href));
	}
}

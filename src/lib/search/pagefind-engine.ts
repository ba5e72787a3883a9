import type { SearchEngine, SearchResult } from './types.ts';
import { highlightUrl } from './highlight-url.ts';

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

export const MAX_RESULTS = 8;
export const MAX_SUB_RESULTS = 3;

/**
 * Pagefind, for the hosted site. It loads as an ES module, fetches its index
 * in chunks and runs WebAssembly, none of which file:// allows.
 */
export class PagefindEngine implements SearchEngine {
	readonly name = 'pagefind';
	#api: Promise<PagefindApi> | undefined;

	/** `root`: the site's base URL, wherever it is hosted. */
	constructor(private readonly root: URL) {}

	load(): Promise<PagefindApi> {
		this.#api ??= (async () => {
			const api: PagefindApi = await import(/* @vite-ignore */ new URL('pagefind/pagefind.js', this.root).href);
			// Result URLs start from the site's path, so a copy under /briefing/ links within itself.
			await api.options({ baseUrl: this.root.pathname, excerptLength: 24 });
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
		return pages.map((page) => {
			const subs = page.sub_results
				.filter((s) => s.url !== page.url && s.url.includes('#'))
				.slice(0, MAX_SUB_RESULTS)
				.map((s) => ({ url: this.#absolute(highlightUrl(s.url, s.excerpt)), title: s.title, excerpt: s.excerpt }));
			return {
				url: subs[0]?.url ?? this.#absolute(highlightUrl(page.url, page.excerpt)),
				title: page.meta.title ?? page.url,
				section: page.filters.section?.[0] ?? '',
				excerpt: page.excerpt,
				subResults: subs,
			};
		});
	}

	#absolute(url: string): string {
		return new URL(url, this.root.origin).href;
	}
}

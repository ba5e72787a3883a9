import { loadPagefind, readApart, type Pagefind } from './engine.ts';

/**
 * This page's engine and where the site is, known once the search script
 * runs: apart from engine.ts, which the unit tests import without a page.
 */

// The script is assets/search.js: the site's root is one level up, wherever the site is.
export const ROOT = new URL('../', (document.currentScript as HTMLScriptElement).src);

let engine: Promise<Pagefind> | undefined;
/** The engine, loaded once a page: at the first search, or as the reader first comes to a search box. */
export const getEngine = () => (engine ??= loadPagefind(ROOT));
/** A result's URL, which Pagefind gives from the site's root (`/background.html#x`), where the site is. */
export const resolve = (url: string) => new URL(url.replace(/^\//, ''), ROOT).href;

/** Pagefind's answers to the last few searches, by query and filters. */
const recent = new Map<string, ReturnType<Pagefind['search']>>();
/**
 * What Pagefind finds for `query`, searched once however often it is asked
 * for: a phrase is ordered by its words' search, which its words' own
 * results then need again (some 25 ms of the main thread a search). The
 * index never changes under a page.
 */
export function searchOnce(pagefind: Pagefind, query: string | null, filters: Record<string, unknown>): ReturnType<Pagefind['search']> {
	const key = JSON.stringify([query, filters]);
	// Each result's data read apart from other searches' (see readApart).
	const found = recent.get(key) ?? pagefind.search(query, { filters }).then((r) => r && { ...r, results: r.results.map(readApart) });
	// A search that failed is tried afresh next time.
	if (!recent.has(key)) found.catch(() => recent.get(key) === found && recent.delete(key));
	recent.delete(key);
	recent.set(key, found);
	if (recent.size > 12) recent.delete(recent.keys().next().value!);
	return found;
}

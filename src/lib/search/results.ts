import type { SearchResult } from './types.ts';
import { highlightUrl } from './highlight-url.ts';

export const MAX_RESULTS = 8;
export const MAX_SUB_RESULTS = 3;
/** Words in an excerpt, for both engines. */
export const EXCERPT_LENGTH = 24;

/** A page as Pagefind's `result.data()` gives it, which the offline engine builds the same way. */
export interface PageData {
	url: string;
	/** HTML: the text with `<` and `>` escaped, matches in <mark>. */
	excerpt: string;
	meta: Record<string, string>;
	section: string;
	sub_results: { title: string; url: string; excerpt: string }[];
}

/**
 * What the UI shows for a page: its best heading first. The sub-result
 * before the first heading is the page itself, which the page's own link
 * covers. `absolute` turns the engine's URLs into full ones.
 */
export function toSearchResult(page: PageData, absolute: (url: string) => string): SearchResult {
	const subs = page.sub_results
		.filter((s) => s.url !== page.url && s.url.includes('#'))
		.slice(0, MAX_SUB_RESULTS)
		.map((s) => ({ url: absolute(highlightUrl(s.url, s.excerpt)), title: s.title, excerpt: s.excerpt }));
	return {
		url: subs[0]?.url ?? absolute(highlightUrl(page.url, page.excerpt)),
		title: page.meta.title ?? page.url,
		section: page.section,
		excerpt: page.excerpt,
		subResults: subs,
	};
}

/** A matched word: where it is, and how much it counts when choosing what to quote. */
export interface WordLocation {
	position: number;
	balancedScore: number;
}

/**
 * Where an excerpt of `length` words should start to hold the most weight of
 * matches (Pagefind's calculate_excerpt_region, pagefind_web_js).
 */
export function excerptStart(locations: readonly WordLocation[], length: number): number {
	if (locations.length === 0) return 0;
	const words: number[] = [];
	for (const { position, balancedScore } of locations) words[position] = (words[position] ?? 0) + balancedScore;
	if (words.length <= length) return 0;
	let densest = 0;
	for (let i = 0; i < length; i++) densest += words[i] ?? 0;
	let sum = densest;
	let densestAt = [0];
	for (let i = 0; i < words.length; i++) {
		sum += (words[i + length] ?? 0) - (words[i] ?? 0);
		if (sum > densest) {
			densest = sum;
			densestAt = [i];
		} else if (sum === densest && densestAt[densestAt.length - 1] === i - 1) {
			densestAt.push(i);
		}
	}
	return densestAt[Math.floor(densestAt.length / 2)];
}

/** Words `start` to `start + length` of the text, the matches in <mark>, kept within [notBefore, notFrom) (Pagefind's build_excerpt). */
export function buildExcerpt(words: readonly string[], start: number, length: number, marked: readonly number[], notBefore = 0, notFrom = words.length): string {
	const size = Math.min(length, notFrom - notBefore);
	let from = start + size > notFrom ? notFrom - size : start;
	if (from < notBefore) from = notBefore;
	const marks = new Set(marked);
	return words
		.slice(from, from + size)
		.map((w, i) => (marks.has(from + i) ? `<mark>${w}</mark>` : w))
		.join(' ')
		.trim();
}

/** A heading a page can be opened at: [position of its first word, id, title]. */
export type Anchor = readonly [number, string, string];

/**
 * The page split at its headings, one sub-result per heading whose part
 * holds a match, in page order (Pagefind's calculate_sub_results). The part
 * before the first heading is the page itself.
 */
export function subResults(
	url: string,
	title: string,
	words: readonly string[],
	anchors: readonly Anchor[],
	locations: readonly WordLocation[],
	length: number,
): PageData['sub_results'] {
	const results: PageData['sub_results'] = [];
	const queue = [...anchors];
	let current = { title, url, start: 0, locations: [] as WordLocation[] };
	const add = (end: number | undefined) => {
		if (current.locations.length === 0) return;
		const relative = current.locations.map((l) => ({ ...l, position: l.position - current.start }));
		const start = excerptStart(relative, length) + current.start;
		const size = end ? Math.min(end - start, length) : length;
		const marked = current.locations.map((l) => l.position);
		results.push({ title: current.title, url: current.url, excerpt: buildExcerpt(words, start, size, marked, current.start, end) });
	};
	for (const location of locations) {
		if (queue.length === 0 || location.position < queue[0][0]) {
			current.locations.push(location);
			continue;
		}
		let next = queue.shift()!;
		add(next[0]);
		while (queue.length > 0 && location.position >= queue[0][0]) next = queue.shift()!;
		current = { title: next[2], url: `${url}#${next[1]}`, start: next[0], locations: [location] };
	}
	add(queue[0]?.[0]);
	return results;
}

import { headingNames, type ResultView } from './results.ts';
import type { FewerWords } from './fewer-words.ts';
import type { InNotes } from './note-words.ts';

/*
 * Answers' lists put together (client/search/answer.ts): one search's after another's, each result once, in an order;
 * and what an answer is, and how long its lists may be.
 */

/** How many results and sources are shown: a screen's worth under the header, many more on the search page. */
export interface Limits {
	results: number;
	sources: number;
}
export const HEADER_LIMITS: Limits = { results: 8, sources: 3 };
export const PAGE_LIMITS: Limits = { results: 40, sources: 15 };

/** What a search answers (answer.ts), as the status line and the lists draw it. */
export interface Answer {
	/** What was searched: the query in the briefing's spellings, a question cut to its words of substance. */
	query: string;
	/**
	 * Why that differs from what was typed, if it does; `both` where the text writes the reader's spelling too, beside
	 * its own (“UK” and “United Kingdom”, “Ukrainian” and “Ukraine”), and both were searched.
	 */
	rewritten?: 'question' | 'spelling' | 'word' | 'unnamed' | 'both';
	/** The people typed whom the briefing does not name, searched as their allies (rewritten: 'unnamed'). */
	unnamed?: string[];
	results: ResultView[];
	/** Matches in the source register, kept apart so they never crowd out the briefing's own text. */
	sources: ResultView[];
	/** A list is full and Pagefind found more beyond it; `cut` says which, where known. */
	more: boolean;
	cut?: { results: boolean; sources: boolean };
	/** The text's list may lack results that a search looking further would list, however short it is. */
	partial?: boolean;
	/** When no result has every word: the words searched for instead, and those left out (client/search/fewer-words.ts). */
	fewer?: FewerWords;
	/** What was typed, when nothing had every word of it, or a word was a slip Pagefind found all the same, and these results are for the words the briefing uses instead. */
	insteadOf?: string;
	/** Words typed that the briefing writes only in notes, which search leaves out, and the notes. */
	inNotes?: InNotes[];
	/** Where, when a reference page's entries alone were searched, as the status says it (“in the timeline”; client/search/page-scope.ts). */
	searchedIn?: string;
	/** The reader's own spelling, searched beside the briefing's, found some of the text's records showing it. */
	typedInText?: boolean;
}

export type Found = Pick<Answer, 'results' | 'sources' | 'more' | 'cut' | 'partial' | 'typedInText'>;
export const size = (found: Found) => found.results.length + found.sources.length;
export const isEmpty = (found: Found) => size(found) === 0;
export const texts = (found: Found) => [...found.results, ...found.sources].map((r) => r.text);

export const resultKey = (r: ResultView) => `${r.url.split('#')[0]} ${r.title}`;
const sourceKey = (s: ResultView) => s.url.split(':~:')[0];

/**
 * An exact phrase's results in the order the same words searched one by one
 * rank them: Pagefind ranks a phrase by its own occurrences alone, so a short
 * page that names it once (the about page's list of sections) came before
 * the section that is about it. Ranked by Pagefind's ids before any
 * fragment is loaded, among the first `window` of each, so that a few
 * looked at are the first of many looked at: ranked once loaded, the
 * header's 8 of the phrase were not the search page's first 8 of its 40
 * (“United States” lacked the who's who's entries listed second). Those
 * the words' search did not list keep their order, after. Not for a date,
 * whose own record is such a short page, and its answer.
 */
export function inOrderOf<T extends { id: string }>(phrase: T[], words: T[], window: number): T[] {
	const at = new Map(words.slice(0, window).map((r, i) => [r.id, i]));
	const ranked = phrase.slice(0, window).map((r, i) => ({ r, rank: at.get(r.id) ?? window + i }));
	return [...ranked.sort((a, b) => a.rank - b.rank).map(({ r }) => r), ...phrase.slice(window)];
}

/**
 * An exact phrase's results, each given the part the same words searched
 * one by one open it at where that is better: where the phrase's opens at
 * no part of its page (Pagefind may give a phrase's match no heading, and
 * “West German precedent” opened the top of the section rather than its part
 * of that name), or the words' at a part whose heading names every word
 * searched for (“North Korean troops” had opened the section's key points).
 */
export function anchored(exact: Found, words: Found, query: string): Found {
	const byKey = new Map(words.results.map((v) => [resultKey(v), v]));
	const atNoPart = (v: ResultView) => !/#(?!:~:)/.test(v.url);
	const names = (heading = '') => headingNames(heading, query);
	const better = (v: ResultView) => {
		const other = byKey.get(resultKey(v));
		return other && (atNoPart(v) || (names(other.heading) && !names(v.heading))) ? other : v;
	};
	return { ...exact, results: exact.results.map(better) };
}

/**
 * A quoted phrase's results on the pages the whole query found, which Pagefind matched to the phrase and the
 * other words both: the phrase alone finds pages without them (“"victory plan" Hungary”).
 */
export function onPagesOf(phrase: Found, whole: Found): Found {
	const pages = new Set(whole.results.map((r) => r.url.split('#')[0]));
	return { ...phrase, results: phrase.results.filter((r) => pages.has(r.url.split('#')[0])) };
}

/** Each result once, the first time it comes: a result by its page and title, a source by its entry's address. */
const once = (views: ResultView[], key: (v: ResultView) => string) => {
	const seen = new Set<string>();
	return views.filter((v) => !seen.has(key(v)) && seen.add(key(v)));
};

/** Whether an answer's list of `kind` was cut: where it says which, that, else whether either was (“is Ukraine in NATO” had
 * said “The first 40 results” where only the register was cut, a reader's trial). */
const cutIn = (found: Found, kind: 'results' | 'sources') => found.cut?.[kind] ?? found.more;

/**
 * Two answers as one: the second's results and sources after the first's,
 * less those already listed (the second may be several searches' answers,
 * which find the same entries). “The first N” (`more`) only when a
 * list is full and more lie beyond it; or when either is `partial`, cut
 * before it was sifted (some of those looked at dropped, and more beyond
 * them), which a short list does not make complete.
 */
export function joined(a: Found, b: Found, limits: Limits, beyond = { results: cutIn(a, 'results') || cutIn(b, 'results'), sources: cutIn(a, 'sources') || cutIn(b, 'sources') }): Found {
	const results = once([...a.results, ...b.results], resultKey);
	const sources = once([...a.sources, ...b.sources], sourceKey);
	const partial = a.partial || b.partial;
	const cut = { results: (results.length >= limits.results && (beyond.results || results.length > limits.results)) || !!partial, sources: sources.length >= limits.sources && (beyond.sources || sources.length > limits.sources) };
	return { results: results.slice(0, limits.results), sources: sources.slice(0, limits.sources), more: cut.results || cut.sources, cut, ...(partial ? { partial } : {}) };
}

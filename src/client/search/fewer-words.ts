/**
 * A query whose words no result has all together. Pagefind finds only what
 * has every word, so one word the briefing never uses (“invitation vs
 * membership”) turned a good query into “No results”. As
 * a search engine would, the search then answers for as many of the words
 * as are found together, and says which it left out.
 *
 * Each word is searched alone first. Words found nowhere go; then, while
 * the rest are still never found together, one more goes: the first whose
 * going lets the rest be found together, trying a word that is no name
 * before a name, of those the word found least often, and of equals the
 * later. A name is what a reader asks about: “who replaced Kuleba” had kept
 * “replaced”. A name is typed with a capital; but the first word's capital
 * may be a phone's (“Replaced Kuleba”), so it is told by how the briefing
 * writes the word.
 */

import { isQuoted, isSmallWord } from './questions.ts';
import { capitalised } from './unindexed-words.ts';
import { fold } from '../../text/words.ts';

/** Longer queries are not taken apart: a pasted paragraph would take a search per word. Small words do not count. */
export const MAX_WORDS = 10;

export interface FewerWords {
	/** The words the results are for. */
	searched: string;
	/** The words left out, as typed. */
	without: string[];
}

/** Words of one or two letters, and no number: the start of many words, no answer on their own to a query that had more. */
export const onlyLetters = (words: string) => words.trim().split(/\s+/).every((w) => w.length < 3 && !/^\p{N}+$/u.test(w));

/** `kept`, less its words of letters alone where a word of more stays, when fewer than `of` words are kept. */
const withoutLetters = (kept: string[], of: number) => (kept.length < of && kept.some((w) => !onlyLetters(w)) ? kept.filter((w) => !onlyLetters(w)) : kept);

/** Whether a word of the query is a name; `first`, the query's first word, typed where a phone puts a capital. */
export type NameTest = (word: string, first: boolean) => boolean;

/**
 * A word typed with a capital is a name, but for the first, whose capital
 * may be a phone's: that is a name if the briefing most often writes it
 * with one too (`words`, the search vocabulary: “Kuleba”, not “replaced”),
 * or does not have it (“EU”, under the vocabulary's four letters). Only the
 * first: the vocabulary also writes words that head table cells and labels
 * with a capital (“Against”, “Copy”), which are no names in a query.
 */
export function namesAsWritten(words: readonly string[]): NameTest {
	const written = new Map(words.map((w) => [fold(w), w]));
	return (word, first) => capitalised(word) && (!first || capitalised(written.get(fold(word)) ?? word));
}

/**
 * Words of `query` as a search for them: a word with more typed after it was typed whole, and is searched so, a
 * space after it; only the query's last may be typed halfway. Searched as the last, a start of a word answers it
 * (client/search/unindexed-words.ts): “Pat” of “Pat Rider” had found every “path”.
 */
function typedAs(query: string): (words: string[]) => string {
	const halfway = /\S$/.test(query) ? query.trim().split(/\s+/).at(-1) : undefined;
	return (words) => words.join(' ') + (words.at(-1) === halfway ? '' : ' ');
}

export async function withFewerWords<Found>(
	query: string,
	search: (query: string) => Promise<Found>,
	count: (found: Found) => number,
	isName: NameTest = capitalised,
): Promise<(FewerWords & { found: Found }) | undefined> {
	// A phrase in quotation marks is the reader's to match whole.
	if (isQuoted(query)) return undefined;
	// Small words are left out from the start: on their own they find everything (“I read that Hungary would block it”).
	const words = query.trim().split(/\s+/).filter((w, i, all) => !isSmallWord(w) && all.findIndex((o) => o.toLowerCase() === w.toLowerCase()) === i);
	if (words.length < 2 || words.length > MAX_WORDS) return undefined;
	const asTyped = typedAs(query);
	// One after another, not side by side: each is a few milliseconds of the main thread, and a few words' searches
	// side by side had marked a record read by two of them for the other's words (records are now read apart:
	// engine.ts, readApart).
	const alone = new Map<string, Found>();
	for (const word of words) alone.set(word, await search(asTyped([word])));
	// Letters beside a word found nowhere are left out with it, where a word of more stays: “Un” of “Kim Jong Un troops”.
	let kept = withoutLetters(words.filter((w) => count(alone.get(w)!) > 0), words.length);
	if (onlyLetters(kept.join(' '))) return undefined;
	const fewer = (found: Found) => ({ found, searched: kept.join(' '), without: words.filter((w) => !kept.includes(w)) });
	// A name is the last to go.
	const firstTyped = query.trim().split(/\s+/)[0];
	const name = (w: string) => Number(isName(w, w === firstTyped));
	// Of a date, the year goes first: the day and month find what happened on it, another year's (“9 May 1955” had
	// kept “May 1955” and lost the day, which the briefing gives as “three days later, on 9 May”).
	const dated = /(?<!\d)\d{1,2} \p{L}+ \d{4}(?!\d)/u.test(query);
	const year = (w: string) => Number(!(dated && /^\d{4}$/.test(w)));
	const order = (a: string, b: string) => year(a) - year(b) || name(a) - name(b) || count(alone.get(a)!) - count(alone.get(b)!) || words.indexOf(b) - words.indexOf(a);
	if (kept.length > 1 && kept.length < words.length) {
		const found = await search(asTyped(kept));
		if (count(found) > 0) return fewer(found);
	}
	while (kept.length > 1) {
		const goes = [...kept].sort(order);
		// Three tries a round at most: a search each, and a pasted sentence of ten words would take forty-five.
		for (const word of goes.slice(0, 3)) {
			const rest = kept.filter((w) => w !== word);
			const found = rest.length === 1 ? alone.get(rest[0])! : await search(asTyped(rest));
			if (count(found) > 0) {
				kept = rest;
				return fewer(found);
			}
		}
		kept = kept.filter((w) => w !== goes[0]);
	}
	return kept.length === 1 ? fewer(alone.get(kept[0])!) : undefined;
}

/**
 * A query that found something, less its `unanswered` words (marked in no
 * excerpt) that are found nowhere on their own: Pagefind put the start of
 * such a word in its place, and its results are those of the other words.
 * Searched again without them, so that the results are the other words' own.
 */
export async function withoutAbsentWords<Found>(
	query: string,
	unanswered: string[],
	search: (query: string) => Promise<Found>,
	count: (found: Found) => number,
): Promise<(FewerWords & { found: Found }) | undefined> {
	if (unanswered.length === 0 || isQuoted(query)) return undefined;
	const absent: string[] = [];
	// Each word followed by a space, as typed whole: on its own it would be taken as typed halfway, and a start of
	// it would answer it (“North” for “Northern”).
	for (const word of unanswered) if (count(await search(`${word} `)) === 0) absent.push(word);
	const rest = query.trim().split(/\s+/).filter((w) => !absent.some((a) => w.includes(a)));
	// Less its small words where a word of substance stays: “sanctions on russia” had been answered for “on russia”.
	const substantive = rest.some((w) => !isSmallWord(w)) ? rest.filter((w) => !isSmallWord(w)) : rest;
	const kept = absent.length > 0 ? withoutLetters(substantive, Infinity) : substantive;
	if (absent.length === 0 || kept.length === 0) return undefined;
	const found = await search(typedAs(query)(kept));
	const letters = substantive.filter((w) => !kept.includes(w));
	return count(found) > 0 ? { found, searched: kept.join(' '), without: [...absent, ...letters] } : undefined;
}

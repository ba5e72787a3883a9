import type { PagefindData } from './engine.ts';
import { isSmallWord } from './questions.ts';
import { answersWord, capitalisedWords, formOf, MARK, NUMBER, withEnding, wordsOf } from './unindexed-words.ts';
import { escapeRegExp } from '../../text/literal.ts';

/**
 * Pagefind's stand-ins dropped from a result: a word missing from the index
 * is replaced by the longest prefix of it that is there, so that “Orbán”
 * found every “or” (client/search/unindexed-words.ts says which marked words
 * answer a typed one). What a stand-in alone found is dropped, and the
 * reader reads “No results”.
 */

/** A hyphen between letters, which Pagefind leaves out of a word, typed or indexed (“full-scale”: “fullscale”). */
const HYPHEN = /(?<=\p{L})-(?=\p{L})/gu;
const joinedUp = (text: string) => text.replace(HYPHEN, '');
/** A text's words, and each compound among them as one word too: a hyphenated word typed is answered by the compound alone. */
const wordsWithCompounds = (text: string) => {
	const words = wordsOf(text);
	return text.includes('-') ? [...words, ...wordsOf(joinedUp(text)).filter((w) => !words.includes(w))] : words;
};

/**
 * A result as Pagefind gave it for `query`, less the marks on stand-in
 * words and the headings that only they matched; undefined if nothing else
 * matched. A result with no marks at all is kept if it was found by its
 * title; else it too was found by a stand-in, unmarked (“Artcle” found a
 * timeline entry that has no word beginning “art”). A word typed with a
 * hyphen is one word, as Pagefind searches it: “Kyiv-held”, which the text
 * never writes, had found every “Kyiv”, and “counter-offensive” “counted”.
 */
export function withoutStandIns(data: PagefindData, query: string): PagefindData | undefined {
	const typed = wordsOf(joinedUp(query));
	// A query that ends in a space was typed whole (the search box's own value is trimmed).
	const whole = /\s$/.test(query);
	const answersTyped = (w: string, t: string, i: number, name = false) => {
		// The last word may be typed halfway: a start of it answers it (answersWord). Not a name the reader typed on past
		// by letters that are no ending: “Mark” had answered “market” in “stock market” (a search trial).
		if (i === typed.length - 1 && !whole) return answersWord(w, t) && !(name && t.length - w.length > 1 && t.startsWith(w) && !formOf(t, w));
		// A short word typed whole, with more typed after it, is that word, not the start of a longer one: “no”
		// in “allies issued no invitation” had marked “now”, “not” and “November”.
		if (t.length <= 3) return w === t;
		// A longer one is answered by a shorter start of it only as by its stem (“war” for “wars”): “Northern
		// Territories” had marked every “North” and said it had found both words.
		if (w.length < t.length && t.startsWith(w)) return withEnding(t, w);
		// Nor is it answered by a longer word it only begins (“Secretary” for “secret” in “secret annexes”, listed
		// under the annexes' section as parts that held them, a reader's trial), but by a form of it.
		if (w.length > t.length && w.startsWith(t)) return formOf(w, t);
		return answersWord(w, t);
	};
	// A word with a capital is taken for a name (“Kyivan” still finds Kyiv): in a mark, or in a title that found a
	// result with none (“1 October 2024: Mark Rutte takes over”).
	const answers = (text: string) => {
		const names = capitalisedWords(text);
		return wordsWithCompounds(text).some((w) => typed.some((t, i) => answersTyped(w, t, i, names.has(w))));
	};
	// A number typed whole that the record does not hold was found as the start of a longer one (“1,000” of “10,000”):
	// the record answers the other words alone (“1,000 troops” had listed four results, each with “troops” marked).
	const numbers = typed.filter((t, i) => NUMBER.test(t) && (whole || i < typed.length - 1));
	if (numbers.length > 0 && data.content !== undefined) {
		// An entry's title is no part of its content (postbuild/search/entries.ts).
		const held = `${data.meta.title ?? ''} ${data.content}`;
		if (numbers.some((n) => !holdsNumber(held, n))) return undefined;
	}
	const marked = [data.excerpt, ...data.sub_results.map((s) => s.excerpt)].some((e) => e.includes('<mark>'));
	if (!marked) return answers(data.meta.title ?? '') ? data : undefined;
	const kept = keepingMarks(data, answers);
	if (!kept || !typed.some((t) => !isSmallWord(t))) return kept;
	const substantive = (text: string) => wordsWithCompounds(text).some((w) => typed.some((t, i) => !isSmallWord(t) && answersTyped(w, t, i)));
	return withoutSmallWordMarks(kept, substantive);
}

/**
 * Beside words of substance, the small words of a query (“the”, “of”) are
 * left unmarked: they marked half of every excerpt. Inside a run of marks
 * they stay marked, as part of a phrase (“Partnership for Peace”). No part
 * of a page is dropped for having only small words marked: its excerpt is a
 * window Pagefind chose, and the word of substance may lie outside it (the
 * “Outcome” row of a table, for “outcome of the meeting”).
 */
function withoutSmallWordMarks(data: PagefindData, substantive: (marked: string) => boolean): PagefindData {
	// Runs of marks with nothing but spaces between them; in each, a small word stays marked between two others.
	const unmark = (excerpt: string) =>
		excerpt.replace(/<mark>[^<]*<\/mark>(?:\s*<mark>[^<]*<\/mark>)*/g, (run) => {
			const marks = [...run.matchAll(MARK)].map((m) => substantive(m[1]));
			let i = -1;
			return run.replace(MARK, (mark, inner: string) => {
				i++;
				return marks[i] || (marks.slice(0, i).includes(true) && marks.slice(i + 1).includes(true)) ? mark : inner;
			});
		});
	return { ...data, excerpt: unmark(data.excerpt), sub_results: data.sub_results.map((s) => ({ ...s, excerpt: unmark(s.excerpt) })) };
}

/**
 * A result less the marks whose text `answers` rejects, and the headings
 * that only they matched; undefined if nothing else matched. A result with
 * no marks at all (found by its title) is kept.
 */
export function keepingMarks(data: PagefindData, answers: (marked: string) => boolean): PagefindData | undefined {
	const unmark = (excerpt: string) => excerpt.replace(MARK, (mark, inner: string) => (answers(inner) ? mark : inner));
	const hadMarks = (text: string) => text.includes('<mark>');
	const excerpt = unmark(data.excerpt);
	const subResults = data.sub_results.map((s) => ({ ...s, excerpt: unmark(s.excerpt) })).filter((s, i) => hadMarks(s.excerpt) || !hadMarks(data.sub_results[i].excerpt));
	const marked = [data.excerpt, ...data.sub_results.map((s) => s.excerpt)].some(hadMarks);
	if (marked && !hadMarks(excerpt) && !subResults.some((s) => hadMarks(s.excerpt))) return undefined;
	return { ...data, excerpt, sub_results: subResults };
}

/** `text` holds the number as a word of its own, its thousands grouped by commas or not (“1,000”, “1000”): not inside “10,000”. */
function holdsNumber(text: string, number: string): boolean {
	const digits = [...number.replaceAll(',', '')].map(escapeRegExp).join(',?');
	return new RegExp(`(?<![\\p{N}]|\\p{N}[.,])${digits}(?![\\p{N}]|[.,]\\p{N})`, 'u').test(text);
}

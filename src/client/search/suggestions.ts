/**
 * The words meant, for a search that found nothing with every word: each
 * word of the query the briefing never uses, replaced by the closest word
 * it does use, which client/search/answer.ts then searches for. Pagefind has no
 * fuzzy matching, so “Stoltenburg” or “Brusels” otherwise finds nothing at
 * all. The words come from the index (assets/search-words.js, written by
 * src/postbuild/search/vocabulary.ts), the most frequent first.
 *
 * The words meant are searched, and the status says so, rather than offered
 * as a link: until 1 December the search offered “Did you mean …?”, a link
 * a reader had to follow, and a reader check asked why it did not just search.
 */

import { isSmallWord } from './questions.ts';
import { anotherWordOnItsStem, answersWord, capitalised, markedWords, onOneStem } from './unindexed-words.ts';
import { fold } from '../../text/words.ts';
import { MIN_WORD_LENGTH } from '../../search/search-words.ts';
import { editDistance } from '../../text/edit-distance.ts';


/** How far a typed word may be from the word meant: one edit, two in a word of ten letters or more. */
const allowance = (word: string) => (word.length >= 10 ? 2 : 1);

/**
 * In a short word, a letter left out, doubled or swapped is a typo (“Rute”,
 * “Kiyv”); a letter changed is more often another word (“Musk” is not
 * “must”, nor “tanks” “talks”).
 */
const plausible = (typed: string, meant: string) =>
	typed.length > 5 || typed.length !== meant.length || [...typed].sort().join('') === [...meant].sort().join('');

const titleCased = (word: string) => /^\p{Lu}\p{Ll}/u.test(word);

/**
 * The query with each word that is not in `words` replaced by the closest
 * that is, keeping its first letter (few typos are there, and a different
 * first letter is usually a different word); undefined when no word changes.
 * A short name is not made a word the briefing writes without a capital by
 * a letter taken out or changed: “Black Sea” had been answered for “back
 * Sea”. A letter the reader left out may still be put in (“Washington
 * Sumit”). A name is a word with a capital after the first, or the first
 * when another is written as a name too (a capital, then small letters): a
 * phone's capital on a first word alone says nothing (“Invitaton to NATO”).
 * A word no closer word replaces may be two run together (inTwo).
 */
export function suggestQuery(query: string, words: readonly string[]): string | undefined {
	// Each word by its folded form, the most frequent form first (the list's order).
	const formOf = new Map<string, string>();
	for (const form of words) if (!formOf.has(fold(form))) formOf.set(fold(form), form);
	const known = new Set(formOf.keys());
	const typedWords = query.match(/[\p{L}\p{M}]+/gu) ?? [];
	const named = typedWords.slice(1).some(titleCased);
	let changed = false;
	const suggested = query.replace(/[\p{L}\p{M}]+/gu, (typed, at: number) => {
		const word = fold(typed);
		if (word.length < MIN_WORD_LENGTH || known.has(word)) return typed;
		const name = capitalised(typed) && (named || query.slice(0, at).trim() !== '');
		// A word with an ending that nothing is close to may be close without it (“alliences”), but is still no other word
		// on its stem (“crimes”, “Crimea”).
		const unended = /^\p{L}{5,}s$/u.test(word) ? closest(word.slice(0, -1), name, words) : undefined;
		const best = closest(word, name, words) ?? (unended && !anotherWordOnItsStem(fold(unended), word) ? unended : undefined);
		const apart = best ? undefined : inTwo(word, formOf);
		if (!best && !apart) return typed;
		changed = true;
		return best ?? apart!;
	});
	return changed ? suggested : undefined;
}

/**
 * The closest spelling of `typed` that the briefing uses (suggestQuery),
 * where it is much the commoner of two words that a letter changed in the
 * slip makes, and Pagefind's stemming found the rarer: “Frence” had found
 * the one “French”, where “France” is written a hundred times (a search
 * trial). Only a letter changed: a letter left out, added or swapped is a
 * slip of the word found (“politicl”, “editon”, “actign”), which a commoner
 * word had replaced in a review's two thousand slips (“Politico”, “editor”,
 * “Action”). Much the commoner, by half the place or better in the list
 * (the most frequent first): words as frequent are listed by their letters.
 * Undefined where there is no such word.
 */
export function commonerSpelling(typed: string, found: string, words: readonly string[]): string | undefined {
	const suggested = suggestQuery(typed, words);
	if (!suggested) return undefined;
	const rank = new Map<string, number>();
	words.forEach((form, i) => rank.has(fold(form)) || rank.set(fold(form), i));
	const [slips, ours, theirs] = [typed, suggested, found].map((q) => q.match(/[\p{L}\p{M}]+/gu) ?? []);
	if (ours.length !== theirs.length || slips.length !== theirs.length) return undefined;
	const differ = ours.flatMap((word, i) => (fold(word) === fold(theirs[i]) ? [] : [{ slip: slips[i], ours: word, theirs: theirs[i] }]));
	const letterChanged = (a: string, b: string) => a.length === b.length && [...a].filter((letter, i) => letter !== b[i]).length === 1;
	const commoner = (a: string, b: string) => (rank.get(fold(a)) ?? Infinity) * 2 < (rank.get(fold(b)) ?? Infinity);
	// Nor a word typed small made a name the word found is not: “politicao” is not “Politico”.
	const named = (d: (typeof differ)[number]) => !capitalised(d.slip) && capitalised(d.ours) && !capitalised(d.theirs);
	return differ.length > 0 && differ.every((d) => letterChanged(fold(d.slip), fold(d.theirs)) && commoner(d.ours, d.theirs) && !named(d)) ? suggested : undefined;
}

/**
 * The word of `words` closest to `word` (folded), if one is close enough: see
 * suggestQuery. Not another word on its stem: “crimes” is no typo for
 * “Crimea”, nor “counter” for “counted”.
 */
function closest(word: string, name: boolean, words: readonly string[]): string | undefined {
	let best: { form: string; distance: number } | undefined;
	// Of two words as close, a name for a name (“ask Rute”: Rutte, not “route”).
	const better = (form: string) => best !== undefined && name && capitalised(form) && !capitalised(best.form);
	for (const form of words) {
		const candidate = fold(form);
		if (candidate[0] !== word[0] || (name && word.length <= 5 && !capitalised(form) && word.length >= candidate.length)) continue;
		if (anotherWordOnItsStem(candidate, word) || onOneStem(candidate, word)) continue;
		const distance = editDistance(word, candidate, best ? best.distance - (better(form) ? 0 : 1) : allowance(word));
		if (distance <= allowance(word) && (!best || distance < best.distance || (distance === best.distance && better(form))) && plausible(word, candidate)) best = { form, distance };
	}
	return best?.form;
}

/**
 * Two words the briefing uses, run together as a phone may type them
 * (“westgermany”, “northkorean”), as the briefing writes them; undefined
 * if the word is no two of its words. Each part as long as a listed word
 * (four letters), so that no word is cut into small ones.
 */
function inTwo(word: string, formOf: ReadonlyMap<string, string>): string | undefined {
	for (let at = MIN_WORD_LENGTH; at <= word.length - MIN_WORD_LENGTH; at++) {
		const [first, second] = [formOf.get(word.slice(0, at)), formOf.get(word.slice(at))];
		if (first && second) return `${first} ${second}`;
	}
	return undefined;
}

/**
 * The words of the query that went unanswered: of at least three letters, no
 * small word (which excerpts leave unmarked), and marked in none of the
 * excerpts shown (HTML with <mark>s). Three, not the vocabulary's four: “Kim”
 * in “Kim Jong Un” had been left out without a word. Two-letter words are
 * too often marked nowhere though found. “Artcle 5” finds
 * every “5”, and the reader should still be told of “Article”. A word found
 * only in titles counts as unanswered here; the vocabulary, which holds
 * titles, then finds nothing to correct.
 */
export function unansweredWords(query: string, excerpts: readonly string[]): string[] {
	const marked = excerpts.flatMap(markedWords);
	const typed = (query.match(/[\p{L}\p{M}]+/gu) ?? []).filter((w) => fold(w).length >= 3 && !isSmallWord(w));
	return typed.filter((word) => !marked.some((m) => answersWord(m, fold(word))));
}

import { escapeRegExp } from '../../text/literal.ts';
import { fold } from '../../text/words.ts';

/**
 * Words joined with a hyphen. Pagefind indexes “full-scale” as one word,
 * “fullscale”, and as its parts, but searches a hyphenated word typed as
 * one: a reader's “Secretary-General”, which the briefing writes as two
 * words, found only the stand-in “secret”, and “"full scale invasion"” in
 * quotation marks, which it hyphenates, found nothing (a reader's trial).
 * The text's own compounds (`compounds`, folded) come with the vocabulary
 * (client/search/vocabulary.ts).
 */

/** A word of letters joined to another by a hyphen; not numbers (“3-4 December” is two days). */
const JOINED = /[\p{L}\p{M}\p{N}]*\p{L}(?:-\p{L}[\p{L}\p{M}\p{N}]*)+/gu;

/** A query with words typed with a hyphen written apart, and whether the text's spelling is so (see apart). */
export interface Apart {
	query: string;
	/** Each is written apart by the text and never joined (“Secretary General”): said to be its way of writing them. */
	asWritten: boolean;
}

/**
 * The query with each word typed with a hyphen written apart where the text writes it so: where `found`, the
 * records a phrase search finds, finds any for the words apart and the text never joins them, or more than for
 * the word joined where it does (“partial-coverage”, an idea's adjective once, is the section's “partial
 * coverage” nine times; Pagefind finds the adjective by its parts too, so nothing is lost). Undefined if none
 * is. Not where it writes neither: “co-operation”, which it writes “cooperation”, had been said to be its way
 * of writing “co operation” (a reader's trial).
 */
export async function apart(query: string, compounds: readonly string[], found: (phrase: string) => Promise<number>): Promise<Apart | undefined> {
	const joined = new Set(compounds);
	const written = new Set<string>();
	let asWritten = true;
	for (const word of new Set(query.match(JOINED) ?? [])) {
		const both = joined.has(fold(word));
		if ((await found(word.replaceAll('-', ' '))) > (both ? await found(word) : 0)) {
			written.add(word);
			asWritten &&= !both;
		}
	}
	return written.size === 0 ? undefined : { query: query.replace(JOINED, (word) => (written.has(word) ? word.replaceAll('-', ' ') : word)), asWritten };
}

/**
 * The query with each word typed with a hyphen that the text does not join written as the words it joins
 * (“NATO-Russia”: “NATO Russia”), so that each is searched; undefined if there is none. Pagefind searches a
 * hyphenated word as one, which the text never writes: such a word had found nothing, or every record with its
 * first part (“Kyiv-held”, every “Kyiv”).
 */
export function inParts(query: string, compounds: readonly string[]): string | undefined {
	const joined = new Set(compounds);
	const parted = query.replace(JOINED, (word) => (joined.has(fold(word)) ? word : word.replaceAll('-', ' ')));
	return parted === query ? undefined : parted;
}

const patterns = new WeakMap<readonly string[], RegExp>();

/** The query with each run of words that the text joins with hyphens so joined (“full scale” → “full-scale”); undefined if none is. */
export function hyphenated(query: string, compounds: readonly string[]): string | undefined {
	let pattern = patterns.get(compounds);
	if (!pattern) {
		// Longest first, so that a compound of three words wins over one of its first two.
		const runs = [...compounds].sort((a, b) => b.length - a.length).map((c) => c.split('-').map(escapeRegExp).join('\\s+'));
		pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${runs.join('|') || '(?!)'})(?![\\p{L}\\p{N}-])`, 'giu');
		patterns.set(compounds, pattern);
	}
	const written = query.replace(pattern, (run) => run.replace(/\s+/g, '-'));
	return written === query ? undefined : written;
}

const byFolded = new WeakMap<readonly string[], Map<string, string>>();

/** The query with each word typed with a hyphen that the text writes as one word (“co-operation”: “cooperation”) so written; undefined if none is. */
export function closedUp(query: string, words: readonly string[]): string | undefined {
	let written = byFolded.get(words);
	if (!written) byFolded.set(words, (written = new Map(words.map((word) => [fold(word), word]))));
	const closed = query.replace(JOINED, (word) => written.get(fold(word).replaceAll('-', '')) ?? word);
	return closed === query ? undefined : closed;
}

import { isSmallWord } from './questions.ts';
import { wordsOf } from './unindexed-words.ts';
import { fold } from '../../text/words.ts';

/**
 * `html`, an excerpt (escaped text), with the words the reader typed marked,
 * as Pagefind marks what it found: for a record shown by its own text, not
 * by Pagefind's excerpt (an ally's row, looked up by the ally's name or
 * fetched by its kind for a question about it), which had been the one
 * result with nothing marked (“Hungary”). A word is marked where it is a word of
 * substance typed, or that word less a possessive's s typed without its
 * apostrophe (“germanys”); or, typed in three letters or more, where it
 * begins with it, as Pagefind takes a word typed as the start of one.
 */
export function markedAsTyped(html: string, query: string): string {
	// A number of one figure is a word of substance too: “article 5” had marked the glossary's “Article 5” as “Article”.
	const typed = wordsOf(query).filter((w) => (w.length > 1 || /^\d$/.test(w)) && !isSmallWord(w));
	if (typed.length === 0) return html;
	const answers = (word: string) => typed.some((t) => word === t || word === t.replace(/s$/, '') || (t.length >= 3 && word.startsWith(t)));
	return html.replace(/&[#\w]+;|<[^>]*>|[\p{L}\p{M}\p{N}]+/gu, (piece) => (/^[&<]/.test(piece) || !answers(fold(piece)) ? piece : `<mark>${piece}</mark>`));
}

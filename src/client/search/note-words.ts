import { isSmallWord } from './questions.ts';
import { fold } from '../../text/words.ts';
import type { NotePlace, NoteWords } from '../../search/search-words.ts';

/**
 * Names the briefing writes only in its notes, and which notes hold them.
 * Notes are left out of the index, so that a citation's words never answer
 * a search with a note; but a place (“Harpsund”) or a person (“George W.
 * Bush”) named only in a note would then be nowhere for a reader who
 * searches for it, who was told “No results” for a word the briefing
 * prints. The words come with the index's vocabulary
 * (src/postbuild/search/note-words.ts writes them; client/search/vocabulary.ts
 * loads them), when a search finds nothing or leaves a word out.
 */

/** Words the search left unanswered, and the notes they stand in: words in the same notes together (“George W. Bush”). */
export interface InNotes {
	words: string[];
	notes: NotePlace[];
}

/** How many notes are named for a word, or words in the same notes: enough to go on to, not a list to read. */
const MOST = 3;

/** Of the words typed, those written only in notes, each once, as typed, and those in the very same notes named together. */
export function onlyInNotes(query: string, notes: NoteWords): InNotes[] {
	const typed = (query.match(/[\p{L}\p{M}]+/gu) ?? []).filter((w) => !isSmallWord(w));
	const found: (InNotes & { all: NotePlace[] })[] = [];
	for (const [i, word] of typed.entries()) {
		if (typed.findIndex((other) => fold(other) === fold(word)) !== i || !Object.hasOwn(notes, fold(word))) continue;
		const all = notes[fold(word)];
		const same = found.find((f) => f.all.length === all.length && f.all.every(([url], n) => url === all[n][0]));
		if (same) same.words.push(word);
		else found.push({ words: [word], notes: all.slice(0, MOST), all });
	}
	return found.map(({ words, notes }) => ({ words, notes }));
}

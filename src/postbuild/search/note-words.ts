import { Parser } from 'htmlparser2';
import { MIN_WORD_LENGTH, type NotePlace, type NoteWords } from '../../search/search-words.ts';
import { fold } from '../../text/words.ts';

/**
 * The names in a note's text: words written with a capital other than at a
 * sentence's start (“Harpsund”, “George W. Bush”). A note's other words
 * (“arithmetic”, “view”) a reader seldom looks for, and naming their notes
 * would only add noise to searches that leave such a word out.
 */
export function namesIn(text: string): string[] {
	const names: string[] = [];
	for (const m of text.matchAll(/(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*/gu)) {
		let at = m.index - 1;
		while (at >= 0 && /\s/.test(text[at])) at--;
		// At the start, after a sentence's end or a colon, or opening a quotation or a bracket, any word has a capital;
		// not after an initial (“George W. Bush”).
		const initial = text[at] === '.' && /(?:^|[^\p{L}])\p{Lu}$/u.test(text.slice(Math.max(0, at - 2), at));
		if (at >= 0 && (initial || !/[.!?:“‘([]/.test(text[at]))) names.push(m[0]);
	}
	return names;
}

/**
 * Each name in a page's notes (folded, of the vocabulary's least length)
 * with the notes that hold it, in the page's order: “Section 4, note 31”,
 * named by the page's search badge. A note's words are its text less its
 * ways back to the places that cite it. Read with htmlparser2's tokenizer,
 * as the pages' word places are (word-places.ts).
 */
export function noteWords(html: string, path: string): Map<string, NotePlace[]> {
	const words = new Map<string, NotePlace[]>();
	let badge = '';
	/** Depth inside the notes' section, and inside a way back; the note being read, and its number. */
	let inNotes = 0;
	let inBackref = 0;
	let note: { id: string; text: string } | undefined;
	let count = 0;
	const end = () => {
		if (!note) return;
		const place: NotePlace = [`${path}#${note.id}`, `${badge || path}, note ${count}`];
		for (const word of new Set(namesIn(note.text).map(fold))) {
			if (word.length >= MIN_WORD_LENGTH) words.set(word, [...(words.get(word) ?? []), place]);
		}
		note = undefined;
	};
	const parser = new Parser(
		{
			onopentag(tag, attributes) {
				badge ||= /^badge:(.+)$/.exec(attributes['data-pagefind-meta'] ?? '')?.[1] ?? '';
				if (inNotes > 0 || 'data-footnotes' in attributes) inNotes++;
				if (inNotes > 0 && tag === 'li' && attributes.id?.startsWith('fn-')) {
					end();
					count++;
					note = { id: attributes.id, text: '' };
				}
				if (inBackref > 0 || 'data-footnote-backref' in attributes) inBackref++;
			},
			ontext(text) {
				if (note && inBackref === 0) note.text += text;
			},
			onclosetag(tag) {
				if (inBackref > 0) inBackref--;
				if (inNotes > 0 && tag === 'li') end();
				if (inNotes > 0) inNotes--;
			},
		},
		{ decodeEntities: true },
	);
	parser.end(html);
	return words;
}

/**
 * The words written only in notes: those of `inNotes` that the index's
 * vocabulary (its words, as vocabulary.ts lists them) does not hold.
 */
export function wordsOnlyInNotes(inNotes: Iterable<Map<string, NotePlace[]>>, vocabulary: readonly string[]): NoteWords {
	const indexed = new Set(vocabulary.map(fold));
	const only: NoteWords = {};
	for (const page of inNotes) {
		for (const [word, places] of page) if (!indexed.has(word)) only[word] = [...(only[word] ?? []), ...places];
	}
	return only;
}

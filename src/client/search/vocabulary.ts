import { loadClassicScript } from './engine.ts';
import { ROOT } from './page-engine.ts';
import { COMPOUNDS_GLOBAL, NOTE_WORDS_GLOBAL, VOCABULARY_GLOBAL, VOCABULARY_SCRIPT, type NoteWords } from '../../search/search-words.ts';

/** What the build writes of the index's words (src/postbuild/search/vocabulary.ts). */
export interface Vocabulary {
	/** The index's words, the most frequent first: the corrections offered (suggestions.ts). */
	words: string[];
	/** The names written only in notes, and the notes (note-words.ts). */
	inNotes: NoteWords;
	/** The words joined with a hyphen, folded (compounds.ts). */
	compounds: string[];
}

let loading: Promise<Vocabulary> | undefined;

/**
 * The vocabulary, loaded the first time a search needs it: when it finds
 * nothing, leaves a word out, or was typed with a hyphen; not at every
 * first search, whose bytes from disk are its first result's wait. A load
 * that failed is tried afresh next time, and meanwhile answers with none:
 * searches go on without what it adds.
 */
export const getVocabulary = (): Promise<Vocabulary> =>
	(loading ??= loadClassicScript(new URL(VOCABULARY_SCRIPT, ROOT)).then(
		() => {
			const loaded = window as unknown as Record<string, unknown>;
			const list = (name: string) => String(loaded[name] ?? '').split(' ').filter(Boolean);
			return { words: list(VOCABULARY_GLOBAL), inNotes: (loaded[NOTE_WORDS_GLOBAL] ?? {}) as NoteWords, compounds: list(COMPOUNDS_GLOBAL) };
		},
		() => {
			loading = undefined;
			return { words: [], inNotes: {}, compounds: [] };
		},
	));

/**
 * The script of the index's words that the build writes
 * (src/postbuild/search/vocabulary.ts) and a search that finds nothing, or
 * was typed with a hyphen, loads
 * (src/client/search/vocabulary.ts): the words offered as corrections, the
 * names written only in notes, with the notes that hold them, and the
 * words joined with a hyphen.
 */

/** The script, from the site's root. */
export const VOCABULARY_SCRIPT = 'assets/search-words.js';
/** The global it sets for the words, space-separated. */
export const VOCABULARY_GLOBAL = '__briefingSearchWords';
/** The global it sets for the names written only in notes: folded name → the notes that hold it. */
export const NOTE_WORDS_GLOBAL = '__briefingNoteWords';
/** The global it sets for the words the text joins with a hyphen, folded, space-separated (“full-scale slow-walking”). */
export const COMPOUNDS_GLOBAL = '__briefingCompounds';
/** Shorter words are neither listed nor corrected: too many are a letter apart. */
export const MIN_WORD_LENGTH = 4;

/** A note, by its address from the site's root and its name for the reader: “Section 4, note 31”. */
export type NotePlace = [url: string, label: string];
export type NoteWords = Record<string, NotePlace[]>;

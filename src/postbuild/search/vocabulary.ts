import { gunzipSync } from 'node:zlib';
import { COMPOUNDS_GLOBAL, MIN_WORD_LENGTH, NOTE_WORDS_GLOBAL, VOCABULARY_GLOBAL, type NoteWords } from '../../search/search-words.ts';
import { fold } from '../../text/words.ts';

/**
 * The words of the indexed text, for suggesting a correction when a search
 * finds nothing: each once, as it is most often written (“Stoltenberg”,
 * “invitation”), the most frequent first, so that of two corrections equally
 * close the commoner word wins. Letters only, at least four of them.
 */
export function vocabularyOf(texts: Iterable<string>): string[] {
	// Each form counted first, then each folded once: folding every word of the text took most of the time.
	const seen = new Map<string, number>();
	for (const text of texts) {
		for (const word of text.match(/[\p{L}\p{M}]+/gu) ?? []) {
			if (word.length >= MIN_WORD_LENGTH) seen.set(word, (seen.get(word) ?? 0) + 1);
		}
	}
	const counts = new Map<string, Map<string, number>>();
	for (const [word, count] of seen) {
		const key = fold(word);
		const forms = counts.get(key) ?? new Map<string, number>();
		forms.set(word, count);
		counts.set(key, forms);
	}
	const ranked = [...counts.values()].map((forms) => {
		const [form] = [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
		return { form, count: [...forms.values()].reduce((n, c) => n + c, 0) };
	});
	return ranked.sort((a, b) => b.count - a.count || (a.form < b.form ? -1 : 1)).map((r) => r.form);
}

/**
 * The words the text joins with a hyphen (“full-scale”, “Secretary-General”
 * if it were written so), folded, each once, in the text's order: Pagefind
 * indexes each as one word (“fullscale”), which the search needs to know to
 * search a reader's hyphen, or space, as the text has it
 * (client/search/compounds.ts).
 */
export function compoundsOf(texts: Iterable<string>): string[] {
	const compounds = new Set<string>();
	for (const text of texts) for (const word of text.match(/[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)+/gu) ?? []) compounds.add(fold(word));
	return [...compounds];
}

const SIGNATURE = 'pagefind_dcd';

/**
 * The text Pagefind indexed, from its fragments (gzip, then its signature,
 * then JSON with the record's `content` and `meta.title`): exactly the words
 * a search can find, with what the pages leave out of the index left out.
 */
export function fragmentTexts(name: string, bytes: Uint8Array): string[] {
	const text = gunzipSync(bytes).toString('utf8');
	if (!text.startsWith(SIGNATURE)) throw new Error(`pagefind/${name}: not a fragment as Pagefind 1.6 writes them; the search vocabulary (src/postbuild/search/vocabulary.ts) needs updating for this Pagefind version`);
	const fragment = JSON.parse(text.slice(SIGNATURE.length)) as { content?: string; meta?: { title?: string } };
	return [fragment.meta?.title ?? '', fragment.content ?? ''];
}

/**
 * The vocabulary as a classic script, which a page opened from disk may load as well as a hosted one; with it,
 * the words written only in notes (note-words.ts), which a search that finds nothing for them names, and the
 * words joined with a hyphen (compoundsOf).
 */
export const vocabularyScript = (words: readonly string[], inNotes: NoteWords = {}, compounds: readonly string[] = []) =>
	`self.${VOCABULARY_GLOBAL}=${JSON.stringify(words.join(' '))};\nself.${NOTE_WORDS_GLOBAL}=${JSON.stringify(inNotes)};\nself.${COMPOUNDS_GLOBAL}=${JSON.stringify(compounds.join(' '))};\n`;

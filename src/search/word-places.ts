/**
 * Where a search record's words stand on its page, written by the build
 * (src/postbuild/search/word-places.ts) into the record's `places` meta and
 * read by the search (src/client/search/highlight.ts) to write a text
 * fragment that the browser finds at the result's place and nowhere else.
 * A browser looks for a text fragment from the top of the page, in all its
 * text, and the index holds only the record's: the same words in the
 * contents, in an entry above, in a note, would win. So the build says, by
 * the position of a word in the record's text (its whitespace-separated
 * words, as Pagefind counts them):
 */
export interface WordPlaces {
	/** How many words the record's text has: if the index's text has another count, nothing here holds. */
	words: number;
	/** Where three words side by side stand elsewhere on the page too, outside the record's text (the contents, a figure, a note, another entry). */
	shadowed: number[];
	/** Where the page has something between a word and the next that the record's text leaves out (a note's number). */
	broken: number[];
	/** Where the page runs a word straight on into something the record's text leaves out (“Stefanishyna1”, a note's number): a browser finds no word ending there, so no term may end there. */
	glued: number[];
	/** Where a block ends after a word ending in a letter or digit: a term cannot run on past it, and the full stop Pagefind adds there is not on the page. */
	open: number[];
	/** Where a block ends after a word that ends in punctuation, which Pagefind may add to: context goes no further. */
	closed: number[];
	/** Of the open ends, where the word before and the word after stand side by side elsewhere on the page too (a one-word table cell and the next). */
	openShadowed: number[];
}

/** A word as places compare it: letters and digits, lower case, without the punctuation around it. */
export const normalWord = (raw: string) => raw.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** Whether a browser reads two pieces of text with nothing between as one word (Unicode's word boundaries, UAX #29). */
export function glued(before: string, after: string): boolean {
	if (/[\p{L}\p{N}]$/u.test(before)) return /^[\p{L}\p{N}]/u.test(after);
	if (/\p{N}[.,’']$/u.test(before)) return /^\p{N}/u.test(after);
	return /\p{L}[.’']$/u.test(before) && /^\p{L}/u.test(after);
}

/**
 * A word's parts as a browser finds words in it (Unicode's word boundaries, UAX #29): parted by punctuation, but not
 * where `glued` holds the punctuation to its neighbours (“U.S”, “Ukraine’s”, “10,000”, “3.5”).
 */
export function wordParts(norm: string): string[] {
	if (!/[^\p{L}\p{N}]/u.test(norm)) return [norm];
	const chars = [...norm];
	const parts: string[] = [];
	let part = '';
	chars.forEach((c, i) => {
		const [before, after] = [chars[i - 1] ?? '', chars[i + 1] ?? ''];
		const within = LETTER_OR_DIGIT.test(c) || glued(`${before}${c}`, after);
		if (within) part += c;
		else if (part) {
			parts.push(part);
			part = '';
		}
	});
	if (part) parts.push(part);
	return parts;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The words of a record's text, as Pagefind counts them. */
export const recordWords = (text: string) => text.split(/\s+/).filter(Boolean);

const LISTS = ['shadowed', 'broken', 'glued', 'open', 'closed', 'openShadowed'] as const;

/**
 * The digits positions are written in: punctuation only. Pagefind 1.6 searches
 * a record's meta too, and letters or digits here (a gap of “z”, “1k”) had
 * matched misspellings such as “Zelenksy” to every section. None of `,` and
 * `:`, which Pagefind's meta attribute reserves, nor `;`, which parts the lists.
 */
const DIGITS = '!#$%()*+-./=?@[]^{|}~';
const BASE = DIGITS.length;

function writeNumber(n: number): string {
	let out = '';
	do {
		out = DIGITS[n % BASE] + out;
		n = Math.floor(n / BASE);
	} while (n > 0);
	return out;
}

function readNumber(text: string): number {
	let n = 0;
	for (const c of text) {
		const digit = DIGITS.indexOf(c);
		if (digit < 0) return Number.NaN;
		n = n * BASE + digit;
	}
	return text ? n : Number.NaN;
}

/** `words;shadowed;broken;glued;open;closed;openShadowed`, each list as the gaps between its positions: a few hundred bytes a page. */
export function encodePlaces(places: WordPlaces): string {
	const gaps = (list: number[]) => list.map((n, i) => writeNumber(n - (list[i - 1] ?? 0))).join(' ');
	return [writeNumber(places.words), ...LISTS.map((name) => gaps(places[name]))].join(';');
}

/** The places a `places` meta holds, or none if it is not one. */
export function decodePlaces(meta: string | undefined): WordPlaces | undefined {
	const parts = meta?.split(';');
	if (!parts || parts.length !== LISTS.length + 1) return undefined;
	const positions = (text: string) => {
		let at = 0;
		return text ? text.split(' ').map((gap) => (at += readNumber(gap))) : [];
	};
	const [words, ...lists] = parts;
	const places = { words: readNumber(words) } as WordPlaces;
	LISTS.forEach((name, i) => (places[name] = positions(lists[i])));
	return Object.values(places).flat().some(Number.isNaN) ? undefined : places;
}

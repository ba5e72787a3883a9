import { stem } from './stemmer.ts';

/**
 * Pagefind's words, on both sides of the search: how a word of a page becomes
 * index keys (pagefind/src/fossick/splitting.rs), and how a query becomes
 * search terms (pagefind_web_js's search(), then stems_from_term in
 * pagefind_web/src/search.rs). Both engines must cut text the same way, or
 * they cannot find the same pages.
 */

/** One key a word of a page is indexed under. */
export interface IndexableWord {
	/** Lower case, accents folded, stemmed. */
	key: string;
	/** The word before its accents were folded, when it had any. */
	form?: string;
	/** A piece of a compound (`post-war` → `post`, `war`), which shares the word's weight with the other pieces. */
	part: boolean;
}

/** Rust's whitespace (char::is_whitespace): JavaScript's \s without U+FEFF, with U+0085. */
export const WHITESPACE = /(?:(?!\uFEFF)\s|\u0085)+/u;

const ASCII = /^[\x00-\x7F]*$/;
const ALPHANUMERIC = /[\p{Alphabetic}\p{N}]/u;
/** Pagefind keeps these connector characters (`_` and its kin) in words and queries. */
const INCLUDED = /^\p{Pc}$/u;
const UPPERCASE = /\p{Uppercase}/u;
const ASCII_PUNCTUATION_OR_SOFT_HYPHEN = /[!-/:-@[-`{-~\u00AD]/g;
/** Pagefind indexes emoji on their own; this is what its emoji list holds, near enough. */
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;
const EMOJI_GRAPHEME = /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|[#*0-9]\uFE0F?\u20E3)/u;

const utf8 = new TextEncoder();
let segmenter: Intl.Segmenter | undefined;
/**
 * Characters that are each a grapheme of their own (no combining marks,
 * joiners or variation selectors among them): most words need no segmenter,
 * which is slow.
 */
const SINGLE_CHARACTER_GRAPHEMES = /^[\x00-\x7F\u00A0-\u02FF\u0370-\u03FF\u0400-\u0482\u048A-\u052F\u1E00-\u1EFF\u2010-\u2027\u2030-\u205E\u20A0-\u20CF\u2100-\u2BFF]*$/;
function graphemes(text: string): string[] {
	if (SINGLE_CHARACTER_GRAPHEMES.test(text)) return [...text];
	segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
	return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Accents off (`café` → `cafe`), or undefined when there are none to take off. */
export function foldDiacritics(word: string): string | undefined {
	if (ASCII.test(word)) return undefined;
	const folded = word.normalize('NFD').replace(/\p{M}/gu, '');
	return folded === word ? undefined : folded;
}

function keyOf(word: string, part: boolean): IndexableWord {
	const folded = foldDiacritics(word);
	return folded === undefined ? { key: stem(word), part } : { key: stem(folded), form: word, part };
}

/** Letters, digits and connectors, lower-cased one character at a time as Rust does. */
function normaliseWord(raw: string): string {
	// Most words are ASCII, and worth a quicker path: the index is built from every word when search starts.
	if (ASCII.test(raw)) return raw.replace(/[^A-Za-z0-9_]/g, '').toLowerCase();
	let out = '';
	for (const c of raw) {
		if (ALPHANUMERIC.test(c) || INCLUDED.test(c)) out += UPPERCASE.test(c) ? c.toLowerCase() : c;
	}
	return out;
}

/**
 * The words inside a word, as the Rust crate convert_case splits an
 * identifier: at spaces, lower→Upper, ACRonym, and letter↔digit
 * (`McDonald` → Mc Donald, `iOS15` → i OS 15).
 */
export function splitCase(text: string): string[] {
	const g = graphemes(text);
	const hasCase = (s: string) => s.toUpperCase() !== s.toLowerCase();
	const isUpper = (s: string | undefined) => s !== undefined && (ASCII.test(s) ? /^[A-Z]$/.test(s) : hasCase(s) && s === s.toUpperCase());
	const isLower = (s: string | undefined) => s !== undefined && (ASCII.test(s) ? /^[a-z]$/.test(s) : hasCase(s) && s === s.toLowerCase());
	const isDigit = (s: string | undefined) => s !== undefined && /^[0-9]+$/.test(s);
	const words: string[] = [];
	let word = '';
	for (let i = 0; i < g.length; i++) {
		const [a, b, c] = [g[i], g[i + 1], g[i + 2]];
		if (a === ' ') {
			words.push(word);
			word = '';
			continue;
		}
		word += a;
		const boundary =
			(isLower(a) && isUpper(b)) ||
			(isLower(a) && isDigit(b)) ||
			(isUpper(a) && isDigit(b)) ||
			(isDigit(a) && (isLower(b) || isUpper(b))) ||
			(isUpper(a) && isUpper(b) && isLower(c));
		if (boundary) {
			words.push(word);
			word = '';
		}
	}
	words.push(word);
	return words.filter((w) => w !== '');
}

/**
 * What follows each full stop in a dotted word, as one word: `news.online.ua`
 * is also found as `online.ua`. Pagefind 1.6 does this (its index shows it;
 * the source read for this is older), and only for full stops.
 */
function dottedTails(raw: string, normalised: string, parts: string[]): string[] {
	const tails = new Set<string>();
	for (let i = raw.indexOf('.'); i >= 0; i = raw.indexOf('.', i + 1)) {
		const tail = normaliseWord(raw.slice(i + 1));
		if (tail !== normalised && !parts.includes(tail)) tails.add(tail);
	}
	return [...tails];
}

/** The keys a word of a page (a run of text between whitespace) is indexed under. */
export function indexableWords(raw: string): IndexableWord[] {
	const words: IndexableWord[] = [];
	const normalised = normaliseWord(raw);
	if (normalised) words.push(keyOf(normalised, false));
	const possiblyCompound = /[^\p{Alphabetic}\p{N}]/u.test(raw) || [...raw].slice(1).some((c) => UPPERCASE.test(c));
	if (!possiblyCompound) return words;
	const parts = splitCase(raw.replace(ASCII_PUNCTUATION_OR_SOFT_HYPHEN, ' '))
		.map((w) => w.toLowerCase())
		.join(' ')
		.split(WHITESPACE)
		.filter((w) => w !== '');
	if (normalised && (parts.length > 1 || !normalised.startsWith(parts[0] ?? ''))) {
		// Rust measures in bytes: one accented letter is a piece long enough to index.
		for (const part of [...parts, ...dottedTails(raw, normalised, parts)]) if (utf8.encode(part).length > 1) words.push(keyOf(part, true));
	}
	if (EMOJI.test(raw)) {
		for (const g of graphemes(raw)) if (EMOJI_GRAPHEME.test(g)) words.push({ key: g, part: false });
	}
	return words;
}

/** A query as Pagefind searches it. */
export interface Query {
	/** Stemmed, accents folded: what is looked up. */
	terms: string[];
	/** Each term as typed, lower-cased, before folding and stemming: accents that match it rank higher. */
	originals: string[];
	/** `"…"`: only pages with these words in this order. */
	exact: boolean;
}

/** Pagefind drops punctuation from a query, except connectors (`_`); its test is written this way, and is kept so. */
const QUERY_PUNCTUATION = /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u;

export function parseQuery(query: string): Query {
	const exact = /^\s*".+"\s*$/.test(query);
	const kept = graphemes(query)
		.filter((g) => INCLUDED.test(g) || !QUERY_PUNCTUATION.test(g))
		.map((g) => (INCLUDED.test(g) ? g : g.toLowerCase()))
		.join('')
		.replace(/\s{2,}/g, ' ')
		.trim();
	const pairs = kept
		.split(' ')
		.map((original) => [original, normaliseQueryDiacritics(original)] as const)
		.filter(([, folded]) => folded !== '');
	return { terms: pairs.map(([, folded]) => stem(folded)), originals: pairs.map(([original]) => original), exact };
}

/** As Pagefind folds a query: marks off, except the Japanese sound marks. */
function normaliseQueryDiacritics(word: string): string {
	const stripped = word.normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '');
	return /[\u3099\u309A]/.test(stripped) ? stripped.normalize('NFC') : stripped;
}

import { decodePlaces, normalWord, recordWords, type WordPlaces } from '../../search/word-places.ts';

/** A text directive's terms: what to highlight, and the words the page has right before and after it. */
export interface Target {
	text: string;
	prefix?: string;
	suffix?: string;
}

/** A record's text, word by word, with where its words stand on the page (src/search/word-places.ts). */
export interface RecordText {
	/** As Pagefind holds them, punctuation and all. */
	words: string[];
	norms: string[];
	places: WordPlaces;
	/** Where each run of three words starts, built when first asked for. */
	grams?: Map<string, number[]>;
}

/**
 * Records read, by their text: a record is found again and again as a reader
 * types, and reading its words, and indexing their runs of three, had been
 * a tenth of a search's time. As many as a long session finds; then afresh.
 */
const read = new Map<string, { placesMeta: string | undefined; text: RecordText | undefined }>();
const MOST_READ = 500;

/** A record's text and places, if the places were written for this very text; else none, and no highlight is trusted. */
export function recordText(content: string | undefined, placesMeta: string | undefined): RecordText | undefined {
	if (content === undefined) return undefined;
	const known = read.get(content);
	if (known && known.placesMeta === placesMeta) return known.text;
	if (read.size >= MOST_READ) read.clear();
	const places = decodePlaces(placesMeta);
	const words = places ? recordWords(content) : [];
	const text = places && words.length === places.words ? { words, norms: words.map(normalWord), places } : undefined;
	read.set(content, { placesMeta, text });
	return text;
}

/**
 * A result's URL with a text fragment (`#anchor:~:text=…`) for what matched,
 * so that the browser itself highlights it on the page the result opens and
 * scrolls to it: no script runs on that page. The phrase the reader typed
 * when the excerpt holds it as a run of matched words, else the best single
 * words. A browser looks for a text fragment from the top of the page, and
 * scrolls to the first place that holds it: so each is written only with
 * enough of the words around it to stand nowhere else on the page, which the
 * record's places tell (directiveAt). Where no such words can be found, the
 * result opens at its anchor, unhighlighted, rather than somewhere else.
 * `near` are Pagefind's positions of the match in the record's text, which
 * tell where the excerpt was taken from.
 */
export function highlightUrl(url: string, excerptHtml: string, text: RecordText | undefined, { heading, near = [] }: { heading?: string; near?: number[] } = {}): string {
	if (!text) return url;
	const tokens = excerptTokens(excerptHtml);
	const start = excerptStart(tokens, text, near);
	if (start < 0) return url;
	const targets = highlightRuns(tokens, heading)
		.map(([a, b]) => directiveAt(text, start + a, start + b))
		.filter((t): t is Target => t !== undefined);
	if (targets.length === 0) return url;
	const directive = targets.map((t) => `text=${t.prefix ? `${encodeTextDirective(t.prefix)}-,` : ''}${encodeTextDirective(t.text)}${t.suffix ? `,-${encodeTextDirective(t.suffix)}` : ''}`).join('&');
	return `${url}${url.includes('#') ? '' : '#'}:~:${directive}`;
}

/**
 * What to highlight, as runs of the excerpt's words: the longest run of
 * matched words as one phrase, or else up to `max` distinct words. In an
 * excerpt that holds its part's `heading` (findHeading), matches after the
 * heading are preferred: the heading is the reader's signpost already.
 */
export function highlightRuns(tokens: Token[], heading?: string, max = 3): [number, number][] {
	const headingWords = heading ? heading.split(/\s+/).filter(Boolean) : [];
	const { at: headingAt, skipped } = findHeading(tokens, headingWords);
	const bodyFrom = headingAt >= 0 ? headingAt + headingWords.length - skipped : 0;
	const runs: [number, number][] = [];
	let from = -1;
	const close = (to: number) => {
		if (from >= 0) runs.push([from, to]);
		from = -1;
	};
	tokens.forEach((token, i) => {
		if (!token.marked || token.word === '') return close(i);
		// The same word again is a second match, not the next word of a phrase.
		if (from >= 0 && tokens.slice(from, i).some((t) => t.word.toLowerCase() === token.word.toLowerCase())) close(i);
		if (from < 0) from = i;
		// A run stops at the end of a sentence or clause: a phrase does not cross it.
		if (token.breaksAfter) close(i + 1);
	});
	close(tokens.length);
	const inBody = runs.filter(([a]) => a >= bodyFrom);
	const chosen = inBody.length > 0 ? inBody : runs;
	const longest = chosen.reduce<[number, number] | undefined>((best, r) => (!best || r[1] - r[0] > best[1] - best[0] ? r : best), undefined);
	if (longest && longest[1] - longest[0] > 1) return [longest];
	const seen = new Set<string>();
	return chosen
		.filter(([a]) => {
			const word = tokens[a].word.toLowerCase();
			return !seen.has(word) && seen.add(word);
		})
		.slice(0, max);
}

/** Where in the record's text the excerpt starts: where it stands around one of the match's `near` positions, else where it first stands; -1 if nowhere. */
function excerptStart(tokens: Token[], text: RecordText, near: number[]): number {
	const seq = tokens.map((t) => normalWord(t.raw));
	if (seq.length === 0) return -1;
	const starts = occurrences(text, seq);
	return starts.find((s) => near.some((n) => n >= s && n < s + seq.length)) ?? starts[0] ?? -1;
}

/** Every position where these words (normalised) stand in the record's text. */
function occurrences(text: RecordText, seq: string[]): number[] {
	const candidates = seq.length >= 3 ? (grams(text).get(seq.slice(0, 3).join(' ')) ?? []) : text.norms.map((_, i) => i);
	return candidates.filter((s) => seq.every((w, k) => text.norms[s + k] === w));
}

function grams(text: RecordText): Map<string, number[]> {
	if (!text.grams) {
		text.grams = new Map();
		for (let i = 0; i + 2 < text.norms.length; i++) {
			const gram = text.norms.slice(i, i + 3).join(' ');
			const at = text.grams.get(gram);
			if (at) at.push(i);
			else text.grams.set(gram, [i]);
		}
	}
	return text.grams;
}

/** Context words tried on either side, at most. */
const MOST_CONTEXT = 4;
/** How far a match in a heading or a table's cell may be carried on to the end of its block, to reach the words after it. */
const MOST_CARRIED = 6;

/**
 * A text directive for the record's words from `t` to `u` that the browser
 * will find there and nowhere else on the page, with as few words of context
 * as that takes; or none. Where no context on either side tells the place
 * (a heading, which the page's contents repeat), the highlight is carried to
 * the end of its block, so that the words after the block can.
 */
export function directiveAt(text: RecordText, t: number, u: number): Target | undefined {
	const { open, closed } = sets(text.places);
	const endsAt = (i: number) => open.has(i) || closed.has(i);
	let blockEnd = u - 1;
	while (blockEnd < u - 1 + MOST_CARRIED && blockEnd < text.words.length - 1 && !endsAt(blockEnd)) blockEnd++;
	const ups = endsAt(blockEnd) && blockEnd > u - 1 ? [u, blockEnd + 1] : [u];
	for (const to of ups) {
		for (let c = 0; c <= 2 * MOST_CONTEXT; c++) {
			for (const p of splits(c)) {
				const target = compose(text, t - p, t, to, to + c - p);
				if (target) return target;
			}
		}
	}
	return undefined;
}

/** The ways to put `c` words of context before and after, evenly first. */
function splits(c: number): number[] {
	const even = Math.ceil(c / 2);
	const order = [even];
	for (let d = 1; d <= c; d++) order.push(even + d, even - d);
	return order.filter((p) => p >= 0 && p <= c && p <= MOST_CONTEXT && c - p <= MOST_CONTEXT);
}

const OPENING = /^[^\p{L}\p{N}]+/u;
const CLOSING = /[^\p{L}\p{N}]+$/u;

/**
 * The directive with the words from `x` to `t` before the highlight (`t` to
 * `u`) and from `u` to `y` after it, if the browser will find it at `x` and
 * nowhere else:
 * - the page has these words side by side (nothing the index left out between them),
 *   and the last is not run on into something left out (a note's number), where a browser sees no word's end;
 * - no term runs on past a block's end, where a browser stops looking for it;
 *   context goes on into the next block only after a word that ends the block
 *   with a letter or digit, where the page has no punctuation that Pagefind
 *   may have added to;
 * - the words stand once in the record's text, and either a run of three of
 *   them stands nowhere else on the page, or none of its runs of three
 *   stands outside the record's text: then an occurrence elsewhere would be
 *   in the record's text too; or they are two words either side of a block's
 *   end that stand side by side nowhere else on the page.
 */
function compose(text: RecordText, x: number, t: number, u: number, y: number): Target | undefined {
	const { words, norms, places } = text;
	const { shadowed, broken, glued, open, closed, openShadowed } = sets(places);
	// Two words make a fragment only across the end of a block (a one-word table cell and the next), where the places say whether the pair stands elsewhere.
	const pair = y - x === 2 && open.has(x) && !openShadowed.has(x);
	if (x < 0 || y > words.length || (y - x < 3 && !pair)) return undefined;
	// Context that starts or ends on punctuation alone (“·”, “—”) would be trimmed from the directive, which the browser
	// would then find without the words that told its place: “North Atlantic Council ·” was written as the bare phrase.
	if ((x < t && !norms[x]) || (y > u && !norms[y - 1])) return undefined;
	const endsAt = (i: number) => open.has(i) || closed.has(i);
	for (let i = x; i < y - 1; i++) if (broken.has(i)) return undefined;
	if (glued.has(y - 1)) return undefined;
	for (const [a, b] of [[x, t], [t, u], [u, y]]) for (let i = a; i < b - 1; i++) if (endsAt(i)) return undefined;
	if ((x < t && closed.has(t - 1)) || (y > u && closed.has(u - 1))) return undefined;
	if (occurrences(text, norms.slice(x, y)).length !== 1) return undefined;
	const runs = Array.from({ length: y - x - 2 }, (_, k) => x + k);
	const alone = (j: number) => !shadowed.has(j) && grams(text).get(norms.slice(j, j + 3).join(' '))!.length === 1;
	if (!pair && !runs.some(alone) && runs.some((j) => shadowed.has(j))) return undefined;
	// As the page has it: a block's last word without the full stop Pagefind gave it.
	const onPage = (i: number) => (open.has(i) ? words[i].replace(CLOSING, '') : words[i]);
	const highlighted = words.slice(t, u).map((_, k) => onPage(t + k)).join(' ');
	const opening = OPENING.exec(highlighted)?.[0] ?? '';
	const closing = CLOSING.exec(highlighted)?.[0] ?? '';
	const core = highlighted.slice(opening.length, highlighted.length - closing.length);
	if (!core) return undefined;
	const before = words.slice(x, t).map((_, k) => onPage(x + k)).join(' ').replace(OPENING, '');
	const after = words.slice(u, y).map((_, k) => onPage(u + k)).join(' ').replace(CLOSING, '');
	const prefix = [before, opening].filter(Boolean).join(before && opening ? ' ' : '');
	const suffix = [closing, after].filter(Boolean).join(closing && after ? ' ' : '');
	return { text: core, ...(x < t && prefix ? { prefix } : {}), ...(y > u && suffix ? { suffix } : {}) };
}

type PlaceSets = { [K in Exclude<keyof WordPlaces, 'words'>]: Set<number> };
const placeSets = new WeakMap<WordPlaces, PlaceSets>();

/** The places as sets, made once for each record. */
function sets(places: WordPlaces): PlaceSets {
	let made = placeSets.get(places);
	if (!made) {
		made = {
			shadowed: new Set(places.shadowed),
			broken: new Set(places.broken),
			glued: new Set(places.glued),
			open: new Set(places.open),
			closed: new Set(places.closed),
			openShadowed: new Set(places.openShadowed),
		};
		placeSets.set(places, made);
	}
	return made;
}

/**
 * Where the excerpt holds the heading: `at` the token where it starts, less
 * its first `skipped` words, which Pagefind may cut when it starts the
 * excerpt (“membership brings: Articles 5 and 6” for “What membership
 * brings: …”); the whole heading, or its last two words at least. `at` is -1
 * where the excerpt does not hold it.
 */
function findHeading(tokens: Token[], headingWords: string[]): { at: number; skipped: number } {
	const same = (token: Token | undefined, word: string) => token?.raw.replace(EDGE, '') === word.replace(EDGE, '');
	for (let skipped = 0; skipped <= headingWords.length - Math.min(2, headingWords.length); skipped++) {
		const tail = headingWords.slice(skipped);
		const at = tokens.findIndex((_, start) => (skipped === 0 || start === 0) && tail.every((w, i) => same(tokens[start + i], w)));
		if (at >= 0) return { at, skipped };
	}
	return { at: -1, skipped: 0 };
}

export interface Token {
	/** The word as the excerpt has it, punctuation and all. */
	raw: string;
	/** The word without the punctuation around it. */
	word: string;
	marked: boolean;
	/** Punctuation after the word ends a phrase. */
	breaksAfter: boolean;
}

const EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** The words of an excerpt (Pagefind's: escaped text, matched words in <mark>), in order. */
export function excerptTokens(excerptHtml: string): Token[] {
	const tokens: Token[] = [];
	// Marks never span a space in Pagefind's excerpts; split on spaces and see which pieces were marked.
	for (const piece of excerptHtml.split(/\s+/)) {
		if (piece === '') continue;
		const marked = /<mark>/.test(piece);
		const raw = unescapeHtml(piece.replace(/<[^>]*>/g, ''));
		tokens.push({ raw, word: raw.replace(EDGE, ''), marked, breaksAfter: /[.,;:!?)\]”’"]$/.test(raw) });
	}
	return tokens;
}

/** Text-directive encoding: percent-encode, including the `-`, `,` and `&` the syntax reserves. */
function encodeTextDirective(text: string): string {
	return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');
}

function unescapeHtml(text: string): string {
	return text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#0?39;|&#x27;/g, "'")
		.replace(/&amp;/g, '&');
}

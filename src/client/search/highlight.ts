/**
 * A result's URL with a text fragment (`#anchor:~:text=…`) for what matched,
 * so that the browser itself highlights it on the page the result opens and
 * scrolls to it: no script runs on that page. The phrase the reader typed
 * when the excerpt holds it as a run of matched words, else the best single
 * words. Each carries the words around it in the excerpt as context (a
 * `prefix-,` and a `,-suffix`), because a browser looks for a text fragment
 * from the top of the page, and the same words higher up (in the contents,
 * a figure's list, another entry) would win. A match in the heading alone
 * carries the words after the heading, which the contents' entry lacks; with
 * none, the result opens at its anchor, unhighlighted, rather than at the
 * contents. Where the browser cannot find the text (a note number between
 * the words, say) it opens the anchor too.
 */
export function highlightUrl(url: string, excerptHtml: string, heading?: string, maxWords = 3): string {
	const targets = highlightTargets(excerptHtml, maxWords, heading);
	if (targets.length === 0) return url;
	// Then each target with one side of its context only, as a browser scrolls to the first directive it finds,
	// in order: the page may hold what the index left out between the match and its context (a “[source]” mark
	// after a who's who role, a note's number). And a match followed by punctuation has no suffix, since a
	// note's number may sit there; but often none does (“United Kingdom, Italy” in a table row), so the
	// punctuation and the words after it are tried last, and then, since the punctuation may be Pagefind's
	// own, ending a table cell, the words alone.
	const fallbacks = targets.flatMap((t): Target[] => {
		if (!t.suffix) return t.prefix && t.looseSuffix ? [{ text: t.text, suffix: t.looseSuffix }, { text: t.text, suffix: t.looseSuffix.replace(OPENING, '') }] : [];
		return [...(t.prefix && !t.bySuffix ? [{ prefix: t.prefix, text: t.text }] : []), ...(t.prefix ? [{ text: t.text, suffix: t.suffix }] : [])];
	});
	const directive = [...targets, ...fallbacks]
		.map((t) => `text=${t.prefix ? `${encodeTextDirective(t.prefix)}-,` : ''}${encodeTextDirective(t.text)}${t.suffix ? `,-${encodeTextDirective(t.suffix)}` : ''}`)
		.join('&');
	return `${url}${url.includes('#') ? '' : '#'}:~:${directive}`;
}

export interface Target {
	/** What to highlight: the matched words without the punctuation around them. */
	text: string;
	/** Up to two words before it in the excerpt, and any punctuation that opens it (“, (). */
	prefix?: string;
	/** Up to two words after it, within its sentence, where it runs straight on into them (for a heading, in the next block). */
	suffix?: string;
	/** Only the suffix tells it from the same words in the page's contents: it is not tried without it. */
	bySuffix?: true;
	/** Where punctuation follows it and so there is no suffix: the punctuation and the words after it, tried last. */
	looseSuffix?: string;
}

/**
 * What to highlight: the longest run of matched words as one phrase, or else
 * up to `max` distinct words. In an excerpt that holds its part's `heading`
 * (findHeading), matches after the heading come first: the page's contents list
 * the heading's words higher up, where the browser would find them first.
 * Where the heading holds the only matches, the target runs from the first
 * of them to the heading's end, so that the words after the heading can tell
 * it from the contents: a suffix cannot start inside the heading, as a
 * text directive's term does not cross from one block into the next. With
 * nothing after the heading there is no target.
 */
export function highlightTargets(excerptHtml: string, max = 3, heading?: string): Target[] {
	const tokens = excerptTokens(excerptHtml);
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
	if (runs.some(([a]) => a >= bodyFrom)) runs.splice(0, runs.length, ...runs.filter(([a]) => a >= bodyFrom));
	else if (runs.some(([a]) => a >= headingAt) && headingAt >= 0) {
		const [a] = runs.find(([a]) => a >= headingAt)!;
		return tokens.length > bodyFrom ? [headingTarget(headingWords, a - headingAt + skipped, tokens.slice(bodyFrom))] : [];
	}
	const target = ([a, b]: [number, number]): Target => ({
		text: tokens.slice(a, b).map((t) => t.word).join(' '),
		...context(tokens.map((t) => t.raw), a),
		...after(tokens, b),
	});
	const longest = runs.reduce<[number, number] | undefined>((best, r) => (!best || r[1] - r[0] > best[1] - best[0] ? r : best), undefined);
	if (longest && longest[1] - longest[0] > 1) return [target(longest)];
	const seen = new Set<string>();
	const targets: Target[] = [];
	for (const run of runs) {
		const word = tokens[run[0]].word.toLowerCase();
		if (seen.has(word)) continue;
		seen.add(word);
		targets.push(target(run));
	}
	return targets.slice(0, max);
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

/** From the heading's `from`th word to its end, as the page has it (the excerpt may add a full stop), with the words after it. */
function headingTarget(headingWords: string[], from: number, body: Token[]): Target {
	const suffix = wordsFrom(body);
	return {
		text: headingWords.slice(from).join(' ').replace(OPENING, ''),
		...context(headingWords, from),
		...(suffix ? { suffix, bySuffix: true as const } : {}),
	};
}

/** Up to two words of these tokens, as the excerpt has them, within a sentence, less the punctuation after the last. */
function wordsFrom(tokens: Token[]): string {
	const next: string[] = [];
	for (const token of tokens.slice(0, 2)) {
		next.push(token.raw);
		if (token.breaksAfter) break;
	}
	return next.join(' ').replace(CLOSING, '');
}

/**
 * The suffix for a run of tokens ending before the `end`th: the words after
 * it, where it runs straight on into them. After punctuation there is none,
 * since that is where a note's number sits on the page, which the excerpt
 * leaves out and which would keep the browser from finding the words.
 */
function after(tokens: Token[], end: number): Pick<Target, 'suffix' | 'looseSuffix'> {
	const suffix = wordsFrom(tokens.slice(end));
	if (!suffix) return {};
	const closing = CLOSING.exec(tokens[end - 1].raw)?.[0];
	return closing ? { looseSuffix: `${closing} ${suffix}` } : { suffix };
}

const CLOSING = /[^\p{L}\p{N}]+$/u;

const OPENING = /^[^\p{L}\p{N}]+/u;

/** The prefix for the `at`th of these words: up to two words before it, and the punctuation that opens it. */
function context(words: string[], at: number): Pick<Target, 'prefix'> {
	const opening = OPENING.exec(words[at])?.[0] ?? '';
	const before = words.slice(Math.max(0, at - 2), at);
	const prefix = [before.join(' '), opening].filter(Boolean).join(before.length && opening ? ' ' : '');
	return prefix ? { prefix } : {};
}

interface Token {
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
function excerptTokens(excerptHtml: string): Token[] {
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

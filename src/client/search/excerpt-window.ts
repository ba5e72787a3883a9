import { ELLIPSIS, EXCERPT_LENGTH, type PagefindData } from './engine.ts';
import { isSmallWord } from './questions.ts';
import { answersWord, capitalised, markedWords, wordsOf } from './unindexed-words.ts';

type SubResult = PagefindData['sub_results'][number];

/**
 * A result as Pagefind gave it for `query`, each excerpt, the record's and
 * its parts', moved where it shows the most of the words of substance
 * searched for (excerptShowing). Before the marks are sifted
 * (withoutStandIns): an excerpt written here marks every match in it, as
 * Pagefind's own do.
 */
export function withExcerptWindows(data: PagefindData, query: string): PagefindData {
	const typed = wordsOf(query).filter((w) => !isSmallWord(w));
	if (typed.length < 2 || data.raw_content === undefined) return data;
	// A word typed with a capital is a name, the first word too where another has one (a phone capitalises the first).
	const pieces = query.trim().split(/\s+/);
	const names = new Set(pieces.filter((p, i) => capitalised(p) && (i > 0 || pieces.slice(1).some(capitalised))).flatMap(wordsOf));
	return {
		...data,
		excerpt: excerptShowing(typed, data.excerpt, spanOf(data), names),
		sub_results: data.sub_results.map((s) => ({ ...s, excerpt: excerptShowing(typed, s.excerpt, spanOf(data, s), names) })),
	};
}

/**
 * The stretch of the record a part's excerpt is taken from: from its heading
 * to the next, as Pagefind divides a record (the anchors with a title, or
 * headings with text); the whole record for none.
 */
function spanOf(data: PagefindData, part?: SubResult): ExcerptSpan {
	const raw = data.raw_content ?? '';
	if (!part) return { raw, matches: data.weighted_locations ?? [], from: 0, to: Infinity };
	const from = part.anchor?.location ?? 0;
	const starts = (data.anchors ?? []).filter((a) => /\S/.test(a.title ?? '') || (/^h\d$/i.test(a.element) && /\S/.test(a.text ?? ''))).map((a) => a.location);
	return { raw, matches: part.weighted_locations ?? [], from, to: Math.min(Infinity, ...starts.filter((at) => at > from)) };
}

/** A stretch of a record's text whose matches an excerpt shows: a part under one heading, or the whole record. */
export interface ExcerptSpan {
	/** The record's text as Pagefind makes excerpts from it (`raw_content`: its content, with < and > escaped). */
	raw: string;
	/** Word positions of the matches in it, and how much each weighs (Pagefind's `weighted_locations`). */
	matches: { location: number; balanced_score: number }[];
	/** Where the span starts and ends, by word. */
	from: number;
	to: number;
}

/** Whether a word of the text answers a word searched for; one typed as a name (`name`), only a word written with a capital: “marking” is no “Mark”. */
const answering = (word: string, typed: string, name: boolean) => (!name || /^[^\p{L}]*\p{Lu}/u.test(word)) && wordsOf(word).some((w) => answersWord(w, typed));

/** How Pagefind splits a record's text into the words its positions count. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/g;

/** The last record's text split, kept: each of its parts' excerpts is moved within the same text. */
let lastSplit: { raw: string; words: string[] } | undefined;
const wordsOfRaw = (raw: string) => (lastSplit?.raw === raw ? lastSplit : (lastSplit = { raw, words: raw.split(WORD_SEPARATORS) })).words;

/**
 * An excerpt that shows as many of the words searched for (`typed`) as a
 * window of the span can. Pagefind's (`excerpt`) is the window with the most
 * matches, which a word said three times in one paragraph wins over two
 * words in the next: “is crimea included in the invitation” showed the
 * invitation and no Crimea, and “bridge to membership” the membership and
 * no bridge. Kept where no window shows more of the words; otherwise
 * written as Pagefind writes its own, the same length, matches marked, an
 * ellipsis where the text goes on. A word in `names` was typed as a name.
 */
export function excerptShowing(typed: string[], excerpt: string, span: ExcerptSpan | undefined, names: ReadonlySet<string> = new Set()): string {
	if (!span || typed.length < 2 || span.raw.includes('\u200B')) return excerpt;
	const shown = new Set(markedWords(excerpt).flatMap((w) => typed.filter((t) => answersWord(w, t))));
	if (shown.size === typed.length) return excerpt;
	const words = wordsOfRaw(span.raw);
	const to = Math.min(span.to, words.length);
	const length = Math.min(EXCERPT_LENGTH, to - span.from);
	const matches = span.matches
		.filter((m) => m.location >= span.from && m.location < to)
		.map((m) => ({ ...m, answers: typed.filter((t) => answering(words[m.location] ?? '', t, names.has(t))) }));

	// The best windows by how many of the words they show, then by the weight of their matches; of a run of equal
	// ones, the middle, as Pagefind takes, so that the words stand inside the excerpt rather than at its edge.
	// Pagefind's own is kept unless a window shows more of the words: between windows that show as many, which
	// word matters more is not this one's to say (“nato summit bucharest” had lost Bucharest for a rarer “summit”).
	// A window's matches change only where its edges pass one: they are gathered again only there.
	const locations = matches.map((m) => m.location).sort((a, b) => a - b);
	let [first, last, count, score] = [0, 0, 0, 0];
	let stale = true;
	let best = { starts: [] as number[], count: shown.size, score: 0 };
	for (let start = span.from; start + length <= to; start++) {
		for (; last < locations.length && locations[last] < start + length; last++) stale = true;
		for (; first < locations.length && locations[first] < start; first++) stale = true;
		if (stale) {
			const inside = matches.filter((m) => m.location >= start && m.location < start + length);
			count = new Set(inside.flatMap((m) => m.answers)).size;
			score = inside.reduce((n, m) => n + m.balanced_score, 0);
			stale = false;
		}
		if (count > best.count || (best.starts.length > 0 && count === best.count && score > best.score)) best = { starts: [start], count, score };
		else if (best.starts.length > 0 && count === best.count && score === best.score && best.starts.at(-1) === start - 1) best.starts.push(start);
	}
	if (best.starts.length === 0) return excerpt;
	const start = best.starts[Math.floor(best.starts.length / 2)];

	const marked = new Set(matches.map((m) => m.location));
	const text = words
		.slice(start, start + length)
		.map((w, i) => (marked.has(start + i) ? `<mark>${w}</mark>` : w))
		.join(' ')
		.trim();
	return `${start > span.from ? `${ELLIPSIS} ` : ''}${text}${start + length < to ? ` ${ELLIPSIS}` : ''}`;
}

import { ELLIPSIS, EXCERPT_LENGTH, type PagefindData } from './engine.ts';
import { highlightUrl, recordText, type RecordText } from './highlight.ts';
import { isSmallWord } from './questions.ts';
import { KEY_POINTS_ID, OPENING_TITLE } from '../../site/urls.ts';
import { markedAsTyped } from './typed-marks.ts';
import { answersWord, markedWords, wordsOf } from './unindexed-words.ts';
import { positionOf, SEARCH_KIND } from '../../search/search-kinds.ts';

/** A result as the search UI shows it. */
export interface ResultView {
	/** Where the link goes: the heading or entry where the match is, with a text fragment for the match. */
	url: string;
	title: string;
	/** What kind of page or entry it is (“Section 2”, “Glossary”); empty when it would only repeat the title. */
	badge: string;
	/** The heading the result opens at, when it is not the page's top. */
	heading?: string;
	/** HTML: an excerpt with the matches in <mark>, or an entry's first sentence, escaped; empty when the excerpt would only repeat the heading. */
	text: string;
	/** Other headings of the page where the query matched, after the one the result opens at, with the excerpt of each (HTML, as `text`). */
	subResults: { url: string; title: string; text?: string }[];
	/** The part it opens at holds only some of the words of substance searched for, the rest being elsewhere on its page. */
	apart?: true;
	/** A person's post: their role and whom they serve (“Ambassador to NATO · Ukraine”). */
	post?: string;
	/** HTML: the title, escaped, with what answers the question marked where no word typed is in it (“who is for”). */
	markedTitle?: string;
}

const MAX_SUB_RESULTS = 3;
/** Entries that are answered by what they are, not by an excerpt: a term's definition, a person's role. */
const DEFINITIONS = new Set<string>([SEARCH_KIND.glossary, SEARCH_KIND.people, SEARCH_KIND.position]);

/** Words of a person's note shown after their role: a phone's few lines. */
const NOTE_WORDS = 25;

/**
 * A person looked up by name: their role (the entry's summary), then the
 * first words of what the entry says they did, which its text holds next.
 * “Szijjártó” had answered “Minister of Foreign Affairs and Trade · Hungary”
 * and no more.
 */
function personLead(summary: string, content: string): string {
	if (!content.startsWith(summary)) return summary;
	const words = content.slice(summary.length).replace(/^[\s.]+/, '').split(/\s+/).filter(Boolean);
	if (words.length === 0) return summary;
	const note = words.length > NOTE_WORDS ? `${words.slice(0, NOTE_WORDS).join(' ').replace(/[,;:]$/, '')} …` : words.join(' ');
	return `${summary}. ${note}`;
}

/** Whether a word marked in an excerpt is one of the title's, or the start of one. */
function inTitle(title: string): (marked: string) => boolean {
	const words = new Set(wordsOf(title));
	return (w) => words.has(w) || [...words].some((t) => t.startsWith(w) || w.startsWith(t));
}

/** Every word the excerpt marks is a word of the title: the query named the entry. */
const matchesTitle = (excerpt: string, title: string) => markedWords(excerpt).every(inTitle(title));

export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Punctuation in escaped text: a character, or an entity standing for one (`&quot;`), never half an entity. */
const PUNCTUATION = String.raw`(?:&(?:#\d+|#x[\da-f]+|[a-z]+);|[^\p{L}\p{N}<&])*`;
const MARKED = new RegExp(`<mark>(${PUNCTUATION})(.*?)(${PUNCTUATION})<\\/mark>`, 'giu');

/** Pagefind marks a word with the punctuation around it (“<mark>Rutte.</mark>”, “<mark>Oreshnik;</mark>”): the mark is the word's alone. */
export function tidyMarks(excerpt: string): string {
	return excerpt.replace(MARKED, (_, before: string, word: string, after: string) => (word ? `${before}<mark>${word}</mark>${after}` : `${before}${after}`));
}

/**
 * An excerpt less the ellipses Pagefind puts where it is cut from longer
 * text: shown, they tell the reader so (“… refused at Bucharest …”); in a
 * text fragment to highlight, they would match nothing on the page.
 */
const CUTS = new RegExp(`^${ELLIPSIS}\\s*|\\s*${ELLIPSIS}$`, 'gu');
const uncut = (excerpt: string) => excerpt.replace(CUTS, '');

/**
 * An excerpt less the heading it opens with, which the result shows on a
 * line of its own above it: “§ Five points and three secret annexes”, then
 * “Five points and three secret annexes. Zelenskyy set out…” had spent a
 * phone's line on the same words twice. Also where Pagefind opens the
 * excerpt partway through the heading (“… dropped, 2014; membership in the
 * constitution, 2019. Ukraine’s own course…”): the text after it is where
 * the part begins, and needs no ellipsis.
 */
export function withoutHeading(excerpt: string, heading: string): string {
	const words = heading.trim().split(/\s+/);
	const whole = afterText(excerpt, words.join(' '));
	if (whole !== undefined) return whole;
	// Its end only where it ends as a heading does, with a stop or before a capital: “… the “testing ground” of new
	// weapons” is the text's own.
	const cut = CUT_START.exec(excerpt);
	for (let i = 1; cut && i < words.length; i++) {
		const rest = afterText(excerpt.slice(cut[0].length), words.slice(i).join(' '));
		if (rest !== undefined && endsHeading(excerpt.slice(cut[0].length, excerpt.length - rest.length), rest)) return rest;
	}
	return excerpt;
}
/** A heading's end in an excerpt: a stop after it, or a closing quotation mark and the next sentence's capital. */
const endsHeading = (heading: string, next: string) =>
	/[.:](?:<\/mark>)*\s+$/u.test(heading) || (/[”’)](?:<\/mark>)*\s+$/u.test(heading) && /^(?:<[^>]+>)*[“‘(]?\p{Lu}/u.test(next));
const CUT_START = new RegExp(`^${ELLIPSIS}\\s*`, 'u');

/**
 * What follows `text` at the start of an excerpt, and the full stop or colon
 * and space after it; undefined if the excerpt does not open with it. Tags
 * (the marks) are passed over in matching, and dropped with its words.
 */
function afterText(excerpt: string, text: string): string | undefined {
	let at = 0;
	for (let matched = 0; matched < text.length; ) {
		if (excerpt[at] === '<') {
			at = excerpt.indexOf('>', at) + 1;
			if (at === 0) return undefined;
		} else if (excerpt[at] === text[matched]) {
			at++;
			matched++;
		} else return undefined;
	}
	// Pagefind marks a word with the stop after it (“Key <mark>points.</mark>”).
	const after = /^(?:<\/mark>)*[.:]?(?:<\/mark>)*\s+(?=\S)/.exec(excerpt.slice(at));
	return after ? excerpt.slice(at + after[0].length) : undefined;
}

/** An excerpt that is its heading and nothing more says nothing the heading line above it does not. */
const onlyHeading = (excerpt: string, heading: string) => uncut(excerpt).replace(/<[^>]*>/g, '').replace(/[\s.]+$/, '').trim() === heading.trim();

type SubResult = PagefindData['sub_results'][number];

/** How many words of a part may hold every word searched for and still have them together: a paragraph's. */
const TOGETHER = 6 * EXCERPT_LENGTH;
/** A heading that holds every word of substance searched for (“North Korean troops” for “Sybiha troops”, stems and all). */
export function headingNames(heading: string, query: string): boolean {
	const typed = wordsOf(query).filter((w) => !isSmallWord(w));
	return typed.length > 0 && typed.every((t) => wordsOf(heading).some((w) => answersWord(w, t)));
}

const weight = (s: SubResult) => (s.weighted_locations ?? []).reduce((n, l) => n + l.balanced_score, 0);

/**
 * The words of substance searched for that a part's matches answer, by the
 * record's words at their places, and the fewest of its words that hold
 * them all (`spread`); none, and 0, for each part where the record's words
 * are unknown, or one word was searched for.
 */
function wordsAnswered(query: string, record: RecordText | undefined): { typed: string[]; by: (s: SubResult) => string[]; spread: (s: SubResult, named: string[]) => number } {
	const typed = wordsOf(query).filter((w) => !isSmallWord(w));
	if (!record || typed.length < 2) return { typed, by: () => [], spread: () => 0 };
	/** Each match's place, with the words searched for that it answers. */
	const answering = (s: SubResult) =>
		(s.locations ?? [])
			.map((l) => ({ at: l, answers: typed.filter((t) => wordsOf(record.words[l] ?? '').some((w) => answersWord(w, t))) }))
			.filter((m) => m.answers.length > 0)
			.sort((a, b) => a.at - b.at);
	return {
		typed,
		by: (s) => {
			const matched = answering(s).flatMap((m) => m.answers);
			return typed.filter((t) => matched.includes(t));
		},
		spread: (s, named) => {
			const matches = answering(s)
				.map((m) => ({ ...m, answers: m.answers.filter((t) => !named.includes(t)) }))
				.filter((m) => m.answers.length > 0);
			const wanted = new Set(matches.flatMap((m) => m.answers)).size;
			let narrowest = Infinity;
			// The narrowest run of the part's words that holds every word it answers.
			for (let i = 0; i < matches.length; i++) {
				const seen = new Set<string>();
				for (let j = i; j < matches.length && matches[j].at - matches[i].at < narrowest; j++) {
					for (const t of matches[j].answers) seen.add(t);
					if (seen.size === wanted) narrowest = matches[j].at - matches[i].at + 1;
				}
			}
			return narrowest === Infinity ? 0 : narrowest;
		},
	};
}

/**
 * What the UI shows for one of Pagefind's results, found for `query`. A page
 * opens at its heading that names what was searched for, or else holds most
 * of the match, with that part's excerpt; its other
 * matching headings are listed under it. An entry (a glossary term, a person)
 * shows its first sentence, as a dictionary would. `resolve` turns Pagefind's
 * root-relative URLs into addresses on this site, wherever it is.
 */
export function toResultView(data: PagefindData, resolve: (url: string) => string, query = ''): ResultView {
	const kind = data.filters.kind?.[0] ?? '';
	const title = data.meta.title ?? data.url;
	const badgeText = data.meta.badge ?? kind;
	const badge = badgeText.toLowerCase() === title.toLowerCase() ? '' : badgeText;
	const record = recordText(data.content, data.meta.places);
	const link = (url: string, excerpt: string, near = data.locations, heading?: string) => resolve(highlightUrl(url, uncut(excerpt), record, { heading, near }));

	if (data.url.includes('#')) {
		// An entry: one record, one place on its page.
		// Looked up by name, a term or person answers with its first sentence; found by something it says, with that.
		const summary = data.meta.summary ?? '';
		// A source's entry is its title, which the result shows, and its kind and date: always its summary.
		// A person looked up by name and post (“deborah haynes sky news”) is looked up by name too: their role first.
		// Not by their post alone (“Hungary”), which opens at the words in it.
		const byNameAndPost = kind === SEARCH_KIND.people && markedWords(data.excerpt).some(inTitle(title)) && matchesTitle(data.excerpt, `${title} ${summary}`);
		const byName = kind === SEARCH_KIND.source || !data.excerpt.includes('<mark>') || (DEFINITIONS.has(kind) && matchesTitle(data.excerpt, title)) || byNameAndPost;
		// An ally's row opens with the ally and its position, which the record's title says above it.
		const held = kind === SEARCH_KIND.position ? positionOf(title) : undefined;
		const excerpt = held ? withoutHeading(data.excerpt, `${held.allies.join(', ')}. ${held.position}`) : data.excerpt;
		// An ally's row looked up by the ally's name shows its text, the name in it marked as Pagefind marks a match.
		const text = byName ? (held ? markedAsTyped(escapeHtml(summary), query) : escapeHtml(kind === SEARCH_KIND.people ? personLead(summary, data.content ?? '') : summary)) : tidyMarks(excerpt);
		// A term or person looked up by name opens at its entry, which the name heads: marking the same word
		// elsewhere in it (“Article” in “See also: Article 6”) would point away from what was asked for.
		// A source opens at its entry, unhighlighted, boxed as the target: the register's entries share words, and
		// “in Russia’s Kursk” had opened the Mosaic News entry at ABC News's, above it. A dated note is highlighted
		// as any record is, where its words stand once on the page: the update notice at its page's top says what
		// it says first, in the same words, which its places tell (a long note had opened at its heading, the
		// words searched for ten lines down, unmarked: a reader's trial).
		const url = (byName && DEFINITIONS.has(kind)) || kind === SEARCH_KIND.source ? resolve(data.url) : link(data.url, data.excerpt);
		return { url, title, badge, text, subResults: [], ...(kind === SEARCH_KIND.people && summary ? { post: summary } : {}) };
	}
	// A reference page is indexed for its title and lead alone (its entries are records of their own): it is its lead.
	if (kind === SEARCH_KIND.reference) return { url: resolve(data.url), title, badge, text: escapeHtml(data.meta.summary ?? ''), subResults: [] };
	// A heading that names every word searched for comes first: “Sybiha” opened the victory-plan section at the
	// part with most of his name, “North Korean troops”, rather than at “Andrii Sybiha and the letter”.
	// Then the part that holds the most of the words: a page is found for having every word somewhere, and the part
	// with most matches of some had opened “nuclear weapons for Ukraine” where no weapons are. Between parts with as
	// many of two or more words, the key points last: they sum up what a part tells (“unanimous agreement” had
	// opened the background's key points, the part on Article 10 under “Also in”).
	const words = wordsAnswered(query, record);
	const summary = (s: SubResult) => Number(s.url.endsWith(`#${KEY_POINTS_ID}`));
	const rank = new Map(data.sub_results.map((s) => [s, { named: Number(headingNames(s.title, query)), answered: words.by(s).length, summary: summary(s), weight: weight(s) }]));
	const named = (s: SubResult) => rank.get(s)!.named === 1;
	const headings = data.sub_results
		.filter((s) => s.url.includes('#') && s.url !== data.url)
		.sort((a, b) => {
			const [x, y] = [rank.get(a)!, rank.get(b)!];
			return y.named - x.named || y.answered - x.answered || (x.answered >= 2 ? x.summary - y.summary : 0) || y.weight - x.weight;
		});
	// A heading matched with no text of its own under it (a heading straight over a subheading) opens a result only
	// if it names what was searched for, or nothing else matched: “how does a country join NATO” had opened at the
	// last part under “How a country joins NATO”.
	// Such a heading shows the text the reader finds under it: the next part, in the page's order, that the match is
	// in; with none after it, the heading is passed over as before.
	const textAfter = (s: SubResult) => data.sub_results.slice(data.sub_results.indexOf(s) + 1).find((t) => !onlyHeading(t.excerpt, t.title));
	const namedFirst = headings[0] && named(headings[0]) && (!onlyHeading(headings[0].excerpt, headings[0].title) || textAfter(headings[0])) ? headings[0] : undefined;
	const best = namedFirst ?? headings.find((s) => !onlyHeading(s.excerpt, s.title)) ?? headings[0];
	const bare = best !== undefined && onlyHeading(best.excerpt, best.title);
	const under = bare ? textAfter(best) : undefined;
	// Some of the words are the part's, and some are neither its nor the page's title's, which is the whole page's:
	// “partial coverage west germany” is answered by the part on the West German precedent in that section.
	const inPart = best ? words.by(best) : [];
	const answeredBy = (text: string) => words.typed.filter((t) => wordsOf(text).some((w) => answersWord(w, t)));
	const byTitle = answeredBy(title);
	// Or the part holds them all, but no stretch of it a few excerpts long does: a long table's rows, each with one of
	// them (“how many countries must agree to invite ukraine” had led with the steps from invitation to membership).
	// A word of the page's title or the part's heading is the whole part's.
	const apart = best !== undefined && inPart.length > 0 && (words.typed.some((t) => !inPart.includes(t) && !byTitle.includes(t)) || words.spread(best, [...byTitle, ...answeredBy(best.title)]) > TOGETHER);
	return {
		...(apart ? { apart } : {}),
		url: best ? link(best.url, best.excerpt, best.locations, best.title) : link(data.url, data.excerpt),
		title,
		// The page's opening paragraphs (components/TextOpening.astro) are under its title: no heading to show.
		...(best && best.title !== OPENING_TITLE ? { heading: best.title } : {}),
		badge,
		// With no part to open at, a page's excerpt opens with its own title, the result's link (“Map of the alliance. …”).
		text: best ? tidyMarks(bare ? (under?.excerpt ?? '') : best.title === OPENING_TITLE ? best.excerpt : withoutHeading(best.excerpt, best.title)) : tidyMarks(withoutHeading(data.excerpt, title)),
		subResults: headings.filter((s) => s !== best).slice(0, MAX_SUB_RESULTS).map((s) => ({ url: link(s.url, s.excerpt, s.locations, s.title), title: s.title, text: tidyMarks(withoutHeading(s.excerpt, s.title)) })),
	};
}

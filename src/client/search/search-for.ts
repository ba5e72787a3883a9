import type { PagefindResult } from './engine.ts';
import { getEngine, resolve, searchOnce } from './page-engine.ts';
import { toResultView, type ResultView } from './results.ts';
import { painted } from './result-items.ts';
import { inOrderOf, joined, PAGE_LIMITS, type Found, type Limits } from './joined-answers.ts';
import { noteUpFront } from './result-order.ts';
import { inCapitals } from './exact-phrases.ts';
import { showsEvery, wordsOf, writesEvery } from './unindexed-words.ts';
import { withoutStandIns } from './stand-ins.ts';
import { withExcerptWindows } from './excerpt-window.ts';
import { SEARCH_KIND, type SearchKind } from '../../search/search-kinds.ts';

/**
 * One query's lists, as answer.ts asks for them: the text's results, the
 * register's and the dated notes', then what the reader's own spelling finds
 * where it differs from the briefing's, and the register's entries as the
 * sources themselves spell the query. The text's top results (or, where one
 * kind of record is searched alone, that kind's) are drawn first, where the
 * reader's screen wants them; the other lists wait for them.
 */

/** How many results are drawn before the rest arrive: about a phone's screen. */
const FIRST_RESULTS = 3;

export interface SearchOptions {
	/** The reader's own spelling of the query, where it differs. */
	spelling?: string;
	/** Gets the first results before the rest (see answer.ts's answer). */
	onFirst?: (results: ResultView[]) => boolean;
	/** The query as the sources themselves may spell it, searched in the register. */
	registerSpellings?: string[];
	/** One kind of record alone (a reference page's entries, client/search/page-scope.ts). */
	scope?: SearchKind;
	/** Words whose search orders the query's results (see inOrderOf). */
	rankBy?: string;
}

/**
 * Results and sources for a query in the briefing's spellings, then for the reader's own `spelling` if it
 * differs, then sources for the query as the sources themselves may spell it (`registerSpellings`).
 */
export async function searchFor(query: string, limits: Limits, { spelling, onFirst, registerSpellings = [], scope, rankBy }: SearchOptions = {}): Promise<Found> {
	const pagefind = await getEngine();
	/** Whether Pagefind found more results (or sources) than were looked at. */
	const beyond = { results: false, sources: false };
	/** The reader's own spelling's matches of something else as written (“Ukraine” for “UK”), not stand-ins; the text's results looked at and dropped. */
	let [otherwise, dropped] = [0, 0];
	type Kind = keyof Limits | 'notes';
	const filters = (kind: Kind) => (scope ? { kind: scope } : kind === 'sources' ? { kind: SEARCH_KIND.source } : kind === 'notes' ? { kind: SEARCH_KIND.update } : { not: { kind: SEARCH_KIND.source } });
	const searching = async (q: string, kind: Kind) => {
		const found = searchOnce(pagefind, q, filters(kind));
		if (!rankBy || q !== query || kind === 'notes') return found;
		// Ranked among as many as the search page's first page looks at, so that the header's first are its first, and
		// its further pages (“Show more results”) add to its first, never reorder it.
		const [phrase, words] = await Promise.all([found, searchOnce(pagefind, rankBy, filters(kind))]);
		return phrase && words ? { ...phrase, results: inOrderOf(phrase.results, words.results, PAGE_LIMITS[kind]) } : phrase;
	};
	/** Settles once the text's first results are in, and drawn and painted where they are wanted first. */
	let textFirst: () => void = () => {};
	const firstDrawn = new Promise<void>((resolve) => (textFirst = resolve));
	const views = async (q: string, kind: Kind, first?: typeof onFirst, search = searching(q, kind)) => {
		const found = await search;
		const limit = kind === 'notes' ? 1 : limits[kind];
		// `counted`: one of the list's own, not one looked at beyond it.
		const view = async (r: PagefindResult, counted = true) => {
			const data = withoutStandIns(withExcerptWindows(await r.data(), q), q);
			const kept = data && inCapitals(data, q);
			if (counted && data && !kept && q === spelling) otherwise++;
			if (counted && !kept && q === query && kind === 'results') dropped++;
			return kept && toResultView(kept, resolve, q);
		};
		const shown = (all: (ResultView | undefined)[]) => all.filter((v) => v !== undefined);
		const listed = (found?.results ?? []).slice(0, limit);
		const top = listed.slice(0, FIRST_RESULTS).map((r) => view(r));
		// Drawn first, the top results are painted before the rest's fragments are asked for: each fragment is a
		// few milliseconds of Pagefind's work on the main thread, and eight of them had held the first paint back
		// by 40–60 ms from disk.
		const drawn = Promise.all(top).then((v) => (first && shown(v).length > 0 && first(shown(v)) ? painted() : undefined), () => {});
		if (kind === 'results') drawn.finally(textFirst);
		const rest = listed.slice(FIRST_RESULTS).map((r) => (first ? drawn.then(() => view(r)) : view(r)));
		const kept = shown(await Promise.all([...top, ...rest]));
		// Where some looked at were dropped, the list is filled from the next as many, a few at a time, and more lie beyond
		// only if one more is kept: “allies” had said “The first 32”, and “Show more results” added none, the rest being
		// “alliance”; the header had said “The first 5” of a list of 8 (readers' trials). Where none was, or those looked at
		// ran out before the list was full, and Pagefind found more still, Pagefind's count: for the text's own list, not for
		// the reader's own spelling's, whose further results show the reader's word no more than the ones looked at (“UK”).
		const all = found?.results ?? [];
		const next = kind === 'notes' ? [] : all.slice(limit, 2 * limit);
		const full = kept.length === listed.length;
		for (let at = 0; !full && kept.length <= limit && at < next.length; at += FIRST_RESULTS) kept.push(...shown(await Promise.all(next.slice(at, at + FIRST_RESULTS).map((r) => view(r, false)))));
		if (kind !== 'notes' && (full ? next.length > 0 : kept.length > limit || (q === query && all.length > 2 * limit))) beyond[kind] = true;
		return kept.slice(0, limit);
	};
	// One reference page's entries alone (client/search/page-scope.ts): the register's in their own list, as always.
	if (scope) {
		const entries = await views(query, scope === SEARCH_KIND.source ? 'sources' : 'results', onFirst);
		return { results: scope === SEARCH_KIND.source ? [] : entries, sources: scope === SEARCH_KIND.source ? entries : [], more: beyond.results || beyond.sources, cut: beyond };
	}
	// The text first, and its top results drawn, before the register and the dated notes are searched: a search
	// of a word's first letters is some 25 ms of the main thread, which the top results' fragments would wait for.
	const text = searching(query, 'results');
	const afterText = (kind: Kind) => firstDrawn.then(() => searching(query, kind));
	const [found, sources, notes] = await Promise.all([views(query, 'results', onFirst, text), views(query, 'sources', undefined, afterText('sources')), views(query, 'notes', undefined, afterText('notes'))]);
	const results = noteUpFront(found, notes);
	if (results.length > limits.results) beyond.results = true;
	// The reader's own spelling may still occur (in a title or a quotation): what it finds comes after, searched
	// once the briefing's spelling's results are in, whose fragments it would otherwise hold back on the main thread.
	// (Beside it, it had also spoilt them, Pagefind marking a record read by both for the other's words: “Andriy
	// Sybiga” had kept two of “Andrii Sybiha”'s seven results. Records are now read apart: engine.ts, readApart.)
	const textCut = beyond.results;
	const [typedFound, sourcesAsTyped] = spelling ? await Promise.all([views(spelling, 'results'), views(spelling, 'sources')]) : [[] as ResultView[], [] as ResultView[]];
	// Only what shows the reader's own words, each of them: “truce”, found nowhere, had added every “talks” to
	// “ceasefire talks”, and “security guarantees” a line on Sky News's “security and defence editor”.
	const searched = new Set<string>(wordsOf(query));
	const own = [...wordsOf(spelling ?? '')].filter((w) => !searched.has(w));
	const asTyped = typedFound.filter((r) => showsEvery(r.text, own));
	// A headline shows one of them at least, of three letters or more where there is one: “De Croo” had listed the
	// register's “de-occupation” (a reader's trial); “Andriy Sybiga” lists a headline's “Sybiga” alone.
	const long = own.filter((w) => w.length >= 3);
	const registerAsTyped = own.length === 0 ? sourcesAsTyped : sourcesAsTyped.filter((r) => (long.length > 0 ? long.some((w) => showsEvery(r.text, [w])) : showsEvery(r.text, own)));
	// Cut before it was sifted for the reader's word, a list as typed may have left out results that show it: the
	// answer is then the first of them, however short (“UK” had said “5 results”, where the search page found 6; its
	// first were every “Ukraine”). Not a list of stand-ins alone, which shows nothing (“Andriy Sybiga”'s 45), nor one that
	// shows nothing of the reader's word (“Sikorski invitation”'s every “invitation”, a reader's trial). So may the
	// text's own, some of the first looked at dropped: “memberhsip” had said “6 results”, where the search page listed 11.
	const typedCut = !textCut && beyond.results && asTyped.length + otherwise > 0;
	const sifted = textCut && dropped > 0 && results.length > 0;
	// A headline keeps its own spelling (“Zelensky unveils…”): its register entry is found by that alone. One at a
	// time, after the rest, for the same reason.
	const sourcesOtherwise: ResultView[] = [];
	for (const other of registerSpellings) sourcesOtherwise.push(...(await views(other, 'sources')));
	const answered = joined({ results, sources, more: false, ...(sifted ? { partial: true } : {}) }, { results: asTyped, sources: [...registerAsTyped, ...sourcesOtherwise], more: false, ...(typedCut ? { partial: true } : {}) }, limits, beyond);
	return asTyped.some((r) => writesEvery(r.text, own)) ? { ...answered, typedInText: true } : answered;
}

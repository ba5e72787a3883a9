import { WEIGHT_UNIT, type PageRecord, type SearchEngine, type SearchResult } from './types.ts';
import { indexableWords, parseQuery, WHITESPACE, type IndexableWord, type Query } from './tokenizer.ts';
import { buildExcerpt, EXCERPT_LENGTH, excerptStart, MAX_RESULTS, subResults, toSearchResult, type PageData, type WordLocation } from './results.ts';
import { sortUnstableByKey } from './rust-sort.ts';
import { expf, logf } from './float32.ts';

/**
 * Search over the offline index, for file:// where Pagefind cannot run, that
 * finds and ranks pages as Pagefind 1.6 does (pagefind_web/src/search.rs):
 * - every query word matches the index keys it begins (`invit` finds
 *   `invitation`), or, when it begins none, the longest key it begins with
 *   (`accessi` finds `access`);
 * - a page must match every query word that matches anything at all;
 * - each matched key scores BM25 on its weighted count on the page (headings
 *   weigh more), scaled down the more the key is longer than the query word,
 *   and up when its accents are as typed;
 * - matches in metadata add a boost for the share of the query they cover,
 *   five times for the title;
 * - a query in double quotes finds only pages with the words in that order.
 * The index is Pagefind's view of each page (records.ts); keys are derived
 * here, on load, with Pagefind's tokeniser and stemmer.
 */

export interface OfflineIndexData {
	version: number;
	pages: PageRecord[];
}

/** One page's occurrences of one index key, in one written form. */
interface Posting {
	page: number;
	/** The word as written, when folding its accents made the key. */
	form?: string;
	/** Weight and position of each occurrence in the text, packed (see `pack`), in Pagefind's order: by weight, then position. */
	locs: number[];
	/** [field, position] in the metadata. */
	meta: [number, number][];
}

export interface PreparedPage {
	record: PageRecord;
	words: string[];
	/** As Pagefind counts it: at least 1. */
	wordCount: number;
}

export interface PreparedIndex {
	pages: PreparedPage[];
	/** Every key, sorted, to find those a query word begins. */
	keys: string[];
	/** Per key: the postings of its plain form, page by page, then those of each accented form. */
	postings: Map<string, Posting[]>;
	/** Metadata field names, sorted: a field's index is its id. */
	metaFields: string[];
	averageLength: number;
}

/**
 * An occurrence as one number, which sorts as Pagefind orders a page's
 * occurrences: by weight (25 first), then position. One number rather than a
 * pair keeps the tens of thousands of them from churning the garbage collector.
 */
const pack = (weight: number, position: number) => (weight === 25 ? 0 : weight) * 2 ** 28 + position * 2 ** 8 + weight;
const weightOf = (packed: number) => packed % 2 ** 8;
const positionOf = (packed: number) => Math.floor(packed / 2 ** 8) % 2 ** 20;

/** Pagefind computes in 32-bit floats; so does this, so that near ties fall the same way. */
const f = Math.fround;

/** Pagefind's default ranking (RankingWeights::default in pagefind_web/src/lib.rs). */
const RANKING = {
	termSimilarity: 1,
	pageLength: 0.75,
	termSaturation: 1.4,
	termFrequency: 1,
	diacriticSimilarity: 0.8,
	metaWeights: { title: 5 } as Record<string, number>,
};

export function prepareIndex(data: OfflineIndexData): PreparedIndex {
	const cache = new Map<string, IndexableWord[]>();
	const keysOf = (word: string) => {
		let keys = cache.get(word);
		if (!keys) cache.set(word, (keys = indexableWords(word)));
		return keys;
	};
	const metaFields = [...new Set(data.pages.flatMap((p) => Object.keys(p.meta)))].sort();
	const postings = new PostingLists();

	const pages = data.pages.map((record, page) => {
		const words = record.content === '' ? [] : record.content.split(' ');
		let weight = WEIGHT_UNIT;
		let change = 0;
		words.forEach((word, position) => {
			for (; change < record.weights.length && record.weights[change] <= position; change += 2) weight = record.weights[change + 1];
			const keys = keysOf(word);
			const parts = keys.filter((k) => k.part).length;
			// The pieces of a compound share its weight.
			const partWeight = parts > 0 && weight > 0 ? Math.max(1, Math.floor(weight / parts)) : 0;
			for (const k of keys) postings.at(k, page).locs.push(pack(k.part ? partWeight : weight, position));
		});
		metaFields.forEach((field, id) => {
			const words = record.meta[field]?.split(WHITESPACE).filter((w) => w !== '') ?? [];
			words.forEach((word, position) => {
				for (const k of keysOf(word)) postings.at(k, page).meta.push([id, position]);
			});
		});
		return { record, words, wordCount: Math.max(1, words.length) };
	});

	const averageLength = f(pages.reduce((n, p) => n + p.wordCount, 0) / Math.max(1, pages.length));
	return { pages, ...postings.done(), metaFields, averageLength };
}

/** The postings of each key as they are collected, page by page. */
class PostingLists {
	readonly #plain = new Map<string, Posting[]>();
	readonly #accented = new Map<string, Map<string, Posting[]>>();

	/** The posting of this key (in this written form) on this page, pages being visited in order. */
	at({ key, form }: IndexableWord, page: number): Posting {
		const lists = form === undefined ? this.#plain : (this.#accented.get(key) ?? this.#accented.set(key, new Map()).get(key)!);
		const name = form ?? key;
		const list = lists.get(name) ?? lists.set(name, []).get(name)!;
		let posting = list[list.length - 1];
		if (posting?.page !== page) list.push((posting = { page, form, locs: [], meta: [] }));
		return posting;
	}

	done(): Pick<PreparedIndex, 'keys' | 'postings'> {
		for (const list of [...this.#plain.values(), ...[...this.#accented.values()].flatMap((forms) => [...forms.values()])]) {
			for (const posting of list) posting.locs.sort((a, b) => a - b);
		}
		const keys = [...new Set([...this.#plain.keys(), ...this.#accented.keys()])].sort(byCodePoint);
		const accentedOf = (key: string) => [...(this.#accented.get(key) ?? [])].sort(([a], [b]) => byCodePoint(a, b)).flatMap(([, list]) => list);
		return { keys, postings: new Map(keys.map((key) => [key, [...(this.#plain.get(key) ?? []), ...accentedOf(key)]])) };
	}
}

export interface RankedPage {
	page: PreparedPage;
	score: number;
	/** Matched positions in the text, in order, weighted for choosing excerpts. */
	locations: WordLocation[];
}

/** Pages for a query, best first: Pagefind's results, in Pagefind's order. */
export function rankPages(index: PreparedIndex, query: string): RankedPage[] {
	const q = parseQuery(query);
	if (q.terms.length === 0) return [];
	// Stable: pages that tie stay in index order, as Pagefind's JavaScript sort leaves them.
	return (q.exact ? exactMatches(index, q) : matches(index, q)).sort((a, b) => b.score - a.score);
}

/**
 * Rust orders strings by their UTF-8 bytes, which is code point order;
 * JavaScript's `<` compares UTF-16 units, which differs past U+FFFF.
 */
export function byCodePoint(a: string, b: string): number {
	const n = Math.min(a.length, b.length);
	for (let i = 0; i < n; i++) {
		const d = a.codePointAt(i)! - b.codePointAt(i)!;
		if (d !== 0) return d;
	}
	return a.length - b.length;
}

function utf8Length(s: string): number {
	let n = 0;
	for (const c of s) {
		const code = c.codePointAt(0)!;
		n += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
	}
	return n;
}

/** 1 for a key as long as the query word, less the more their lengths (in bytes) differ. */
export function lengthBonus(key: string, term: string): number {
	const differential = Math.min(255, Math.abs(utf8Length(key) - utf8Length(term)) + 1);
	const similarity = f(RANKING.termSimilarity);
	const base = expf(f(f(-0.5 * differential ** 2) / 4));
	return f(expf(f(base * similarity)) / expf(similarity));
}

export const idf = (totalPages: number, pagesWithTerm: number) => logf(f(f(f(totalPages - pagesWithTerm + 0.5) / f(pagesWithTerm + 0.5)) + 1));

/** Pagefind's BM25 for one key on one page; `weightedCount` in words of normal weight. */
export function bm25(weightedCount: number, pageLength: number, averageLength: number, totalPages: number, pagesWithTerm: number, bonus: number): number {
	const tf = f(f(weightedCount) * bonus);
	const k1 = f(RANKING.termSaturation);
	const b = f(RANKING.pageLength);
	const weight = f(RANKING.termFrequency);
	const saturated = f(f(f(k1 + 1) * tf) / f(f(k1 * f(f(1 - b) + f(b * f(pageLength / averageLength)))) + tf));
	const raw = Math.min(f(tf / f(averageLength / 5)), f(k1 + 1));
	return f(idf(totalPages, pagesWithTerm) * f(f(f(1 - weight) * raw) + f(weight * saturated)));
}

const diacriticsMatch = (typed: string, form: string) => form === typed || form.startsWith(typed) || typed.startsWith(form);

/** The keys a query word finds: those it begins, or else the longest that begins it. */
export function extensions(index: PreparedIndex, term: string): string[] {
	const { keys } = index;
	let lo = 0;
	let hi = keys.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (byCodePoint(keys[mid], term) < 0) lo = mid + 1;
		else hi = mid;
	}
	const found: string[] = [];
	for (let i = lo; i < keys.length && keys[i].startsWith(term); i++) found.push(keys[i]);
	if (found.length > 0) return found;
	for (let end = term.length - 1; end > 0; end--) {
		if (index.postings.has(term.slice(0, end))) return [term.slice(0, end)];
	}
	return [];
}

interface Match {
	posting: Posting;
	key: string;
	term: number;
	lengthBonus: number;
	diacriticBonus: number;
}

function intersect(sets: Set<number>[]): number[] {
	if (sets.length === 0) return [];
	return [...sets[0]].filter((page) => sets.every((s) => s.has(page))).sort((a, b) => a - b);
}

function groupByPage<T extends { posting: Posting }>(items: T[]): Map<number, T[]> {
	const byPage = new Map<number, T[]>();
	for (const item of items) {
		const group = byPage.get(item.posting.page);
		if (group) group.push(item);
		else byPage.set(item.posting.page, [item]);
	}
	return byPage;
}

function matches(index: PreparedIndex, q: Query): RankedPage[] {
	const total = index.pages.length;
	const found: Match[] = [];
	const pageCounts: number[] = [];
	const sets: Set<number>[] = [];
	q.terms.forEach((term, t) => {
		const pages = new Set<number>();
		const keys = extensions(index, term);
		for (const key of keys) {
			const bonus = lengthBonus(key, term);
			for (const posting of index.postings.get(key)!) {
				const diacriticBonus = diacriticsMatch(q.originals[t], posting.form ?? key) ? f(1 + f(RANKING.diacriticSimilarity)) : 1;
				found.push({ posting, key, term: t, lengthBonus: bonus, diacriticBonus });
				pages.add(posting.page);
			}
		}
		pageCounts.push(pages.size);
		// A word that matches nothing does not narrow the results; Pagefind drops it.
		if (keys.length > 0) sets.push(pages);
	});
	const queryIdf = pageCounts.reduce((sum, n) => f(sum + idf(total, n)), 0);
	const byPage = groupByPage(found);

	return intersect(sets).map((p) => {
		const page = index.pages[p];
		const here = byPage.get(p)!;
		// In Pagefind's order, sorted by Rust's unstable sort: where one word matches under two keys, the same key comes first.
		const occurrences = here.flatMap((m) => m.posting.locs.map((loc) => ({ m, weight: weightOf(loc), position: positionOf(loc) })));
		sortUnstableByKey(occurrences, (o) => o.position);
		const weighted = new Map<string, number>();
		const locations: WordLocation[] = [];
		for (let i = 0; i < occurrences.length; ) {
			const { position } = occurrences[i];
			// One word can match several query words (`git-absorb` for “git absorb”): each counts once.
			const byTerm = new Map<number, { key: string; weight: number; lengthBonus: number }>();
			for (; i < occurrences.length && occurrences[i].position === position; i++) {
				const { m, weight } = occurrences[i];
				if (!byTerm.has(m.term)) byTerm.set(m.term, { key: m.key, weight, lengthBonus: m.lengthBonus });
			}
			// In query order, as Rust's BTreeMap keeps them: the sum below is in 32-bit floats.
			const seen = [...byTerm].sort(([a], [b]) => a - b).map(([, s]) => s);
			const least = Math.min(...seen.map((s) => s.weight));
			const weight = seen.length > 1 ? Math.min(255, least * seen.length) : least;
			for (const s of seen) weighted.set(s.key, (weighted.get(s.key) ?? 0) + weight);
			locations.push({ position, balancedScore: f(weight ** 2 * seen.reduce((sum, s) => f(sum + s.lengthBonus), 0)) });
		}

		let text = 0;
		for (const key of [...weighted.keys()].sort(byCodePoint)) {
			const m = here.find((x) => x.key === key)!;
			text = f(text + f(bm25(weighted.get(key)! / WEIGHT_UNIT, page.wordCount, index.averageLength, total, pageCounts[m.term], m.lengthBonus) * m.diacriticBonus));
		}
		const score = f(text + metaBoost(index, here, (term) => idf(total, pageCounts[term]), queryIdf));
		return { page, score, locations };
	});
}

/**
 * What matches in metadata add: per field, its weight times the share of the
 * query's weight (idf) it holds, squared, so that a title sharing one common
 * word with the query barely counts. Each query word counts once per field.
 */
function metaBoost(index: PreparedIndex, here: Match[], termIdf: (term: number) => number, queryIdf: number): number {
	if (queryIdf <= 0) return 0;
	const fields = new Map<number, Map<number, number>>();
	for (const m of here) {
		for (const [field] of m.posting.meta) {
			const terms = fields.get(field) ?? new Map<number, number>();
			if (!terms.has(m.term)) terms.set(m.term, termIdf(m.term));
			fields.set(field, terms);
		}
	}
	let boost = 0;
	for (const [field, terms] of fields) {
		const matched = [...terms.values()].reduce((a, b) => f(a + b), 0);
		const coverage = f(matched / queryIdf);
		boost = f(boost + f(f(f((RANKING.metaWeights[index.metaFields[field]] ?? 1) * matched) * coverage) * coverage));
	}
	return boost;
}

/** Pagefind's exact search: pages with the words in this order score 1; pages with them so only in metadata score that field's weight. */
function exactMatches(index: PreparedIndex, q: Query): RankedPage[] {
	const lists: Posting[] = [];
	const sets: Set<number>[] = [];
	for (const term of q.terms) {
		const postings = index.postings.get(term);
		if (!postings) return [];
		lists.push(...postings);
		sets.push(new Set(postings.map((p) => p.page)));
	}
	const byPage = groupByPage(lists.map((posting) => ({ posting })));
	const ranked: RankedPage[] = [];
	for (const p of intersect(sets)) {
		const page = index.pages[p];
		const here = byPage.get(p)!.map((x) => x.posting);
		const run = consecutive(here.map((x) => x.locs.map(positionOf)));
		if (run !== undefined) {
			ranked.push({ page, score: 1, locations: here.map((_, i) => ({ position: run + i, balancedScore: 1 })) });
			continue;
		}
		const inMeta = here.filter((x) => x.meta.length > 0);
		const field = inMeta.length >= q.terms.length ? metaRun(inMeta) : undefined;
		if (field !== undefined) ranked.push({ page, score: RANKING.metaWeights[index.metaFields[field]] ?? 1, locations: [] });
		else if (q.terms.length === 1 && here.length > 0) {
			ranked.push({ page, score: 1, locations: here[0].locs.map((loc) => ({ position: positionOf(loc), balancedScore: weightOf(loc) })) });
		}
	}
	return ranked;
}

/** The first position in the first list from which each following list holds the next position. */
function consecutive(lists: number[][]): number | undefined {
	const [first, ...rest] = lists;
	return first?.find((start) => rest.every((list, i) => list.includes(start + i + 1)));
}

/** A metadata field in which the postings' words stand in order. */
function metaRun(postings: Posting[]): number | undefined {
	const fields = [...new Set(postings.flatMap((p) => p.meta.map(([field]) => field)))].sort((a, b) => a - b);
	return fields.find((field) => {
		const lists = postings.map((p) => p.meta.filter(([f]) => f === field).map(([, position]) => position));
		return lists.every((l) => l.length > 0) && consecutive(lists) !== undefined;
	});
}

/** Pagefind escapes only angle brackets in its excerpts; so do we, so that both engines show the same. */
const escapeAngles = (word: string) => word.replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A result as Pagefind's `data()` would give it: excerpt and sub-results chosen the same way. */
export function pageData({ page, locations }: RankedPage, length = EXCERPT_LENGTH): PageData {
	const { record } = page;
	const words = page.words.map(escapeAngles);
	const positions = locations.map((l) => l.position);
	return {
		url: record.url,
		excerpt: buildExcerpt(words, excerptStart(locations, length), length, positions),
		meta: record.meta,
		section: record.section,
		sub_results: subResults(record.url, record.meta.title ?? record.url, words, record.anchors, locations, length),
	};
}

/**
 * The offline engine. The index is a classic script, loaded the first time
 * someone searches.
 */
export class OfflineEngine implements SearchEngine {
	readonly name = 'offline';
	readonly #root: URL;
	readonly #load: () => Promise<OfflineIndexData>;
	#index: Promise<PreparedIndex> | undefined;

	/** `root`: the site's base URL; `load` gets the index data. */
	constructor(root: URL, load: () => Promise<OfflineIndexData>) {
		this.#root = root;
		this.#load = load;
	}

	async search(query: string): Promise<SearchResult[]> {
		this.#index ??= this.#load().then(prepareIndex);
		const index = await this.#index;
		return rankPages(index, query)
			.slice(0, MAX_RESULTS)
			.map((r) => toSearchResult(pageData(r), (url) => new URL(url, this.#root).href));
	}
}

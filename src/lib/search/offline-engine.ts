import type { PageRecord, SearchEngine, SearchResult } from './types.ts';
import { highlightUrl } from './highlight-url.ts';
import { MAX_RESULTS, MAX_SUB_RESULTS } from './pagefind-engine.ts';

export interface OfflineIndexData {
	version: number;
	pages: PageRecord[];
}

interface PreparedChunk {
	anchor: string;
	title: string;
	text: string;
	/** Normalised words, in order. */
	words: string[];
	/** Character offset of each word in `text`. */
	offsets: number[];
}

interface PreparedPage {
	record: PageRecord;
	chunks: PreparedChunk[];
	length: number;
}

export interface PreparedIndex {
	pages: PreparedPage[];
	averageLength: number;
}

/** Lower case, accents folded, apostrophes dropped: "Zelenskyy’s" and "zelenskyys" are one word. */
export function normalise(word: string): string {
	return word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/['’]/g, '').toLowerCase();
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string): { words: string[]; offsets: number[] } {
	const words: string[] = [];
	const offsets: number[] = [];
	for (const m of text.matchAll(WORD)) {
		words.push(normalise(m[0]));
		offsets.push(m.index);
	}
	return { words, offsets };
}

export function prepareIndex(data: OfflineIndexData): PreparedIndex {
	const pages = data.pages.map((record) => {
		const chunks = record.chunks.map((c) => ({ ...c, ...tokenize(`${c.title} ${c.text}`), text: `${c.title} ${c.text}` }));
		return { record, chunks, length: chunks.reduce((n, c) => n + c.words.length, 0) };
	});
	const averageLength = pages.reduce((n, p) => n + p.length, 0) / Math.max(1, pages.length);
	return { pages, averageLength };
}

export interface RankedPage {
	page: PreparedPage;
	score: number;
	chunks: { chunk: PreparedChunk; score: number }[];
}

const K1 = 1.2;
const B = 0.75;

/**
 * Pages containing every query word (the last word may be the start of a
 * word, as one types), ranked by BM25 over the page; within a page, the
 * headings' chunks are ranked the same way for sub-results.
 */
export function rankPages(index: PreparedIndex, query: string): RankedPage[] {
	const terms = tokenize(query).words;
	if (terms.length === 0) return [];
	const matches = (word: string, term: string, isLast: boolean) => word === term || (isLast ? word.startsWith(term) : word.startsWith(term) && word.length - term.length <= 2);
	const df = terms.map((term, i) => index.pages.filter((p) => p.chunks.some((c) => c.words.some((w) => matches(w, term, i === terms.length - 1)))).length);
	const idf = df.map((n) => Math.log(1 + (index.pages.length - n + 0.5) / (n + 0.5)));
	const ranked: RankedPage[] = [];
	for (const page of index.pages) {
		const tfs = terms.map((term, i) => page.chunks.reduce((n, c) => n + c.words.filter((w) => matches(w, term, i === terms.length - 1)).length, 0));
		if (tfs.some((tf) => tf === 0)) continue;
		const norm = K1 * (1 - B + (B * page.length) / index.averageLength);
		const score = tfs.reduce((s, tf, i) => s + idf[i] * ((tf * (K1 + 1)) / (tf + norm)), 0);
		const chunks = page.chunks
			.map((chunk) => ({
				chunk,
				score: terms.reduce((s, term, i) => s + chunk.words.filter((w) => matches(w, term, i === terms.length - 1)).length * idf[i], 0),
			}))
			.filter((c) => c.score > 0)
			.sort((a, b) => b.score - a.score);
		ranked.push({ page, score, chunks });
	}
	return ranked.sort((a, b) => b.score - a.score || a.page.record.url.localeCompare(b.page.record.url));
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** About `size` words of the chunk around its first match, with matches in <mark>. */
export function excerpt(chunk: PreparedChunk, query: string, size = 24): string {
	const terms = tokenize(query).words;
	const hit = (w: string) => terms.some((t) => w.startsWith(t));
	const first = Math.max(0, chunk.words.findIndex(hit));
	const start = Math.max(0, first - Math.floor(size / 3));
	const end = Math.min(chunk.words.length, start + size);
	let html = '';
	for (let i = start; i < end; i++) {
		const from = chunk.offsets[i];
		const to = i + 1 < chunk.offsets.length ? chunk.offsets[i + 1] : chunk.text.length;
		const raw = chunk.text.slice(from, to);
		const word = /^[\p{L}\p{N}'’]+/u.exec(raw)?.[0] ?? '';
		html += hit(chunk.words[i]) ? `<mark>${escapeHtml(word)}</mark>${escapeHtml(raw.slice(word.length))}` : escapeHtml(raw);
	}
	return html.trim();
}

/**
 * Search over the offline index, for file:// where Pagefind cannot run. The
 * index is a classic script, loaded the first time someone searches.
 */
export class OfflineEngine implements SearchEngine {
	readonly name = 'offline';
	#index: Promise<PreparedIndex> | undefined;

	constructor(private readonly root: URL, private readonly loadIndex: () => Promise<OfflineIndexData>) {}

	async search(query: string): Promise<SearchResult[]> {
		this.#index ??= this.loadIndex().then(prepareIndex);
		const index = await this.#index;
		return rankPages(index, query).slice(0, MAX_RESULTS).map(({ page, chunks }) => {
			const subs = chunks
				.filter((c) => c.chunk.anchor)
				.slice(0, MAX_SUB_RESULTS)
				.map((c) => {
					const text = excerpt(c.chunk, query);
					return { url: this.#url(`${page.record.url}#${c.chunk.anchor}`, text), title: c.chunk.title, excerpt: text };
				});
			const best = excerpt(chunks[0].chunk, query);
			return {
				url: subs[0]?.url ?? this.#url(page.record.url, best),
				title: page.record.title,
				section: page.record.section,
				excerpt: best,
				subResults: subs,
			};
		});
	}

	#url(path: string, excerptHtml: string): string {
		return new URL(highlightUrl(path, excerptHtml), this.root).href;
	}
}

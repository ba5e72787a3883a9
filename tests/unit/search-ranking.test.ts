import { describe, expect, it } from 'vitest';
import { bm25, extensions, idf, lengthBonus, pageData, prepareIndex, rankPages, type OfflineIndexData } from '../../src/lib/search/offline-engine';
import { expf, logf } from '../../src/lib/search/float32';
import { sortUnstableByKey } from '../../src/lib/search/rust-sort';
import type { PageRecord } from '../../src/lib/search/types';

const record = (url: string, content: string, extra: Partial<PageRecord> = {}): PageRecord => ({
	url,
	meta: { title: url },
	section: '',
	content,
	weights: [],
	anchors: [],
	...extra,
});

/** Small pages, each with a point to make. */
const DATA: OfflineIndexData = {
	version: 2,
	pages: [
		record('invitation.html', 'Invitation to join. The alliance may invite a state by consensus.', {
			meta: { title: 'The invitation', summary: 'How an invitation works.' },
			weights: [0, 168, 3, 24],
			anchors: [[3, 'rules', 'The rules']],
		}),
		record('access.html', 'Accession protocols need ratification by every ally. Access is not automatic.'),
		record('membership.html', 'The Membership Action Plan prepares a country for membership of the alliance.', { meta: { title: 'Membership' } }),
		record('plan.html', 'A plan of action for membership, in no particular order: action, plan, membership.'),
		record('café.html', 'Talks at the café went on.'),
		record('cafe.html', 'Talks at the cafe went on.'),
	],
};
const index = prepareIndex(DATA);
const urls = (query: string) => rankPages(index, query).map((r) => r.page.record.url);

describe('rankPages: which pages a query finds, as Pagefind finds them', () => {
	it('matches every query word as the start of a word, stemmed', () => {
		expect(urls('invit')).toEqual(['invitation.html']);
		expect(urls('Invitations')).toEqual(['invitation.html']);
		expect(new Set(urls('memb act'))).toEqual(new Set(['membership.html', 'plan.html']));
	});

	it('falls back to the longest indexed word the query word begins with', () => {
		expect(extensions(index, 'accessi')).toEqual(['access']);
		expect(urls('accessi')).toEqual(['access.html']);
	});

	it('needs every query word that matches anything, and ignores one that matches nothing', () => {
		expect(urls('alliance consensus')).toEqual(['invitation.html']);
		expect(urls('alliance zzqx')).toEqual(urls('alliance'));
		expect(urls('zzqx')).toEqual([]);
		expect(urls('—')).toEqual([]);
	});

	it('ranks a page whose title holds the query above one that only mentions it', () => {
		expect(urls('membership')[0]).toBe('membership.html');
	});

	it('ranks words in headings above the same words in text', () => {
		const invitation = rankPages(index, 'invitation')[0];
		const heavy = rankPages(prepareIndex({ version: 2, pages: [DATA.pages[0], { ...DATA.pages[0], url: 'light.html', weights: [] }] }), 'join');
		expect(invitation.page.record.url).toBe('invitation.html');
		expect(heavy.map((r) => r.page.record.url)).toEqual(['invitation.html', 'light.html']);
	});

	it('finds accented and unaccented forms alike, and ranks the form typed higher', () => {
		expect(new Set(urls('cafe'))).toEqual(new Set(['cafe.html', 'café.html']));
		expect(urls('café')).toEqual(['café.html', 'cafe.html']);
		expect(urls('cafe')).toEqual(['cafe.html', 'café.html']);
	});

	it('finds a quoted phrase only where its words stand in that order', () => {
		expect(urls('"membership action plan"')).toEqual(['membership.html']);
		expect(new Set(urls('membership action plan'))).toEqual(new Set(['membership.html', 'plan.html']));
	});

	it('quotes the matches, and opens at the heading under which they are', () => {
		const data = pageData(rankPages(index, 'consensus')[0]);
		expect(data.excerpt).toContain('<mark>consensus.</mark>');
		expect(data.sub_results.map((s) => s.url)).toEqual(['invitation.html#rules']);
		expect(data.sub_results[0].title).toBe('The rules');
	});
});

describe('the ranking arithmetic, in 32-bit floats as Pagefind does it', () => {
	it('gives the numbers Pagefind 1.6 gave on the briefing', () => {
		// From Pagefind's playground mode: idf of a word on all 9 pages; a word's weight for excerpts (24² × length bonus).
		expect(idf(9, 9)).toBe(0.051293328404426575);
		expect(Math.fround(576 * lengthBonus('to', 'to'))).toBe(512.143310546875);
		expect(lengthBonus('natoukrain', 'nato')).toBe(0.3686850666999817);
	});

	it('saturates term frequency and favours short pages (BM25, k1 = 1.4, b = 0.75)', () => {
		const score = (count: number, length: number) => bm25(count, length, 100, 10, 2, 1);
		expect(score(2, 100)).toBeGreaterThan(score(1, 100));
		expect(score(20, 100) - score(10, 100)).toBeLessThan(score(2, 100) - score(1, 100));
		expect(score(1, 50)).toBeGreaterThan(score(1, 200));
		expect(score(1, 100)).toBeCloseTo(idf(10, 2) * ((2.4 * 1) / (1.4 + 1)), 6);
	});

	it('computes exp and ln as Rust’s libm does, within a unit in the last place of the exact value', () => {
		for (const x of [-0.125, -1, -3.5, -20, 0.5, 1, 2]) expect(Math.abs(expf(x) - Math.exp(x)) / Math.exp(x)).toBeLessThan(2 ** -22);
		for (const x of [1.0001, 1.5, 2, 10, 1e6]) expect(Math.abs(logf(x) - Math.log(x))).toBeLessThan(2 ** -20 * Math.max(1, Math.log(x)));
		expect(expf(-200)).toBe(0);
		expect(logf(1)).toBe(0);
	});
});

describe('sortUnstableByKey: Rust’s sort_unstable_by_key', () => {
	it('sorts, keeping every element', () => {
		let seed = 7;
		const random = () => (seed = (seed * 48271) % 2147483647);
		for (const length of [0, 1, 5, 20, 21, 33, 64, 65, 300, 2000]) {
			const items = Array.from({ length }, (_, i) => ({ key: random() % 13, i }));
			const sorted = [...items];
			sortUnstableByKey(sorted, (x) => x.key);
			expect(sorted.map((x) => x.key)).toEqual(items.map((x) => x.key).sort((a, b) => a - b));
			expect(new Set(sorted.map((x) => x.i)).size).toBe(length);
		}
	});

	it('keeps equal elements in order in short slices, where Rust uses insertion sort', () => {
		const items = Array.from({ length: 20 }, (_, i) => ({ key: i % 3, i }));
		sortUnstableByKey(items, (x) => x.key);
		expect(items.filter((x) => x.key === 1).map((x) => x.i)).toEqual([1, 4, 7, 10, 13, 16, 19]);
	});

	it('does not keep them in order in long ones, as Rust does not', () => {
		const items = Array.from({ length: 200 }, (_, i) => ({ key: i % 2, i }));
		sortUnstableByKey(items, (x) => x.key);
		const ones = items.filter((x) => x.key === 1).map((x) => x.i);
		expect(ones).not.toEqual([...ones].sort((a, b) => a - b));
	});
});

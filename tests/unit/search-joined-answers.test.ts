import { describe, expect, it } from 'vitest';
import { inOrderOf, joined, onPagesOf } from '../../src/client/search/joined-answers.ts';
import type { ResultView } from '../../src/client/search/results.ts';

const view = (url: string, title = url): ResultView => ({ url, title, badge: '', text: '', subResults: [] });
const found = (results: ResultView[], sources: ResultView[] = [], more = false) => ({ results, sources, more });

describe('two answers joined', () => {
	it('lists the second’s after the first’s, each result once by its page and title, each source once by its entry', () => {
		const a = found([view('a.html#x', 'X'), view('b.html')], [view('sources.html#s1:~:text=one')]);
		const b = found([view('a.html#y', 'X'), view('c.html')], [view('sources.html#s1:~:text=two'), view('sources.html#s2')]);
		const both = joined(a, b, { results: 8, sources: 3 });
		expect(both.results.map((v) => v.url)).toEqual(['a.html#x', 'b.html', 'c.html']);
		expect(both.sources.map((v) => v.url)).toEqual(['sources.html#s1:~:text=one', 'sources.html#s2']);
		expect(both).toMatchObject({ more: false, cut: { results: false, sources: false } });
	});

	it('is cut at the limits, and says so only of a full list with more beyond it', () => {
		const many = found(['1', '2', '3'].map((n) => view(`${n}.html`)));
		expect(joined(many, found([view('4.html')]), { results: 3, sources: 3 })).toMatchObject({ more: true, cut: { results: true, sources: false } });
		expect(joined(many, found([]), { results: 3, sources: 3 })).toMatchObject({ more: false });
		// Pagefind found more than were looked at.
		expect(joined(many, found([]), { results: 3, sources: 3 }, { results: true, sources: false }).cut).toEqual({ results: true, sources: false });
		// Results dropped as stand-ins leave a list short, and complete, whatever Pagefind found beyond it.
		expect(joined(found([view('1.html')], [], true), found([]), { results: 3, sources: 3 }).more).toBe(false);
		// A list cut before it was sifted is the first of its results however short, through every later join.
		const partial = joined({ ...found([view('1.html')]), partial: true }, found([]), { results: 3, sources: 3 });
		expect(partial).toMatchObject({ more: true, cut: { results: true, sources: false }, partial: true });
		expect(joined(found([]), partial, { results: 3, sources: 3 })).toMatchObject({ more: true, partial: true });
		// Where an answer says which of its lists was cut, only that one is: a full list of results whose register alone
		// was cut is complete (“is Ukraine in NATO” had said “The first 40 results”).
		const registerCut = { ...found(many.results, many.results, true), cut: { results: false, sources: true } };
		expect(joined(registerCut, found([]), { results: 3, sources: 3 }).cut).toEqual({ results: false, sources: true });
	});
});

describe('an exact phrase’s results', () => {
	const ids = (...names: string[]) => names.map((id) => ({ id }));
	it('are put in the order the words searched one by one rank them, those it did not list after, in their order', () => {
		expect(inOrderOf(ids('about', 'b', 'z'), ids('b', 'about'), 40).map((r) => r.id)).toEqual(['b', 'about', 'z']);
	});
	it('are ranked among the first of each that a search page looks at, the rest after in their order', () => {
		// The window is the search page's: the header's first few are the search page's first few, whatever it loads.
		expect(inOrderOf(ids('a', 'b', 'c', 'd'), ids('c', 'x', 'b', 'a'), 3).map((r) => r.id)).toEqual(['c', 'b', 'a', 'd']);
		// A result the words rank past the window is not ranked by it.
		expect(inOrderOf(ids('a', 'b', 'c'), ids('x', 'y', 'z', 'c', 'b'), 3).map((r) => r.id)).toEqual(['a', 'b', 'c']);
	});
});

describe('onPagesOf', () => {
	it('keeps a quoted phrase’s results on the pages the whole query found, whatever part of them it opens', () => {
		const found = (...urls: string[]) => ({ results: urls.map((u) => view(u)), sources: [], more: false });
		const phrase = found('index.html#key-points', 'glossary.html#victory-plan', 'alliance-reaction.html#who-stood-where');
		expect(onPagesOf(phrase, found('alliance-reaction.html', 'index.html#the-request')).results.map((r) => r.url)).toEqual(['index.html#key-points', 'alliance-reaction.html#who-stood-where']);
	});
});

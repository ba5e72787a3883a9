import { describe, expect, it } from 'vitest';
import { rewriteQuery } from '../../src/client/search/spellings';
import { highlightTargets, highlightUrl } from '../../src/client/search/highlight';
import { toResultView } from '../../src/client/search/results';

const SPELLINGS = [
	['Zelensky', 'Zelenskyy'],
	['Kiev', 'Kyiv'],
	['MAP', 'Membership Action Plan'],
	['Olga', 'Olha'],
] as const;

describe('rewriteQuery', () => {
	it('puts the briefing’s spelling for whole words a reader types, in any case', () => {
		expect(rewriteQuery('zelensky kiev', SPELLINGS)).toEqual({ query: 'Zelenskyy Kyiv', replaced: [['zelensky', 'Zelenskyy'], ['kiev', 'Kyiv']] });
	});
	it('leaves words that only contain a variant, and the briefing’s own spelling, alone', () => {
		expect(rewriteQuery('Zelenskyy Kievan', SPELLINGS)).toEqual({ query: 'Zelenskyy Kievan', replaced: [] });
	});
	it('takes acronyms only in capitals: “map” is another word', () => {
		expect(rewriteQuery('MAP', SPELLINGS).query).toBe('Membership Action Plan');
		expect(rewriteQuery('alliance map', SPELLINGS).query).toBe('alliance map');
	});
	it('keeps regex characters in a query literal', () => {
		expect(rewriteQuery('Kiev (1954)*', SPELLINGS).query).toBe('Kyiv (1954)*');
	});
});

describe('highlight targets', () => {
	it('takes the longest run of matched words as the phrase, without the punctuation around it, with the words before it as context', () => {
		expect(highlightTargets('arrival of <mark>North</mark> <mark>Korean</mark> <mark>troops,</mark> whose')).toEqual([{ prefix: 'arrival of', text: 'North Korean troops' }]);
	});
	it('takes single words without trailing full stops where no phrase matched', () => {
		expect(highlightTargets('Mark <mark>Rutte.</mark> He said <mark>Rutte’s</mark> and <mark>(Rutte)</mark>')).toEqual([
			{ prefix: 'Mark', text: 'Rutte' },
			{ prefix: 'He said', text: 'Rutte’s' },
		]);
	});
	it('keeps punctuation that opens the match in the context, and gives none at the start of an excerpt', () => {
		expect(highlightTargets('of “<mark>tens</mark> of thousands”')).toEqual([{ prefix: 'of “', text: 'tens' }]);
		expect(highlightTargets('<mark>Kyiv</mark> says')).toEqual([{ text: 'Kyiv' }]);
	});
	it('does not carry a phrase across the end of a sentence, or make one of a word repeated', () => {
		expect(highlightTargets('<mark>Kyiv.</mark> <mark>NATO</mark> said').map((t) => t.text)).toEqual(['Kyiv', 'NATO']);
		expect(highlightTargets('<mark>Kyiv</mark> <mark>Kyiv</mark>').map((t) => t.text)).toEqual(['Kyiv']);
	});
	it('prefers matches after the heading an excerpt opens with, since the page’s contents list the heading too, and else takes the heading’s', () => {
		const excerpt = '<mark>Bucharest,</mark> <mark>2008:</mark> a promise without a plan. The decisive moment came at the <mark>Bucharest</mark> summit of April <mark>2008.</mark> In';
		expect(highlightTargets(excerpt, 3, 'Bucharest, 2008: a promise without a plan')).toEqual([
			{ prefix: 'at the', text: 'Bucharest' },
			{ prefix: 'of April', text: '2008' },
		]);
		expect(highlightTargets(excerpt).map((t) => t.prefix)).toEqual([undefined, 'Bucharest,']);
		expect(highlightTargets('<mark>Oreshnik</mark> and the war. Text without it', 3, 'Oreshnik and the war')).toEqual([{ text: 'Oreshnik' }]);
		expect(highlightUrl('/a.html#x', excerpt, 'Bucharest, 2008: a promise without a plan')).toBe('/a.html#x:~:text=at%20the-,Bucharest&text=of%20April-,2008');
	});
	it('writes a text directive after the anchor, encoding what the syntax reserves', () => {
		expect(highlightUrl('/a.html#x', '<mark>Euro-Atlantic</mark> <mark>integration,</mark> and')).toBe('/a.html#x:~:text=Euro%2DAtlantic%20integration');
		expect(highlightUrl('/a.html#x', 'about <mark>10,000</mark> troops')).toBe('/a.html#x:~:text=about-,10%2C000');
		expect(highlightUrl('/a.html', 'nothing marked')).toBe('/a.html');
	});
});

describe('toResultView', () => {
	const resolve = (url: string) => `https://site.example${url}`;
	it('opens a page at the heading holding most of the match and lists its other headings', () => {
		const view = toResultView(
			{
				url: '/a.html',
				excerpt: 'page <mark>x</mark>',
				meta: { title: 'A page', badge: 'Section 2' },
				filters: { kind: ['Section'] },
				sub_results: [
					{ title: 'A page', url: '/a.html', excerpt: 'top' },
					{ title: 'First', url: '/a.html#first', excerpt: 'one <mark>x</mark>', weighted_locations: [{ balanced_score: 1 }] },
					{ title: 'Second', url: '/a.html#second', excerpt: 'two <mark>x</mark> <mark>x</mark>', weighted_locations: [{ balanced_score: 2 }, { balanced_score: 2 }] },
				] as never,
			},
			resolve,
		);
		expect(view).toEqual({
			url: 'https://site.example/a.html#second:~:text=two-,x',
			title: 'A page',
			heading: 'Second',
			badge: 'Section 2',
			text: 'two <mark>x</mark> <mark>x</mark>',
			subResults: [{ url: 'https://site.example/a.html#first:~:text=one-,x', title: 'First' }],
		});
	});
	it('answers a term looked up by name with its first sentence, escaped, and never repeats the title as a badge', () => {
		const term = { url: '/glossary.html#map', meta: { title: 'MAP', summary: 'A plan <for> joining.' }, filters: { kind: ['Glossary'] }, sub_results: [] };
		expect(toResultView({ ...term, excerpt: 'the <mark>MAP</mark> was' }, resolve).text).toBe('A plan &lt;for&gt; joining.');
		expect(toResultView({ ...term, excerpt: 'refused at <mark>Bucharest</mark>' }, resolve).text).toBe('refused at <mark>Bucharest</mark>');
		expect(toResultView({ ...term, meta: { ...term.meta, title: 'Glossary' }, excerpt: '' }, resolve).badge).toBe('');
	});
});

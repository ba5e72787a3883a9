import { describe, expect, it } from 'vitest';
import { excerptTokens, highlightRuns, highlightUrl, recordText } from '../../src/client/search/highlight.ts';
import { textDirectives } from '../../src/client/search/same-page-highlight.ts';
import { encodePlaces } from '../../src/search/word-places.ts';

describe('what a result highlights', () => {
	const runs = (excerpt: string, heading?: string) => highlightRuns(excerptTokens(excerpt), heading).map(([a, b]) => excerptTokens(excerpt).slice(a, b).map((t) => t.word).join(' '));
	it('takes the longest run of matched words as the phrase, not across the end of a sentence, and not a word repeated', () => {
		expect(runs('arrival of <mark>North</mark> <mark>Korean</mark> <mark>troops,</mark> whose')).toEqual(['North Korean troops']);
		expect(runs('<mark>Kyiv.</mark> <mark>NATO</mark> said')).toEqual(['Kyiv', 'NATO']);
		expect(runs('<mark>Kyiv</mark> <mark>Kyiv</mark>')).toEqual(['Kyiv']);
	});
	it('takes up to three single words where no phrase matched, each once', () => {
		expect(runs('Mark <mark>Rutte.</mark> He said <mark>Rutte’s</mark> and <mark>(Rutte)</mark>')).toEqual(['Rutte', 'Rutte’s']);
	});
	it('prefers matches after the heading an excerpt opens with, and else takes the heading’s', () => {
		const excerpt = '<mark>Bucharest,</mark> <mark>2008:</mark> a promise without a plan. The decisive moment came at the <mark>Bucharest</mark> summit of April <mark>2008.</mark> In';
		expect(runs(excerpt, 'Bucharest, 2008: a promise without a plan')).toEqual(['Bucharest', '2008']);
		expect(runs('What <mark>Zelenskyy</mark> proposed. On 29 November, he', 'What Zelenskyy proposed')).toEqual(['Zelenskyy']);
		// Pagefind may cut the heading's first words from the excerpt.
		expect(runs('membership brings: <mark>Articles</mark> 5 and 6. The heart of <mark>Articles</mark>', 'What membership brings: Articles 5 and 6')).toEqual(['Articles']);
	});
	it('writes a text directive after the anchor, encoding what the syntax reserves', () => {
		const text = recordText('Euro-Atlantic integration, and about 10,000 troops', encodePlaces({ words: 6, shadowed: [], broken: [], glued: [], open: [], closed: [], openShadowed: [] }));
		expect(highlightUrl('/a.html#x', '<mark>Euro-Atlantic</mark> <mark>integration,</mark> and', text)).toBe('/a.html#x:~:text=Euro%2DAtlantic%20integration,-%2C%20and');
		expect(highlightUrl('/a.html#x', 'about <mark>10,000</mark> troops', text)).toBe('/a.html#x:~:text=about-,10%2C000,-troops');
		expect(highlightUrl('/a.html', 'nothing marked', text)).toBe('/a.html');
	});
});

describe('recordText', () => {
	it('reads a record once for the places written for it, and trusts no places written for another text', () => {
		const places = (words: number) => encodePlaces({ words, shadowed: [], broken: [], glued: [], open: [], closed: [], openShadowed: [] });
		const first = recordText('the same record text', places(4));
		expect(first?.norms).toEqual(['the', 'same', 'record', 'text']);
		// Found again as the reader types: the same reading.
		expect(recordText('the same record text', places(4))).toBe(first);
		// The same text with places for five words is not trusted, and does not spoil the reading kept for four.
		expect(recordText('the same record text', places(5))).toBeUndefined();
		expect(recordText('the same record text', places(4))?.norms).toEqual(first?.norms);
		expect(recordText('the same record text', undefined)).toBeUndefined();
	});
});

describe('textDirectives', () => {
	it('reads back the targets highlightUrl writes, commas, dashes and all', () => {
		const text = recordText('said Kursk region, in the north', encodePlaces({ words: 6, shadowed: [], broken: [], glued: [], open: [], closed: [], openShadowed: [] }));
		const url = highlightUrl('/a.html#b', 'said <mark>Kursk</mark> region, in the north', text);
		expect(textDirectives(url.slice(url.indexOf('#')))).toEqual([{ prefix: 'said', text: 'Kursk', suffix: 'region' }]);
		expect(textDirectives('#x:~:text=a%2Cb%2Dc-,mid%2C%20dle,-end&text=two')).toEqual([{ prefix: 'a,b-c', text: 'mid, dle', suffix: 'end' }, { text: 'two' }]);
		expect(textDirectives('#plain')).toEqual([]);
	});
});

import { describe, expect, it } from 'vitest';
import { highlightUrl, markedWords } from '../../src/lib/search/highlight-url';

describe('highlightUrl', () => {
	it('adds a text directive for each distinct marked word, keeping the anchor as fallback', () => {
		expect(highlightUrl('/x.html#reaction', 'said <mark>Stefanishyna</mark> and <mark>stefanishyna</mark> <mark>Sky</mark>')).toBe(
			'/x.html#reaction:~:text=Stefanishyna&text=Sky',
		);
	});
	it('starts a fragment when the URL has none, and escapes what the syntax reserves', () => {
		expect(highlightUrl('/x.html', '<mark>Euro-Atlantic</mark> <mark>A&amp;B</mark>')).toBe('/x.html#:~:text=Euro%2DAtlantic&text=A%26B');
	});
	it('leaves the URL alone when nothing is marked', () => {
		expect(highlightUrl('/x.html#a', 'plain')).toBe('/x.html#a');
		expect(markedWords('<mark></mark>')).toEqual([]);
	});
});

import { describe, expect, it } from 'vitest';
import { markedAsTyped } from '../../src/client/search/typed-marks.ts';

describe('an excerpt found by its kind, marked as typed', () => {
	const row = 'Foreign Minister Péter Szijjártó called it out of the question (About Hungary, July 2024); Politico listed Hungary &amp; others';

	it('marks each word of substance typed, accents aside, and nothing in an entity or a tag', () => {
		expect(markedAsTyped(row, 'Hungary')).toBe('Foreign Minister Péter Szijjártó called it out of the question (About <mark>Hungary</mark>, July 2024); Politico listed <mark>Hungary</mark> &amp; others');
		expect(markedAsTyped(row, 'what did szijjarto say')).toContain('Péter <mark>Szijjártó</mark> called');
		expect(markedAsTyped(row, 'amp')).toBe(row);
		expect(markedAsTyped('<a href="x">Hungary</a>', 'href')).toBe('<a href="x">Hungary</a>');
		// Small words alone mark nothing.
		expect(markedAsTyped(row, 'it the')).toBe(row);
	});

	it('marks a name typed with a possessive’s s and no apostrophe, and a word begun in three letters, not in two', () => {
		expect(markedAsTyped('Chancellor of Germany', 'germanys position')).toBe('Chancellor of <mark>Germany</mark>');
		expect(markedAsTyped('Politico listed Hungary', 'hung')).toBe('Politico listed <mark>Hungary</mark>');
		expect(markedAsTyped('the European Union', 'eu')).toBe('the European Union');
	});

	it('marks a number of one figure typed, whole', () => {
		expect(markedAsTyped('Article 5', 'article 5')).toBe('<mark>Article</mark> <mark>5</mark>');
		expect(markedAsTyped('Article 51', 'article 5')).toBe('<mark>Article</mark> 51');
	});
});

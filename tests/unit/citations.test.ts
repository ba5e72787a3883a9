import { describe, expect, it } from 'vitest';
import { findCitations, findDanglingFootnotes } from '../../src/markdown/citation-syntax.ts';

describe('citations', () => {
	it('finds Pandoc-style citations with their positions', () => {
		expect(findCitations('[@reuters-2024-11-29]; [@sky-news-2024-11-29], p. 2')).toEqual([
			{ id: 'reuters-2024-11-29', index: 0, length: 21 },
			{ id: 'sky-news-2024-11-29', index: 23, length: 22 },
		]);
		expect(findCitations('no citation [here]')).toEqual([]);
	});
	it('finds footnote calls left as text because nothing defines them', () => {
		expect(findDanglingFootnotes('A claim.[^missing] Another.[^2]')).toEqual(['missing', '2']);
		expect(findDanglingFootnotes('[link](x)')).toEqual([]);
	});
});

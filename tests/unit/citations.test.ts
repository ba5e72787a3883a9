import { describe, expect, it } from 'vitest';
import { findCitations, findDanglingFootnotes, pandocForm } from '../../src/markdown/citation-syntax.ts';

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

describe('pandocForm', () => {
	it('finds a citation in Pandoc’s fuller forms, with the rewrite', () => {
		expect(pandocForm('As reported [see @beta-2024-02-02, p. 3].')).toMatch(/^“\[see @beta-2024-02-02, p\. 3\]” holds more than a source: write each source alone in its brackets, \[@beta-2024-02-02\], and any words/);
		expect(pandocForm('[@a-1; @b-2]')).toMatch(/\[@a-1\]; \[@b-2\]/);
		expect(pandocForm('[@reuters-2024-11-29]; see also [@sky-news-2024-11-29], p. 2')).toBeUndefined();
	});
	it('leaves prose with an “@” in brackets alone: a sign, a handle, an address', () => {
		// Refused as citations, these had been told to write each source “alone in its brackets, , ”.
		for (const prose of ['He said [the @ sign].', 'The account [on X, @NATO_Press] said so.', '[write to press@nato.int]', '[…] @handle']) expect(pandocForm(prose), prose).toBeUndefined();
	});
});

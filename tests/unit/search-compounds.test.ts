import { describe, expect, it } from 'vitest';
import { apart, closedUp, hyphenated, inParts } from '../../src/client/search/compounds.ts';
import { compoundsOf } from '../../src/postbuild/search/vocabulary.ts';

/** As the build lists them from the index's text. */
const compounds = compoundsOf(['A full-scale invasion, a Full-scale war; Jean-Noël Barrot.', 'The collective-defence clause, intermediate-range missiles, the RS-26, 3-4 December.']);

describe('compoundsOf', () => {
	it('lists the words the text joins with a hyphen, folded, each once, numbers among them', () => {
		expect(compounds).toEqual(['full-scale', 'jean-noel', 'collective-defence', 'intermediate-range', 'rs-26', '3-4']);
	});
});

describe('apart', () => {
	/** As a phrase search of a text answers that writes “Secretary General” and “North Korean”, not “co operation”. */
	const writes = async (words: string) => (['secretary general', 'north korean'].includes(words.toLowerCase()) ? 1 : 0);
	it('writes apart a word typed with a hyphen that the text writes as two words, as its spelling', async () => {
		expect(await apart('Secretary-General', compounds, writes)).toEqual({ query: 'Secretary General', asWritten: true });
		expect((await apart('NATO secretary-general Rutte', compounds, writes))?.query).toBe('NATO secretary general Rutte');
		expect(await apart('North-Korean co-operation', compounds, writes)).toEqual({ query: 'North Korean co-operation', asWritten: true });
	});
	it('leaves what the text joins as often as it writes apart, and numbers, as typed', async () => {
		const asOften = async () => 3;
		for (const query of ['full-scale invasion', 'Full-Scale', 'Jean-Noël', 'RS-26', '3-4 December', 'Rutte']) expect(await apart(query, compounds, asOften), query).toBeUndefined();
	});
	it('writes apart what the text joins less often than it writes apart', async () => {
		// “partial-coverage”, an adjective once, and “partial coverage” nine times: Pagefind finds the compound by its parts too.
		const found = async (phrase: string) => (phrase.includes('-') ? 1 : 9);
		// Not said to be its spelling, which it is not alone.
		expect(await apart('partial-coverage', [...compounds, 'partial-coverage'], found)).toEqual({ query: 'partial coverage', asWritten: false });
	});
	it('parts a word typed with a hyphen that the text does not join, so that each part is searched', () => {
		expect(inParts('NATO-Russia council and full-scale war', compounds)).toBe('NATO Russia council and full-scale war');
		expect(inParts('Jean-Noël Barrot, 3-4 December', compounds)).toBeUndefined();
	});
	it('leaves as typed what the text writes neither way', async () => {
		for (const query of ['co-operation', 'so-called']) expect(await apart(query, compounds, writes), query).toBeUndefined();
	});
});

describe('hyphenated', () => {
	it('joins with hyphens the words the text joins, in or out of quotation marks, as typed', () => {
		expect(hyphenated('"full scale invasion"', compounds)).toBe('"full-scale invasion"');
		expect(hyphenated('Collective  Defence clause', compounds)).toBe('Collective-Defence clause');
	});
	it('joins only whole words, and nothing else; undefined where nothing changes', () => {
		expect(hyphenated('fuller scale', compounds)).toBeUndefined();
		expect(hyphenated('full scales', compounds)).toBeUndefined();
		expect(hyphenated('full-scale invasion', compounds)).toBeUndefined();
		expect(hyphenated('full', compounds)).toBeUndefined();
		expect(hyphenated('full scale', [])).toBeUndefined();
	});
});

describe('closedUp', () => {
	it('writes as one word a word typed with a hyphen that the text writes so, as it writes it', () => {
		expect(closedUp('co-operation with NATO', ['NATO', 'cooperation', 'Ceasefire'])).toBe('cooperation with NATO');
		expect(closedUp('cease-fire', ['NATO', 'cooperation', 'Ceasefire'])).toBe('Ceasefire');
		expect(closedUp('re-election', ['election'])).toBeUndefined();
	});
});

import { describe, expect, it } from 'vitest';
import { apart, hyphenated } from '../../src/client/search/compounds.ts';
import { compoundsOf } from '../../src/postbuild/search/vocabulary.ts';

/** As the build lists them from the index's text. */
const compounds = compoundsOf(['A full-scale invasion, a Full-scale war; Jean-Noël Barrot.', 'The collective-defence clause, intermediate-range missiles, the RS-26, 3-4 December.']);

describe('compoundsOf', () => {
	it('lists the words the text joins with a hyphen, folded, each once, numbers among them', () => {
		expect(compounds).toEqual(['full-scale', 'jean-noel', 'collective-defence', 'intermediate-range', 'rs-26', '3-4']);
	});
});

describe('apart', () => {
	it('writes apart a word typed with a hyphen that the text does not join, as two words', () => {
		expect(apart('Secretary-General', compounds)).toBe('Secretary General');
		expect(apart('NATO secretary-general Rutte', compounds)).toBe('NATO secretary general Rutte');
	});
	it('leaves what the text joins, and numbers, as typed; undefined where nothing changes', () => {
		expect(apart('full-scale invasion', compounds)).toBeUndefined();
		expect(apart('Full-Scale', compounds)).toBeUndefined();
		expect(apart('Jean-Noël', compounds)).toBeUndefined();
		expect(apart('RS-26', compounds)).toBeUndefined();
		expect(apart('3-4 December', compounds)).toBeUndefined();
		expect(apart('Rutte', compounds)).toBeUndefined();
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

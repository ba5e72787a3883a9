import { describe, expect, it } from 'vitest';
import { scopeAsked } from '../../src/client/search/page-scope.ts';

describe('a reference page named in a search', () => {
	it('is searched for the rest, named first or last after “in”', () => {
		expect(scopeAsked('timeline november')).toEqual({ kind: 'Timeline', place: 'in the timeline', words: 'november' });
		expect(scopeAsked('Glossary: consensus')).toMatchObject({ kind: 'Glossary', words: 'consensus' });
		expect(scopeAsked('timeline of accession')).toMatchObject({ kind: 'Timeline', words: 'accession' });
		expect(scopeAsked('sources reuters')).toEqual({ kind: 'Source', place: 'in the source register', words: 'reuters' });
		expect(scopeAsked('source register politico')).toMatchObject({ kind: 'Source', words: 'politico' });
		expect(scopeAsked('people nato')).toMatchObject({ kind: 'Who’s who', words: 'nato' });
		expect(scopeAsked('rutte in who’s who')).toEqual({ kind: 'Who’s who', place: 'in who’s who', words: 'rutte' });
		expect(scopeAsked('november in the timeline')).toMatchObject({ kind: 'Timeline', words: 'november' });
	});

	it('is the page asked for where it comes last alone, or is all there is, and words of the text elsewhere', () => {
		// “nato glossary” and “nato membership timeline” are answered by the page itself.
		for (const q of ['nato glossary', 'nato membership timeline', 'anonymous sources', 'the ukrainian people', 'timeline', 'who’s who', 'what is the timeline of accession']) expect(scopeAsked(q), q).toBeUndefined();
	});
});

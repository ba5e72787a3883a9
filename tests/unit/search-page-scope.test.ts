import { describe, expect, it } from 'vitest';
import { publisherFirst, scopeAsked } from '../../src/client/search/page-scope.ts';

describe('a reference page named in a search', () => {
	it('is searched for the rest, named first or last after “in”', () => {
		expect(scopeAsked('timeline november')).toEqual({ kind: 'Timeline', place: 'in the timeline', words: 'november' });
		expect(scopeAsked('Glossary: consensus')).toMatchObject({ kind: 'Glossary', words: 'consensus' });
		expect(scopeAsked('timeline of accession')).toMatchObject({ kind: 'Timeline', words: 'accession' });
		expect(scopeAsked('sources reuters')).toEqual({ kind: 'Source', place: 'in the source register', words: 'reuters' });
		expect(scopeAsked('source register politico')).toMatchObject({ kind: 'Source', words: 'politico' });
		expect(scopeAsked('register: reuters')).toMatchObject({ kind: 'Source', words: 'reuters' });
		expect(scopeAsked('who’s who nato')).toMatchObject({ kind: 'Who’s who', words: 'nato' });
		expect(scopeAsked('rutte in who’s who')).toEqual({ kind: 'Who’s who', place: 'in who’s who', words: 'rutte' });
		expect(scopeAsked('november in the timeline')).toMatchObject({ kind: 'Timeline', words: 'november' });
	});

	it('is the page asked for where it comes last alone, or is all there is, and words of the text elsewhere', () => {
		// “nato glossary” and “nato membership timeline” are answered by the page itself.
		for (const q of ['nato glossary', 'nato membership timeline', 'anonymous sources', 'the ukrainian people', 'timeline', 'who’s who', 'what is the timeline of accession']) expect(scopeAsked(q), q).toBeUndefined();
		// A question of the text's that begins with a page's name: who is against, a source's claim, a source of something.
		for (const q of ['people against ukraine joining', 'sources say germany opposed', 'source of the diplomats’ forecast']) expect(scopeAsked(q), q).toBeUndefined();
	});

	it('puts the register’s entries of the publisher named first, each group in its order', () => {
		const entry = (title: string) => ({ url: title, title, badge: '', text: '', subResults: [] });
		const found = ['bobnews24.com, [Report, based on Reuters]', 'Reuters, France open', 'Kyiv Independent, [Reuters reports]', 'Reuters, Ukraine asks'].map(entry);
		expect(publisherFirst(found, 'reuters').map((v) => v.title)).toEqual(['Reuters, France open', 'Reuters, Ukraine asks', 'bobnews24.com, [Report, based on Reuters]', 'Kyiv Independent, [Reuters reports]']);
		expect(publisherFirst(found, 'Politico')).toEqual(found);
	});
});

import { describe, expect, it } from 'vitest';
import { inAnotherYear, monthFirst, otherSpellings, parted, rewriteQuery, untitled, type Spelling } from '../../src/client/search/spellings.ts';
import { collectSpellings, contentText, inLowerCase } from '../../src/data/spellings.ts';

const SPELLINGS = [
	['Zelensky', 'Zelenskyy'],
	['Kiev', 'Kyiv'],
	['MAP', 'Membership Action Plan'],
	['Olga', 'Olha'],
] as const;

describe('rewriteQuery', () => {
	it('leaves out an abbreviation’s points, so that it is respelled as typed without them', () => {
		const spellings = [['US', 'United States'], ['UK', 'United Kingdom'], ['us', 'United States']] as const;
		expect(rewriteQuery('U.S. position', spellings).query).toBe('United States position');
		expect(['u.s.', 'U.S', 'the U.K.', 'N.A.T.O.'].map((q) => rewriteQuery(q, spellings).query)).toEqual(['United States', 'United States', 'the United Kingdom', 'NATO']);
		expect(parted('U.S. and N.A.T.O.')).toBe('US and NATO');
		// In small letters only where the briefing spells it: not “e.g.”, nor the register's “n.d.”.
		expect(rewriteQuery('e.g. n.d. a.m.', spellings).query).toBe('e.g. n.d. a.m.');
		expect(parted('u.s. and e.g.', spellings)).toBe('US and e.g.');
		// Not a word's own point, nor a number's.
		expect(['Dec. 3', 'art. 5', 'v1.2', 'end.Start'].map((q) => parted(q))).toEqual(['Dec. 3', 'art. 5', 'v1.2', 'end.Start']);
	});
	it('writes a number of five digits or more with its thousands’ commas, as the briefing does, and leaves years alone', () => {
		expect(rewriteQuery('10000 troops in 2024', SPELLINGS)).toEqual({ query: '10,000 troops in 2024', replaced: [], otherWords: false, unnamed: [], formatted: [['10000', '10,000']] });
		expect(rewriteQuery('1234567 and 10,000 and 68/262', SPELLINGS).query).toBe('1,234,567 and 10,000 and 68/262');
		// Thousands with a k, as a phone types them; not a k that ends a word or a designation.
		expect(rewriteQuery('10k troops', SPELLINGS)).toEqual({ query: '10,000 troops', replaced: [], otherWords: false, unnamed: [], formatted: [['10k', '10,000']] });
		expect(rewriteQuery('12K and 500k', SPELLINGS).query).toBe('12,000 and 500,000');
		expect(rewriteQuery('5km and 1.5k and ak47', SPELLINGS).query).toBe('5km and 1.5k and ak47');
		// Thousands grouped by a space, a narrow one or a point; not a decimal, a date, nor a year beside a number.
		expect(rewriteQuery('10 000 troops and 1.000 days and 1 000 000 and 10\u202F000', SPELLINGS).query).toBe('10,000 troops and 1,000 days and 1,000,000 and 10,000');
		expect(rewriteQuery('3.5 and 11.07.2023 and Article 10 2024 and 1.0005', SPELLINGS).query).toBe('3.5 and 11 July 2023 and Article 10 2024 and 1.0005');
	});
	it('writes a date as the briefing does, day first and the month in full, apart from the spellings replaced', () => {
		expect(rewriteQuery('Dec 3', SPELLINGS)).toEqual({ query: '3 December', replaced: [], otherWords: false, unnamed: [], formatted: [['Dec 3', '3 December']] });
		expect(rewriteQuery('meeting on december 3rd, 2024', SPELLINGS).query).toBe('meeting on 3 December 2024');
		expect(rewriteQuery('Sept 05 and May 31 and Nov. 29', SPELLINGS).query).toBe('5 September and 31 May and 29 November');
		expect(rewriteQuery('Dec 3-4 and December 3rd–4th, 2024', SPELLINGS).query).toBe('3–4 December and 3–4 December 2024');
		expect(rewriteQuery('1 Oct, 5 sept and 3 May', SPELLINGS).query).toBe('1 October, 5 September and 3 May');
		// A day as an ordinal, with “of” or without: “29th November” had found Montenegro's “29th party” alone.
		expect(rewriteQuery('29th November, 29th of November, 3rd of Dec and 1st Jan 2024', SPELLINGS).query).toBe('29 November, 29 November, 3 December and 1 January 2024');
		expect(rewriteQuery('the 29th party, 5 of them', SPELLINGS).formatted).toEqual([]);
		// “Of” and “May” only after an ordinal: a number before them is no day (a maintainer's review).
		expect(rewriteQuery('article 4 of june; article 5 may not apply; 4th of june; 6th May', SPELLINGS).query).toBe('article 4 of june; article 5 may not apply; 4 June; 6 May');
		expect(rewriteQuery('2024-12-03 Kiev', SPELLINGS)).toEqual({ query: '3 December 2024 Kyiv', replaced: [['Kiev', 'Kyiv']], otherWords: false, unnamed: [], formatted: [['2024-12-03', '3 December 2024']] });
		// With slashes: a number over 12 is the day; else the day comes first, as in the briefing.
		expect(['12/3/2024', '3/12/2024', '12/13/2024', '13/12/2024', '13/13/2024'].map((q) => rewriteQuery(q, SPELLINGS).query)).toEqual(['12 March 2024', '3 December 2024', '13 December 2024', '13 December 2024', '13/13/2024']);
		// With dots, as much of Europe writes a date, and the same way; not two separators mixed, nor a version number.
		expect(['11.07.2023', '3.12.2024 Brussels', '11.07/2023', '1.2.2024.5'].map((q) => rewriteQuery(q, SPELLINGS).query)).toEqual(['11 July 2023', '3 December 2024 Brussels', '11.07/2023', '1.2.2024.5']);
		// A year in two digits, as a phone types it (“4/4/23” had been searched as typed, every 4 and 23).
		expect(['4/4/23', '4/4/49', '11.07.23', '3/12/202'].map((q) => rewriteQuery(q, SPELLINGS).query)).toEqual(['4 April 2023', '4 April 1949', '11 July 2023', '3/12/202']);
		// Read the other way when the day first finds nothing: only a date that can be, and every such date.
		expect(['12/3/2024', '3/12/2024 and 1/2/2023', '13/12/2024', '3/3/2024', 'Kyiv', '12.3.2024'].map((q) => monthFirst(q))).toEqual(['3/12/2024', '12/3/2024 and 2/1/2023', undefined, undefined, undefined, '3.12.2024']);
		// Not a day: a year, a number of troops, a word that starts like a month, a fraction.
		expect(rewriteQuery('May 2024; march 10000; Decent 3; Dec 32; 3 Octopus; 68/262', SPELLINGS).query).toBe('May 2024; march 10,000; Decent 3; Dec 32; 3 Octopus; 68/262');
	});
	it('puts the briefing’s spelling for whole words a reader types, in any case', () => {
		expect(rewriteQuery('zelensky kiev', SPELLINGS)).toEqual({ query: 'Zelenskyy Kyiv', replaced: [['zelensky', 'Zelenskyy'], ['kiev', 'Kyiv']], otherWords: false, unnamed: [], formatted: [] });
	});
	it('takes a name’s possessive, its apostrophe left out too as a phone types it, for the name, but not an acronym’s or a phrase’s s', () => {
		const more = [...SPELLINGS, ['UK', 'United Kingdom'], ['the us', 'United States']] as const;
		// Searched as the name: “Zelenskyy’s proposal” had found only where the briefing says “Zelenskyy’s”, not “What Zelenskyy proposed”.
		expect(rewriteQuery('zelenskys plan', more)).toEqual({ query: 'Zelenskyy plan', replaced: [['zelenskys', 'Zelenskyy']], otherWords: false, unnamed: [], formatted: [] });
		expect(rewriteQuery('Zelensky’s plan', more).query).toBe('Zelenskyy plan');
		expect(rewriteQuery("Zelensky's plan", more).query).toBe('Zelenskyy plan');
		// The briefing's own spelling too, which is no spelling replaced.
		expect(rewriteQuery("Zelenskyy's proposal", more)).toEqual({ query: 'Zelenskyy proposal', replaced: [], otherWords: false, unnamed: [], formatted: [] });
		expect(rewriteQuery('UKs and the uss and MAPs', more).query).toBe('UKs and the uss and MAPs');
		// A spelling's own is no possessive: “who is who” had been searched, and named, as “Who who”.
		expect(rewriteQuery('who is who', [['who is who', 'Who’s who']]).query).toBe('Who’s who');
	});
	it('puts the briefing’s spelling for a name typed in Cyrillic, a whole word at a time', () => {
		const cyrillic = [...SPELLINGS, ['Зеленський', 'Zelenskyy'], ['Київ', 'Kyiv']] as const;
		expect(rewriteQuery('зеленський Київ', cyrillic)).toEqual({ query: 'Zelenskyy Kyiv', replaced: [['зеленський', 'Zelenskyy'], ['Київ', 'Kyiv']], otherWords: false, unnamed: [], formatted: [] });
		// Another case of the word is another word: left as typed, not cut short.
		expect(rewriteQuery('Зеленського у Києві', cyrillic).query).toBe('Зеленського у Києві');
	});
	it('says when a word put in is the briefing’s word for the reader’s, not a spelling of it', () => {
		const words = [...SPELLINGS, ['veto', 'consensus', 'word']] as const;
		expect(rewriteQuery('Hungary veto', words)).toEqual({ query: 'Hungary consensus', replaced: [['veto', 'consensus']], otherWords: true, unnamed: [], formatted: [] });
		// A person the briefing never names, searched as the ally they speak for, is said to be so.
		const unnamed: Spelling[] = [['Macron', 'France', 'unnamed']];
		expect(rewriteQuery('macron stance', unnamed)).toMatchObject({ query: 'France stance', replaced: [['macron', 'France']], otherWords: false, unnamed: ['macron'] });
		// With a title or form of address, which is no part of the ally: only before such a person.
		expect(rewriteQuery('President Macron', unnamed)).toMatchObject({ query: 'France', unnamed: ['Macron'] });
		expect(rewriteQuery('President Macrons plan and Prime  Minister Macron', unnamed)).toMatchObject({ query: 'France plan and France', unnamed: ['Macron'] });
		expect(rewriteQuery('what did prime minister macron say', unnamed).query).toBe('what did France say');
		expect(rewriteQuery('Mr. Macron and President Zelenskyy', unnamed).query).toBe('France and President Zelenskyy');
		expect(rewriteQuery('Secretary General', unnamed).query).toBe('Secretary General');
		expect(untitled('President Macron and President Zelenskyy', unnamed)).toBe('Macron and President Zelenskyy');
		// Typed beside the ally they speak for, the ally once.
		expect(rewriteQuery('Macron France', unnamed)).toMatchObject({ query: 'France', unnamed: ['Macron'] });
		expect(rewriteQuery('france macron position', unnamed).query).toBe('france position');
		expect(rewriteQuery('Kiev', words).otherWords).toBe(false);
	});
	it('leaves words that only contain a variant, and the briefing’s own spelling, alone', () => {
		expect(rewriteQuery('Zelenskyy Kievan', SPELLINGS)).toEqual({ query: 'Zelenskyy Kievan', replaced: [], otherWords: false, unnamed: [], formatted: [] });
	});
	it('takes acronyms only in capitals: “map” is another word', () => {
		expect(rewriteQuery('MAP', SPELLINGS).query).toBe('Membership Action Plan');
		expect(rewriteQuery('alliance map', SPELLINGS).query).toBe('alliance map');
	});
	it('takes the lower-case form of an acronym a reader types on a phone where it is listed too, beside the acronym', () => {
		const both = [...SPELLINGS, ['UK', 'United Kingdom'], ['uk', 'United Kingdom'], ['US', 'United States'], ['the us', 'United States']] as const;
		expect(rewriteQuery('does the uk support it', both).query).toBe('does the United Kingdom support it');
		expect(rewriteQuery('UK and the US', both).query).toBe('United Kingdom and United States');
		expect(rewriteQuery('what did the us say', both).query).toBe('what did United States say');
		// “us” alone is a pronoun; “map” no acronym still.
		expect(rewriteQuery('tell us about the map', both).query).toBe('tell us about the map');
		// But no search begins with the pronoun: first, before more words, it is the US.
		expect(rewriteQuery('us position', both)).toMatchObject({ query: 'United States position', replaced: [['us', 'United States']] });
		expect(rewriteQuery('us', both).query).toBe('us');
		expect(rewriteQuery('map us', both).query).toBe('map us');
	});
	it('parts a word run into a number, as a phone types them, and no designation or shorter word', () => {
		expect(rewriteQuery('article5 and Article10', SPELLINGS)).toEqual({ query: 'article 5 and Article 10', replaced: [], otherWords: false, unnamed: [], formatted: [['article5', 'article 5'], ['Article10', 'Article 10']] });
		expect(rewriteQuery('RS26 G7 A/RES/68/262 1949', SPELLINGS).query).toBe('RS26 G7 A/RES/68/262 1949');
		// Parted first, the word is respelled as any other: “art5” had found nothing, where “art 5” found Article 5.
		expect(rewriteQuery('art5', [['Art', 'Article', 'word']])).toMatchObject({ query: 'Article 5', replaced: [['art', 'Article']], formatted: [['art5', 'art 5']] });
		expect(parted('art5 and RS26')).toBe('art 5 and RS26');
		// A month run into its day is a date like any other.
		expect(rewriteQuery('dec3', SPELLINGS).query).toBe('3 December');
	});
	it('keeps regex characters in a query literal', () => {
		expect(rewriteQuery('Kiev (1954)*', SPELLINGS).query).toBe('Kyiv (1954)*');
	});
});

describe('otherSpellings', () => {
	const spellings = [...SPELLINGS, ['Zelenskiy', 'Zelenskyy'], ['Зеленський', 'Zelenskyy'], ['US', 'United States'], ['Article V', 'Article 5']] as const;
	it('writes the briefing’s names as sources may, whole words only, leaving out the reader’s own spelling', () => {
		expect(otherSpellings('zelenskyy in Kyiv', spellings)).toEqual(['Zelensky in Kyiv', 'zelenskyy in Kiev', 'Zelenskiy in Kyiv']);
		expect(otherSpellings('Zelenskyy', spellings, 'zelensky')).toEqual(['Zelenskiy']);
		expect(otherSpellings('Zelenskyy’s plan', spellings)).toContain('Zelensky’s plan');
		expect(otherSpellings('Kyivan', spellings)).toEqual([]);
	});
	it('leaves out acronyms, which would be searched as words (“us”), phrasings of several words, and other scripts, which no source uses', () => {
		expect(otherSpellings('United States and Zelenskyy', spellings)).toEqual(['United States and Zelensky', 'United States and Zelenskiy']);
		expect(otherSpellings('Article 5', spellings)).toEqual([]);
		// Nor a reader's two lower-case letters, which would find every “Ukraine”.
		expect(otherSpellings('United Kingdom', [...spellings, ['uk', 'United Kingdom']])).toEqual([]);
	});
});

describe('inLowerCase', () => {
	it('lets a phone type an acronym in lower case where that is no word of the briefing nor the start of one', () => {
		const spellings = [['FRG', 'Federal Republic of Germany'], ['MAP', 'Membership Action Plan'], ['NUC', 'NATO–Ukraine Council'], ['WW3', 'third world war', 'word'], ['UK', 'United Kingdom'], ['uk', 'United Kingdom'], ['Kiev', 'Kyiv']] as const;
		// A word in capitals alone is no word of the text's here: it may be the acronym's (“FRG”).
		const text = 'The Map shows FRG and nuclear deterrence, WW3-free.';
		expect(inLowerCase(spellings, text)).toEqual([['frg', 'Federal Republic of Germany'], ['ww3', 'third world war', 'word']]);
		expect(inLowerCase(spellings, 'the ww3s of history').map(([typed]) => typed)).not.toContain('ww3');
		// Searched as the acronym in capitals is: “frg” had found nothing, “map” stays the map.
		const all = [...spellings, ...inLowerCase(spellings, text)];
		expect(rewriteQuery('frg', all).query).toBe('Federal Republic of Germany');
		expect(rewriteQuery('map', all).query).toBe('map');
	});
	it('takes the briefing’s words from its text, not from the ids beside it', () => {
		// “frg” and “nac” stand only in ids and notes' labels (`[^frg]`, `frg-renounces-force`).
		const acronyms = [['FRG', 'Federal Republic of Germany'], ['NAC', 'North Atlantic Council'], ['MAP', 'Membership Action Plan'], ['NUC', 'NATO–Ukraine Council']] as const;
		expect(inLowerCase(acronyms, contentText(new URL('../../content/', import.meta.url))).map(([typed]) => typed)).toEqual(['frg', 'nac']);
	});

	it('gives a spelling its two names alone, and a reader’s word or an unnamed person their kind', () => {
		const spellings = collectSpellings(new URL('../../content/', import.meta.url));
		// A third place left empty had shipped as “null” in the search script, 66 times.
		expect(spellings.find(([variant]) => variant === 'Kiev')).toEqual(['Kiev', 'Kyiv']);
		expect(spellings.find(([variant]) => variant === 'Macron')).toEqual(['Macron', 'France', 'unnamed']);
		expect(spellings.find(([variant]) => variant === 'veto')?.[2]).toBe('word');
		expect(spellings.filter((s) => s.length > 2 && s[2] === undefined)).toEqual([]);
	});
});

describe('inAnotherYear', () => {
	it('reads the briefing’s own “block” and “veto” as opposed, not as the consensus of now, and changes nothing else', () => {
		const spellings = collectSpellings(new URL('../../content/', import.meta.url));
		const then = inAnotherYear(spellings);
		for (const typed of ['block', 'blocked', 'veto']) {
			expect(rewriteQuery(`why did germany ${typed} ukraine`, spellings).query).toBe('why did germany consensus ukraine');
			expect(rewriteQuery(`why did germany ${typed} ukraine`, then).query).toBe('why did germany opposed ukraine');
		}
		expect(then.filter((s, i) => s !== spellings[i]).map(([variant, written]) => `${variant} ${written}`)).toEqual(then.filter(([, written]) => written === 'opposed').map(([variant, written]) => `${variant} ${written}`));
		expect(rewriteQuery('Zelensky in Bucharest', then).query).toBe('Zelenskyy in Bucharest');
		// Made once: the rewriting compiles a pattern per list.
		expect(inAnotherYear(spellings)).toBe(then);
	});
});

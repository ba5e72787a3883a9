import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { commonerSpelling, suggestQuery, unansweredWords } from '../../src/client/search/suggestions.ts';
import { fragmentTexts, vocabularyOf } from '../../src/postbuild/search/vocabulary.ts';

const WORDS = ['NATO', 'Ukraine', 'membership', 'Brussels', 'Stoltenberg', 'Rutte', 'Bucharest', 'Kyiv', 'route', 'Orange'];

describe('suggestQuery', () => {
	it('replaces each word the briefing never uses with the closest it does, in its spelling', () => {
		expect(suggestQuery('stoltenburg', WORDS)).toBe('Stoltenberg');
		expect(suggestQuery('Rute in Brusels', WORDS)).toBe('Rutte in Brussels');
		expect(suggestQuery('Ukraine membrship', WORDS)).toBe('Ukraine membership');
	});
	it('parts two of the briefing’s words run together, as it writes them, when no one word is close', () => {
		const words = [...WORDS, 'West', 'Germany', 'North', 'Korean', 'troops'];
		expect(suggestQuery('westgermany', words)).toBe('West Germany');
		expect(suggestQuery('northkorean troops', words)).toBe('North Korean troops');
		// Each part a listed word of four letters or more: no word is cut into small ones.
		expect(suggestQuery('nowhere', words)).toBeUndefined();
	});
	it('offers nothing when every word is known, short, or too far from any', () => {
		expect(suggestQuery('NATO membership', WORDS)).toBeUndefined();
		expect(suggestQuery('Kiyv EU', WORDS)).toBe('Kyiv EU');
		expect(suggestQuery('Orbán', WORDS)).toBeUndefined();
		expect(suggestQuery('Blinkin', WORDS)).toBeUndefined();
		expect(suggestQuery('NAT', WORDS)).toBeUndefined();
	});
	it('allows one edit in a word of up to nine letters, two in a longer one, and keeps the first letter', () => {
		expect(suggestQuery('Stoltenbrgg', WORDS)).toBe('Stoltenberg');
		expect(suggestQuery('Stoltnbrg', WORDS)).toBeUndefined();
		expect(suggestQuery('Ruttte', WORDS)).toBe('Rutte');
		expect(suggestQuery('Rtt', WORDS)).toBeUndefined();
		// “Grange” is one edit from “Orange”, but a different first letter is usually a different word.
		expect(suggestQuery('Grange', WORDS)).toBeUndefined();
	});
	it('takes a changed letter in a word of five letters or fewer for another word, not a typo', () => {
		const words = ['must', 'talks', 'sections', 'story', 'IRBM', 'Kyiv'];
		for (const typed of ['Musk', 'tanks', 'sanctions', 'Storm', 'ICBM']) expect(suggestQuery(typed, words), typed).toBeUndefined();
		expect(suggestQuery('Kiyv', words)).toBe('Kyiv');
	});
	it('takes a word whose ending is changed for letters that are none for another word, not a typo', () => {
		// “crimes” is “crime” with an ending; “Crimea” goes on from “crime” with a letter that is none.
		expect(suggestQuery('war crimes', ['war', 'Crimea'])).toBeUndefined();
		expect(suggestQuery('sumits', ['summits', 'Crimea'])).toBe('summits');
	});
	it('takes two endings on one stem for two words, not a slip, unless only their vowels differ', () => {
		// “counter” is no slip for “counted”: “counter-offensive” had been answered with every “counted”.
		expect(suggestQuery('counter offensive', ['counted', 'offers'])).toBeUndefined();
		expect(suggestQuery('longer', ['longed'])).toBeUndefined();
		expect(suggestQuery('allience', ['alliance'])).toBe('alliance');
		expect(suggestQuery('Hayns', ['Haynes'])).toBe('Haynes');
		// A letter put in or left out at the end is a slip, ending or not (a maintainer's review).
		for (const [typed, meant] of [['invitatio', 'invitation'], ['guarantes', 'guarantee'], ['eventualy', 'eventual'], ['attackes', 'attacks'], ['countrd', 'country']]) {
			expect(suggestQuery(typed, [meant, 'counted', 'attaches']), typed).toBe(meant);
		}
	});
	it('corrects a word with an ending that nothing is close to by the word without it', () => {
		// Two letters from “alliance”, one from it without the “s”; “summitts” is two from “summit”.
		expect(suggestQuery('alliences', ['alliance', 'allies'])).toBe('alliance');
		expect(suggestQuery('summitts', ['summit'])).toBe('summit');
		// Not where the word without it is close to another word on its stem: “crimes” is no “Crimea”.
		expect(suggestQuery('war crimess', ['war', 'Crimea'])).toBeUndefined();
	});
	it('replaces a short name only by a name, and takes a phone’s capital on a first word alone for none', () => {
		const words = ['back', 'seas', 'invitation', 'victory', 'plan', 'Plan', 'Rutte', 'route', 'Greece', 'great'];
		expect(suggestQuery('Black Seas', words)).toBeUndefined();
		expect(suggestQuery('in the Black', words)).toBeUndefined();
		expect(suggestQuery('black seas', words)).toBe('back seas');
		expect(suggestQuery('Black', words)).toBe('back');
		expect(suggestQuery('Invitaton to NATO', words)).toBe('invitation to NATO');
		// Longer words are corrected as typed: a title-cased “Victroy Plan” is still a typo.
		expect(suggestQuery('Victroy Plan', words)).toBe('victory Plan');
		// A letter left out of a title-cased word is still put in: “Sumit” is a summit.
		expect(suggestQuery('Washington Sumit', ['Washington', 'summit'])).toBe('Washington summit');
		expect(suggestQuery('North Korean Trops', ['North', 'Korean', 'troops'])).toBe('North Korean troops');
		// A name can still find a name: “Rute” is Rutte, not “route”, though “route” were listed first.
		expect(suggestQuery('ask Rute', ['route', 'Rutte'])).toBe('ask Rutte');
		expect(suggestQuery('ask rute', ['route', 'Rutte'])).toBe('ask route');
	});
	it('takes the closest word, and of two as close the more frequent (listed first)', () => {
		// “Rutte” and “route” are both one edit from “rute”: the list puts Rutte first.
		expect(suggestQuery('rute', WORDS)).toBe('Rutte');
		expect(suggestQuery('rute', [...WORDS].reverse())).toBe('route');
		expect(suggestQuery('Stoltenbeg', ['Stoltenburg', 'Stoltenberg'])).toBe('Stoltenberg');
	});
	it('treats accents and case as the same word', () => {
		expect(suggestQuery('ukraïne', WORDS)).toBeUndefined();
	});
});

describe('commonerSpelling', () => {
	// The most frequent first, as the vocabulary lists them.
	const words = ['NATO', 'France', 'Politico', 'editor', 'Action', 'Brussels', 'Rutte', 'political', 'French', 'edition', 'acting', 'differed', 'different'];

	it('answers a letter changed with the much commoner of two words it makes, not the rarer one Pagefind’s stem found', () => {
		expect(commonerSpelling('Frence', 'French', words)).toBe('France');
		expect(commonerSpelling('invited Frence', 'invited French', words)).toBe('invited France');
	});

	it('keeps the word found for a letter left out, added or swapped, for words as frequent, and where nothing closer is commoner', () => {
		expect(commonerSpelling('politicl', 'political', words)).toBeUndefined();
		// A word typed small is not made a name that the word found is not.
		expect(commonerSpelling('politicao', 'political', words)).toBeUndefined();
		expect(commonerSpelling('editon', 'edition', words)).toBeUndefined();
		expect(commonerSpelling('actign', 'acting', words)).toBeUndefined();
		// Listed one after the other: as frequent, by their letters.
		expect(commonerSpelling('differet', 'different', words)).toBeUndefined();
		expect(commonerSpelling('Frence', 'French', ['NATO', 'French', 'France'])).toBeUndefined();
		expect(commonerSpelling('Frence', 'French', ['NATO', 'France', 'French'])).toBeUndefined();
		expect(commonerSpelling('Brussells', 'Brussels', words)).toBeUndefined();
		expect(commonerSpelling('Mark Rutter', 'Mark Rutte', words)).toBeUndefined();
	});
});

describe('unansweredWords', () => {
	it('lists the words of three letters or more marked in no excerpt, as typed', () => {
		expect(unansweredWords('Kim Jong Un', ['<mark>United</mark> Kingdom'])).toEqual(['Kim', 'Jong']);
		expect(unansweredWords('Artcle 5', ['Article <mark>5</mark> says'])).toEqual(['Artcle']);
		expect(unansweredWords('Rutte Orbán', ['<mark>Rutte</mark> or'])).toEqual(['Orbán']);
		expect(unansweredWords('Article 5', ['<mark>Article</mark> <mark>5</mark> says'])).toEqual([]);
		// A small word is unmarked beside words of substance, and is not taken for one found nowhere.
		expect(unansweredWords('talks with Russia', ['<mark>talks</mark> with <mark>Russia</mark>'])).toEqual([]);
		// A word marked in one excerpt is answered; a stem or a longer word counts, short words do not count.
		expect(unansweredWords('allies Kyiv', ['the <mark>allied</mark> view', 'in <mark>Kyiv’s</mark> plan'])).toEqual([]);
		expect(unansweredWords('EU NATO', ['<mark>NATO</mark>'])).toEqual([]);
	});
});

describe('vocabularyOf', () => {
	it('lists each word once, as most often written, the most frequent first, letters only and at least four', () => {
		const words = vocabularyOf(['NATO and Nato: NATO allies.', 'Allies met; allies agreed in 2024, allies said.', 'Zelenskyy’s plan, Zelenskyy said.']);
		expect(words).toEqual(['allies', 'NATO', 'Zelenskyy', 'said', 'agreed', 'plan']);
	});
});

describe('fragmentTexts', () => {
	it('reads the title and the text Pagefind indexed from a fragment', () => {
		const fragment = gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify({ url: '/a.html', content: 'Indexed words', meta: { title: 'A title' } })}`));
		expect(fragmentTexts('fragment/a.pf_fragment', fragment)).toEqual(['A title', 'Indexed words']);
	});
	it('fails the build, naming the file, when Pagefind’s fragments change shape', () => {
		expect(() => fragmentTexts('fragment/b.pf_fragment', gzipSync(Buffer.from('{"content":"x"}')))).toThrow(/pagefind\/fragment\/b\.pf_fragment: not a fragment/);
	});
});

import { describe, expect, it } from 'vitest';
import { MAX_WORDS, namesAsWritten, withFewerWords, withoutAbsentWords } from '../../src/client/search/fewer-words.ts';

/** A search over pages given as lists of words: the pages that have every word of the query. */
function searchOver(pages: string[][]) {
	const asked: string[] = [];
	const search = async (query: string) => {
		asked.push(query);
		const words = query.toLowerCase().trim().split(/\s+/);
		return pages.filter((page) => words.every((w) => page.includes(w)));
	};
	return { search, asked };
}
const count = (found: string[][]) => found.length;

describe('withFewerWords', () => {
	it('leaves out the words found nowhere, and says which', async () => {
		const { search } = searchOver([['invitation', 'membership'], ['membership']]);
		expect(await withFewerWords('invitation vs membership', search, count)).toEqual({
			found: [['invitation', 'membership']],
			searched: 'invitation membership',
			without: ['vs'],
		});
	});

	it('then leaves out a word that is no name before a name, the word found least often first, until the rest are found together', async () => {
		const { search } = searchOver([['hungary', 'slovakia'], ['hungary'], ['hungary', 'germany'], ['veto', 'germany']]);
		const fewer = await withFewerWords('Hungary Slovakia veto', search, count);
		expect(fewer?.searched).toBe('Hungary Slovakia');
		expect(fewer?.without).toEqual(['veto']);
		expect((await withFewerWords('Slovakia veto', search, count))?.searched).toBe('Slovakia');
		// Whichever word's going lets the rest be found together: not always the first tried.
		expect(await withFewerWords('Slovakia Germany veto', search, count)).toMatchObject({ searched: 'Germany veto', without: ['Slovakia'] });
		// Of names found as often, the later goes: readers name their subject first.
		expect(await withFewerWords('Slovakia Germany', searchOver([['slovakia'], ['germany']]).search, count)).toMatchObject({ searched: 'Slovakia', without: ['Germany'] });
		// Down to one word, whose own results are the answer.
		expect(await withFewerWords('Slovakia Germany Hungary', searchOver([['slovakia'], ['germany'], ['germany'], ['hungary']]).search, count)).toMatchObject({ searched: 'Germany', without: ['Slovakia', 'Hungary'] });
	});

	it('leaves out a date’s year before its day', async () => {
		const { search } = searchOver([['9', 'may'], ['6', 'may', '1955'], ['1955']]);
		expect(await withFewerWords('9 May 1955', search, count)).toMatchObject({ searched: '9 May', without: ['1955'] });
	});

	it('keeps the name a question asks about, though the question’s verb is found more often', async () => {
		const { search } = searchOver([['kuleba', 'sybiha'], ['kuleba'], ['replaced', 'commission'], ['replaced'], ['replaced']]);
		expect(await withFewerWords('replaced Kuleba', search, count)).toMatchObject({ searched: 'Kuleba', without: ['replaced'] });
	});

	it('tells a name by how the briefing writes it, not by a phone’s capital on the first word or a name typed without one', async () => {
		const { search } = searchOver([['kuleba', 'sybiha'], ['kuleba'], ['replaced', 'commission'], ['replaced'], ['replaced']]);
		const isName = namesAsWritten(['replaced', 'Kuleba', 'Sybiha', 'Review']);
		// Typed capitals alone would keep “Replaced”, the more often found of two names.
		expect(await withFewerWords('Replaced Kuleba', search, count)).toMatchObject({ searched: 'Replaced', without: ['Kuleba'] });
		expect(await withFewerWords('Replaced Kuleba', search, count, isName)).toMatchObject({ searched: 'Kuleba', without: ['Replaced'] });
		// The first word is told by the vocabulary; a word the briefing does not list (“EU”, shorter than the
		// vocabulary's words) as typed.
		expect([isName('Replaced', true), isName('Kuleba', true), isName('EU', true)]).toEqual([false, true, true]);
		// A first word typed without a capital is no name, however the briefing writes it (“copy Szijjarto”).
		expect([isName('kuleba', true), isName('review', true)]).toEqual([false, false]);
		// After it, as typed: the vocabulary writes words that head table cells and labels with a capital too.
		expect([isName('review', false), isName('Kuleba', false), isName('kuleba', false)]).toEqual([false, true, false]);
	});

	it('answers nothing when no word is found, and does not take apart a phrase, one word or a long paste', async () => {
		const { search, asked } = searchOver([['nato']]);
		expect(await withFewerWords('xylophone quasar', search, count)).toBeUndefined();
		expect(await withFewerWords('“xylophone NATO”', search, count)).toBeUndefined();
		expect(await withFewerWords('"xylophone NATO"', search, count)).toBeUndefined();
		expect(await withFewerWords('NATO', search, count)).toBeUndefined();
		expect(await withFewerWords(Array.from({ length: MAX_WORDS + 1 }, (_, i) => `w${i}`).join(' '), search, count)).toBeUndefined();
		expect(asked).toEqual(['xylophone ', 'quasar']);
	});

	it('answers nothing with letters alone, the rest of a name found nowhere, but does with a number', async () => {
		// “Un” of “Kim Jong Un” is the start of every “United”, which a search for it finds.
		const { search } = searchOver([['un', 'united'], ['article', '5']]);
		expect(await withFewerWords('Kim Jong Un', search, count)).toBeUndefined();
		expect(await withFewerWords('Artikel 5', search, count)).toMatchObject({ searched: '5', without: ['Artikel'] });
		// Beside a word of more, letters go with the words found nowhere: “Kim Jong Un troops” is about troops.
		const troops = searchOver([['un', 'united', 'troops'], ['troops']]);
		expect(await withFewerWords('Kim Jong Un troops', troops.search, count)).toMatchObject({ searched: 'troops', without: ['Kim', 'Jong', 'Un'] });
		expect(await withoutAbsentWords('kim jong un troops', ['kim', 'jong'], troops.search, count)).toMatchObject({ searched: 'troops', without: ['kim', 'jong', 'un'] });
	});

	it('leaves small words out from the start, so that a sentence’s words of substance are what count', async () => {
		const { search, asked } = searchOver([['hungary', 'slovakia', 'block'], ['russia']]);
		const fewer = await withFewerWords('I read that Hungary and Slovakia would block it because of the war with Russia', search, count);
		expect(fewer).toMatchObject({ searched: 'Hungary Slovakia block', without: ['read', 'because', 'war', 'Russia'] });
		expect(asked).toEqual(['read ', 'Hungary ', 'Slovakia ', 'block ', 'because ', 'war ', 'Russia', 'Hungary Slovakia block Russia', 'Hungary Slovakia Russia', 'Hungary Slovakia block ']);
	});

	it('searches a word typed twice once', async () => {
		const { search, asked } = searchOver([['nato']]);
		expect(await withFewerWords('NATO nato vs', search, count)).toMatchObject({ searched: 'NATO', without: ['vs'] });
		expect(asked).toEqual(['NATO ', 'vs']);
	});

	it('searches a word with more typed after it as typed whole, a space after it, and only the last as typed so far', async () => {
		// As the last word, a start of it answers it: “Pat” of “Pat Rider” had found every “path”.
		const { search, asked } = searchOver([['pat', 'ryder'], ['path']]);
		expect(await withFewerWords('Pat Rider', search, count)).toMatchObject({ searched: 'Pat', without: ['Rider'] });
		expect(asked).toEqual(['Pat ', 'Rider']);
		// A query ending in a space was typed whole to its end.
		const whole = searchOver([['pat', 'ryder']]);
		await withFewerWords('Rider Pat ', whole.search, count);
		expect(whole.asked).toEqual(['Rider ', 'Pat ']);
	});
});

describe('withoutAbsentWords', () => {
	it('searches again without the words marked nowhere that are found nowhere on their own, and says which', async () => {
		const { search, asked } = searchOver([['rutte', 'or'], ['rutte', 'trump']]);
		expect(await withoutAbsentWords('Rutte Orbán Trump', ['Orbán', 'Trump'], search, count)).toEqual({ found: [['rutte', 'trump']], searched: 'Rutte Trump', without: ['Orbán'] });
		expect(asked).toEqual(['Orbán ', 'Trump ', 'Rutte Trump']);
	});
	it('searches the words of substance left, less the small words between them', async () => {
		const { search, asked } = searchOver([['russia', 'on']]);
		expect(await withoutAbsentWords('sanctions on russia', ['sanctions'], search, count)).toEqual({ found: [['russia', 'on']], searched: 'russia', without: ['sanctions'] });
		expect(asked).toEqual(['sanctions ', 'russia']);
		// A word kept that had more typed after it, typed whole: “Pat” of “Pat Rider” is no start of “path”.
		const pat = searchOver([['pat', 'ryder']]);
		expect(await withoutAbsentWords('Pat Rider', ['Rider'], pat.search, count)).toMatchObject({ searched: 'Pat', without: ['Rider'] });
		expect(pat.asked).toEqual(['Rider ', 'Pat ']);
	});
	it('leaves the answer alone when every such word is found somewhere, or none is unmarked', async () => {
		const { search, asked } = searchOver([['rutte'], ['trump']]);
		expect(await withoutAbsentWords('Rutte Trump', ['Trump'], search, count)).toBeUndefined();
		expect(await withoutAbsentWords('Rutte Trump', [], search, count)).toBeUndefined();
		expect(asked).toEqual(['Trump ']);
	});
});

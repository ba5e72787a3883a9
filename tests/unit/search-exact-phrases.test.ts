import { describe, expect, it } from 'vitest';
import { asExactPhrase, dayFirst, inCapitals, isDate, kept, phraseAmong } from '../../src/client/search/exact-phrases.ts';
import { pagefindData as data } from '../helpers/pagefind-data.ts';

describe('asExactPhrase', () => {
	it('searches a query holding an abbreviation typed in capitals as an exact phrase', () => {
		expect(['UN', 'PA Media', 'the AFP report', 'RS-26', ' UK '].map(asExactPhrase)).toEqual(['"UN"', '"PA Media"', '"the AFP report"', '"RS-26"', '"UK"']);
	});
	it('searches a day and its month as an exact phrase, the day being no word to Pagefind', () => {
		expect(['1 October', 'on 21 november 2024', '5 Sep'].map(asExactPhrase)).toEqual(['"1 October"', '"on 21 november 2024"', '"5 Sep"']);
		expect(['October 2024', '1 Octo', '1955'].map(asExactPhrase)).toEqual([undefined, undefined, undefined]);
	});
	it('searches a name, two words or more each typed with a capital, as an exact phrase', () => {
		expect(['NATO Watch', 'Sky News', ' Olha Stefanishyna ', 'NATO-Ukraine Council', 'Türkiye’s Parliament'].map(asExactPhrase)).toEqual(['"NATO Watch"', '"Sky News"', '"Olha Stefanishyna"', '"NATO-Ukraine Council"', '"Türkiye’s Parliament"']);
		expect(['nato watch', 'NATO watch', 'Partnership for Peace', 'Stoltenberg', 'West German precedent'].map(asExactPhrase)).toEqual(Array(5).fill(undefined));
	});
	it('searches an article by its number as a phrase, and keeps of the usual results only those that mark the two side by side', () => {
		// Word by word, every “4” of a date had answered “article 4”, which the briefing never names, beside Article 5.
		expect(['article 4', 'Article 10'].map(asExactPhrase)).toEqual(['"article 4"', '"Article 10"']);
		expect(['article 4 and 5', 'articles 4'].map(asExactPhrase)).toEqual([undefined, undefined]);
		const result = (text: string) => ({ url: '', title: '', badge: '', text, subResults: [] });
		const found = { results: [result('<mark>Article</mark> 5 … on <mark>4</mark> April'), result('under <mark>Article</mark> <mark>4</mark>')], sources: [] };
		expect(kept(found, 'article 4').results.map((r) => r.text)).toEqual(['under <mark>Article</mark> <mark>4</mark>']);
		expect(kept(found, 'Article 5 treaty').results).toHaveLength(2);
	});
	it('puts after the rest the results that mark a counted number only as a date’s day', () => {
		// “19 allies” had led with a “19 November”, the allies' count second.
		const result = (text: string) => ({ url: '', title: '', badge: '', text, subResults: [] });
		const day = result('past its 1,000th day on <mark>19</mark> November 2024, and the <mark>allies</mark>');
		const count = result('had placed <mark>19</mark> of the 32 <mark>allies</mark>');
		const both = result('on <mark>19</mark> October, <mark>19</mark> <mark>allies</mark>');
		expect(kept({ results: [day, count, both], sources: [] }, '19 allies').results).toEqual([count, both, day]);
		// No count typed, the order is left alone.
		expect(kept({ results: [day, count], sources: [] }, 'allies 19').results).toEqual([day, count]);
	});
	it('leaves alone words in lower case, which may be the start of a longer one, capitals of four or more, and quotations', () => {
		expect(['un', 'Un', 'pa media', 'NATO', 'ICBM', 'Stoltenberg', 'U', '"UN" vote', '“UN”'].map(asExactPhrase)).toEqual(Array(9).fill(undefined));
	});
});

describe('phraseAmong', () => {
	it('takes a phrase quoted among other words as an exact phrase, and nothing else', () => {
		expect(phraseAmong('invitation "not off the table"')).toBe('"not off the table"');
		expect(phraseAmong('“ irreversible path ” Washington')).toBe('"irreversible path"');
		expect(['"not off the table"', 'invitation', ' "victory plan" '].map(phraseAmong)).toEqual([undefined, undefined, undefined]);
	});
});

describe('isDate', () => {
	it('tells a query that is a date and nothing else, whose words alone would find every “3” and “December”', () => {
		expect(['3 December', '1 October 2024', ' 5 Sep '].map(isDate)).toEqual([true, true, true]);
		expect(['3 December meeting', 'December 2024', '3 Octopus', 'Rutte 1 October'].map(isDate)).toEqual([false, false, false, false]);
	});
});

describe('dayFirst', () => {
	it('puts first the records whose title names the day asked, or days around it, in its month and year', () => {
		const result = (title: string) => ({ url: '', title, badge: '', text: '', subResults: [] });
		const [log, meeting, other, before] = ['About', '3–4 December 2024 (scheduled): NATO foreign ministers’ meeting', '3 October 2024: a letter', '2 December 2024: a call'].map(result);
		const found = { results: [log, other, before, meeting], sources: [] };
		for (const day of ['3 December', '4 December 2024', '3 Dec']) expect(dayFirst(found, day).results[0], day).toBe(meeting);
		expect(dayFirst(found, '3 December 2023').results).toEqual(found.results);
		expect(dayFirst(found, '5 December').results).toEqual(found.results);
		expect(dayFirst(found, '2 December').results).toEqual([before, log, other, meeting]);
		expect(dayFirst(found, 'December 2024').results).toEqual(found.results);
		// Spans across months and years, as formatDays writes them.
		const [turn, newYear] = ['30 November – 1 December 2024: two days', '31 Dec 2024 – 2 Jan 2025: three days'].map(result);
		const spans = { results: [log, turn, newYear], sources: [] };
		for (const day of ['1 December', '30 November 2024']) expect(dayFirst(spans, day).results[0], day).toBe(turn);
		for (const day of ['1 January', '31 December 2024', '2 Jan 2025']) expect(dayFirst(spans, day).results[0], day).toBe(newYear);
		expect(dayFirst(spans, '2 December').results).toEqual(spans.results);
		expect(dayFirst(spans, '1 January 2024').results).toEqual(spans.results);
	});
	it('keeps, of a date’s results, a record whose title names the day in a span, though its excerpt does not mark it', () => {
		const result = (title: string, text: string) => ({ url: '', title, badge: '', text, subResults: [] });
		const meeting = result('3–4 December 2024 (scheduled): NATO foreign ministers’ meeting', 'Ministers meet in Brussels');
		const other = result('About', 'nothing of the day');
		expect(kept({ results: [other, meeting], sources: [] }, '4 December 2024').results).toEqual([meeting]);
	});
});

describe('inCapitals', () => {
	it('drops a match of the abbreviation written in lower case, and a result left with none', () => {
		expect(inCapitals(data('No one has offered <mark>us</mark> an invitation'), '"US"')).toBeUndefined();
		const kept = inCapitals(data('<mark>us</mark> and the <mark>US</mark>,', ['offered <mark>us</mark>', 'the <mark>US</mark> said']), '"US"')!;
		expect(kept.excerpt).toBe('us and the <mark>US</mark>,');
		expect(kept.sub_results.map((s) => s.excerpt)).toEqual(['the <mark>US</mark> said']);
	});
	it('drops a match that only begins with the abbreviation, in the usual search too', () => {
		const kept = inCapitals(data('<mark>Ukraine’s</mark> <mark>position</mark> and the <mark>UK’s</mark>'), 'UK position')!;
		expect(kept.excerpt).toBe('Ukraine’s <mark>position</mark> and the <mark>UK’s</mark>');
		expect(inCapitals(data('<mark>United</mark> and <mark>until</mark>'), 'UN')).toBeUndefined();
		// Nor is a shorter start of the abbreviation, which Pagefind searches for one it does not hold.
		expect(inCapitals(data('offered <mark>us</mark> the <mark>US</mark> view'), 'USA')).toBeUndefined();
	});
	it('takes a hyphenated match word by word, and keeps a result found by its title only if the title holds the abbreviation', () => {
		expect(inCapitals(data('the Russian <mark>RS-26</mark>.'), '"RS-26"')?.excerpt).toBe('the Russian <mark>RS-26</mark>.');
		expect(inCapitals(data('the <mark>re-unification</mark> of Germany'), 'UN')).toBeUndefined();
		expect(inCapitals(data('the <mark>NATO-Ukraine</mark> Council'), 'UK position')).toBeUndefined();
		expect(inCapitals({ ...data('Twelve nations sign'), meta: { title: '4 Apr 1949: the treaty' } }, 'AP')).toBeUndefined();
		expect(inCapitals({ ...data('A report'), meta: { title: 'AP report' } }, 'AP')).toBeDefined();
	});
	it('keeps the phrase’s other words in any case, and a phrase with no abbreviation whole', () => {
		const date = data('on <mark>1</mark> <mark>october</mark>');
		expect(inCapitals(date, '"1 October"')).toBe(date);
		expect(inCapitals(data('the <mark>PA</mark> <mark>media</mark> version'), '"PA Media"')?.excerpt).toBe('the <mark>PA</mark> <mark>media</mark> version');
	});
});

import { describe, expect, it } from 'vitest';
import { otherSpellings, rewriteQuery } from '../../src/client/search/spellings';
import { excerptTokens, highlightRuns, highlightUrl, recordText } from '../../src/client/search/highlight';
import { encodePlaces } from '../../src/text/word-places';
import { textDirectives } from '../../src/client/search/same-page-highlight';
import { entryNamedFirst, noteUpFront, tidyMarks, toResultView, type ResultView } from '../../src/client/search/results';
import { answersWord, withoutFinalY, withoutStandIns } from '../../src/client/search/unindexed-words';
import { pagefindData } from '../helpers/pagefind-data';
import { statusText } from '../../src/client/search/status';
import type { Answer } from '../../src/client/search/answer';

const SPELLINGS = [
	['Zelensky', 'Zelenskyy'],
	['Kiev', 'Kyiv'],
	['MAP', 'Membership Action Plan'],
	['Olga', 'Olha'],
] as const;

describe('rewriteQuery', () => {
	it('writes a number of five digits or more with its thousands’ commas, as the briefing does, and leaves years alone', () => {
		expect(rewriteQuery('10000 troops in 2024', SPELLINGS)).toEqual({ query: '10,000 troops in 2024', replaced: [], otherWords: false, formatted: [['10000', '10,000']] });
		expect(rewriteQuery('1234567 and 10,000 and 68/262', SPELLINGS).query).toBe('1,234,567 and 10,000 and 68/262');
	});
	it('writes a date as the briefing does, day first and the month in full, apart from the spellings replaced', () => {
		expect(rewriteQuery('Dec 3', SPELLINGS)).toEqual({ query: '3 December', replaced: [], otherWords: false, formatted: [['Dec 3', '3 December']] });
		expect(rewriteQuery('meeting on december 3rd, 2024', SPELLINGS).query).toBe('meeting on 3 December 2024');
		expect(rewriteQuery('Sept 05 and May 31 and Nov. 29', SPELLINGS).query).toBe('5 September and 31 May and 29 November');
		expect(rewriteQuery('1 Oct, 5 sept and 3 May', SPELLINGS).query).toBe('1 October, 5 September and 3 May');
		expect(rewriteQuery('2024-12-03 Kiev', SPELLINGS)).toEqual({ query: '3 December 2024 Kyiv', replaced: [['Kiev', 'Kyiv']], otherWords: false, formatted: [['2024-12-03', '3 December 2024']] });
		// With slashes: a number over 12 is the day; else the day comes first, as in the briefing.
		expect(['12/3/2024', '3/12/2024', '12/13/2024', '13/12/2024', '13/13/2024'].map((q) => rewriteQuery(q, SPELLINGS).query)).toEqual(['12 March 2024', '3 December 2024', '13 December 2024', '13 December 2024', '13/13/2024']);
		// Not a day: a year, a number of troops, a word that starts like a month, a fraction.
		expect(rewriteQuery('May 2024; march 10000; Decent 3; Dec 32; 3 Octopus; 68/262', SPELLINGS).query).toBe('May 2024; march 10,000; Decent 3; Dec 32; 3 Octopus; 68/262');
	});
	it('puts the briefing’s spelling for whole words a reader types, in any case', () => {
		expect(rewriteQuery('zelensky kiev', SPELLINGS)).toEqual({ query: 'Zelenskyy Kyiv', replaced: [['zelensky', 'Zelenskyy'], ['kiev', 'Kyiv']], otherWords: false, formatted: [] });
	});
	it('puts the briefing’s spelling for a name typed in Cyrillic, a whole word at a time', () => {
		const cyrillic = [...SPELLINGS, ['Зеленський', 'Zelenskyy'], ['Київ', 'Kyiv']] as const;
		expect(rewriteQuery('зеленський Київ', cyrillic)).toEqual({ query: 'Zelenskyy Kyiv', replaced: [['зеленський', 'Zelenskyy'], ['Київ', 'Kyiv']], otherWords: false, formatted: [] });
		// Another case of the word is another word: left as typed, not cut short.
		expect(rewriteQuery('Зеленського у Києві', cyrillic).query).toBe('Зеленського у Києві');
	});
	it('says when a word put in is the briefing’s word for the reader’s, not a spelling of it', () => {
		const words = [...SPELLINGS, ['veto', 'consensus', 'word']] as const;
		expect(rewriteQuery('Hungary veto', words)).toEqual({ query: 'Hungary consensus', replaced: [['veto', 'consensus']], otherWords: true, formatted: [] });
		expect(rewriteQuery('Kiev', words).otherWords).toBe(false);
	});
	it('leaves words that only contain a variant, and the briefing’s own spelling, alone', () => {
		expect(rewriteQuery('Zelenskyy Kievan', SPELLINGS)).toEqual({ query: 'Zelenskyy Kievan', replaced: [], otherWords: false, formatted: [] });
	});
	it('takes acronyms only in capitals: “map” is another word', () => {
		expect(rewriteQuery('MAP', SPELLINGS).query).toBe('Membership Action Plan');
		expect(rewriteQuery('alliance map', SPELLINGS).query).toBe('alliance map');
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
	});
});

describe('what a result highlights', () => {
	const runs = (excerpt: string, heading?: string) => highlightRuns(excerptTokens(excerpt), heading).map(([a, b]) => excerptTokens(excerpt).slice(a, b).map((t) => t.word).join(' '));
	it('takes the longest run of matched words as the phrase, not across the end of a sentence, and not a word repeated', () => {
		expect(runs('arrival of <mark>North</mark> <mark>Korean</mark> <mark>troops,</mark> whose')).toEqual(['North Korean troops']);
		expect(runs('<mark>Kyiv.</mark> <mark>NATO</mark> said')).toEqual(['Kyiv', 'NATO']);
		expect(runs('<mark>Kyiv</mark> <mark>Kyiv</mark>')).toEqual(['Kyiv']);
	});
	it('takes up to three single words where no phrase matched, each once', () => {
		expect(runs('Mark <mark>Rutte.</mark> He said <mark>Rutte’s</mark> and <mark>(Rutte)</mark>')).toEqual(['Rutte', 'Rutte’s']);
	});
	it('prefers matches after the heading an excerpt opens with, and else takes the heading’s', () => {
		const excerpt = '<mark>Bucharest,</mark> <mark>2008:</mark> a promise without a plan. The decisive moment came at the <mark>Bucharest</mark> summit of April <mark>2008.</mark> In';
		expect(runs(excerpt, 'Bucharest, 2008: a promise without a plan')).toEqual(['Bucharest', '2008']);
		expect(runs('What <mark>Zelenskyy</mark> proposed. On 29 November, he', 'What Zelenskyy proposed')).toEqual(['Zelenskyy']);
		// Pagefind may cut the heading's first words from the excerpt.
		expect(runs('membership brings: <mark>Articles</mark> 5 and 6. The heart of <mark>Articles</mark>', 'What membership brings: Articles 5 and 6')).toEqual(['Articles']);
	});
	it('writes a text directive after the anchor, encoding what the syntax reserves', () => {
		const text = recordText('Euro-Atlantic integration, and about 10,000 troops', encodePlaces({ words: 6, shadowed: [], broken: [], glued: [], open: [], closed: [], openShadowed: [] }));
		expect(highlightUrl('/a.html#x', '<mark>Euro-Atlantic</mark> <mark>integration,</mark> and', text)).toBe('/a.html#x:~:text=Euro%2DAtlantic%20integration,-%2C%20and');
		expect(highlightUrl('/a.html#x', 'about <mark>10,000</mark> troops', text)).toBe('/a.html#x:~:text=about-,10%2C000,-troops');
		expect(highlightUrl('/a.html', 'nothing marked', text)).toBe('/a.html');
	});
});

describe('toResultView', () => {
	const resolve = (url: string) => `https://site.example${url}`;
	it('opens a page at the heading holding most of the match and lists its other headings', () => {
		const view = toResultView(
			{
				url: '/a.html',
				excerpt: 'page <mark>x</mark>',
				content: 'top. one x. two x x.',
				meta: { title: 'A page', badge: 'Section 2', places: encodePlaces({ words: 6, shadowed: [], broken: [], glued: [], open: [], closed: [], openShadowed: [] }) },
				filters: { kind: ['Section'] },
				sub_results: [
					{ title: 'A page', url: '/a.html', excerpt: 'top' },
					{ title: 'First', url: '/a.html#first', excerpt: 'one <mark>x</mark>', locations: [2], weighted_locations: [{ balanced_score: 1 }] },
					{ title: 'Second', url: '/a.html#second', excerpt: 'two <mark>x</mark> <mark>x</mark>', locations: [4, 5], weighted_locations: [{ balanced_score: 2 }, { balanced_score: 2 }] },
				] as never,
			},
			resolve,
		);
		expect(view).toEqual({
			url: 'https://site.example/a.html#second:~:text=two-,x,-x',
			title: 'A page',
			heading: 'Second',
			badge: 'Section 2',
			text: 'two <mark>x</mark> <mark>x</mark>',
			subResults: [{ url: 'https://site.example/a.html#first:~:text=one-,x,-.%20two', title: 'First' }],
		});
	});
	it('answers a term looked up by name with its first sentence, escaped, and never repeats the title as a badge', () => {
		const term = { url: '/glossary.html#map', meta: { title: 'MAP', summary: 'A plan <for> joining.' }, filters: { kind: ['Glossary'] }, sub_results: [] };
		expect(toResultView({ ...term, excerpt: 'the <mark>MAP</mark> was' }, resolve).text).toBe('A plan &lt;for&gt; joining.');
		expect(toResultView({ ...term, excerpt: 'refused at <mark>Bucharest</mark>' }, resolve).text).toBe('refused at <mark>Bucharest</mark>');
		expect(toResultView({ ...term, meta: { ...term.meta, title: 'Glossary' }, excerpt: '' }, resolve).badge).toBe('');
	});
	it('opens a term looked up by name at its entry, marking nothing; found by what it says, at the words found', () => {
		const content = 'an attack on one. See also: Article 6';
		const places = encodePlaces({ words: 8, shadowed: [], broken: [], glued: [], open: [], closed: [], openShadowed: [] });
		const term = { url: '/glossary.html#article-5', content, meta: { title: 'Article 5', summary: 'The clause.', places }, filters: { kind: ['Glossary'] }, sub_results: [] };
		expect(toResultView({ ...term, excerpt: 'an attack on one. See also: <mark>Article</mark> 6' }, resolve).url).toBe('https://site.example/glossary.html#article-5');
		expect(toResultView({ ...term, excerpt: 'an <mark>attack</mark> on one' }, resolve).url).toMatch(/glossary\.html#article-5:~:text=.*attack/);
	});
	it('opens a dated note at its heading, unhighlighted, with the words found shown', () => {
		const note = { url: '/c.html#after-note-2024-12-04', meta: { title: 'After this briefing: note of 4 December 2024', summary: 'No invitation.' }, filters: { kind: ['Update'] }, sub_results: [] };
		const view = toResultView({ ...note, excerpt: 'issued no <mark>invitation</mark> to' }, resolve);
		expect(view).toEqual({ url: 'https://site.example/c.html#after-note-2024-12-04', title: note.meta.title, badge: 'Update', text: 'issued no <mark>invitation</mark> to', subResults: [] });
	});
	it('opens a page at a heading that names every word searched for, before one that holds more of the match', () => {
		const page = {
			url: '/b.html',
			excerpt: '',
			meta: { title: 'B' },
			filters: { kind: ['Section'] },
			sub_results: [
				{ title: 'North Korean troops', url: '/b.html#troops', excerpt: '<mark>Sybiha</mark> and <mark>Sybiha</mark>', weighted_locations: [{ balanced_score: 3 }, { balanced_score: 3 }] },
				{ title: 'Andrii Sybiha and the letter', url: '/b.html#letter', excerpt: 'the <mark>Sybiha</mark> letter', weighted_locations: [{ balanced_score: 2 }] },
			] as never,
		};
		expect(toResultView(page, resolve, 'Sybiha').heading).toBe('Andrii Sybiha and the letter');
		expect(toResultView(page, resolve, 'the letter of Sybiha').heading).toBe('Andrii Sybiha and the letter');
		// Without every word in a heading, the most of the match.
		expect(toResultView(page, resolve, 'Sybiha troops letter').heading).toBe('North Korean troops');
		expect(toResultView(page, resolve).heading).toBe('North Korean troops');
	});
	it('answers with a reference page, found by its name, as its lead, and opens it at its top', () => {
		const page = { url: '/glossary.html', excerpt: '<mark>Glossary</mark>. The terms <used>.', meta: { title: 'Glossary', summary: 'The terms <used>.' }, filters: { kind: ['Reference'] }, sub_results: [] };
		expect(toResultView(page, resolve)).toEqual({ url: 'https://site.example/glossary.html', title: 'Glossary', badge: 'Reference', text: 'The terms &lt;used&gt;.', subResults: [] });
	});
});

describe('words Pagefind does not hold', () => {
	const data = pagefindData;
	it('tells a word that answers the one typed from a shorter word standing in for it', () => {
		expect(['orban', 'orb'].map((t) => answersWord('or', t))).toEqual([false, true]);
		expect(answersWord('policy', 'policies')).toBe(true);
		expect(answersWord('war', 'wars')).toBe(true);
		expect(answersWord('died', 'dies')).toBe(true);
		expect(answersWord('doc', 'docker')).toBe(false);
		expect(answersWord('john', 'johnson')).toBe(false);
		expect(answersWord('instal', 'installa')).toBe(true);
		expect(answersWord('turkey', 'tur')).toBe(true);
		expect(answersWord('5', '5')).toBe(true);
		// A number is itself or nothing, typed whole or not.
		expect([['30', '3'], ['3', '30'], ['2024', '20']].map(([m, t]) => answersWord(m, t))).toEqual([false, false, false]);
	});
	it('unmarks stand-ins, drops the headings only they matched, and drops a result with nothing else', () => {
		expect(withoutStandIns(data('one <mark>or</mark> more', ['two <mark>or</mark> three']), 'Orbán')).toBeUndefined();
		const kept = withoutStandIns(data('<mark>Zelenskyy</mark> <mark>or</mark> Kyiv', ['<mark>or</mark> no', 'for <mark>Zelenskyy’s</mark> plan']), 'Orbán Zelenskyy')!;
		expect(kept.excerpt).toBe('<mark>Zelenskyy</mark> or Kyiv');
		expect(kept.sub_results.map((s) => s.title)).toEqual(['H1']);
		// Accents are folded, as Pagefind folds them.
		expect(withoutStandIns(data('the <mark>Türkiye</mark> case'), 'turkiye')?.excerpt).toBe('the <mark>Türkiye</mark> case');
		// A result with no marks stays if it was found by its title (pagefindData's is “A”), and goes if not.
		expect(withoutStandIns(data('no marks here'), 'a')).toBeDefined();
		// A short word typed whole is itself, not the start of “now” or “November”, unless it is still being typed.
		expect(withoutStandIns(data('<mark>now</mark> the <mark>invitation</mark>, <mark>no</mark> vote'), 'no invitation')?.excerpt).toBe('now the <mark>invitation</mark>, <mark>no</mark> vote');
		expect(withoutStandIns(data('<mark>November</mark> <mark>invitation</mark>'), 'invitation no')?.excerpt).toBe('<mark>November</mark> <mark>invitation</mark>');
		// Small words beside words of substance are not marked, but stay marked inside a phrase.
		// A part whose window shows only small words is kept, unmarked: its word of substance may lie outside the window.
		expect(withoutStandIns(data('<mark>outcome</mark> <mark>of</mark> <mark>the</mark> talks at <mark>the</mark> <mark>meeting</mark>', ['<mark>the</mark> rest', 'the <mark>meeting</mark>']), 'outcome of the meeting')).toMatchObject({
			excerpt: '<mark>outcome</mark> of the talks at the <mark>meeting</mark>',
			sub_results: [{ excerpt: 'the rest' }, { excerpt: 'the <mark>meeting</mark>' }],
		});
		expect(withoutStandIns(data('the <mark>Partnership</mark> <mark>for</mark> <mark>Peace</mark> <mark>for</mark> all'), 'Partnership for Peace')?.excerpt).toBe('the <mark>Partnership</mark> <mark>for</mark> <mark>Peace</mark> for all');
		// Marked only by small words, the rest having matched elsewhere: kept, unmarked, with its parts.
		expect(withoutStandIns(data('<mark>the</mark> end', ['at <mark>the</mark> summit']), 'the outcome')).toMatchObject({ excerpt: 'the end', sub_results: [{ excerpt: 'at the summit' }] });
		expect(withoutStandIns(data('no marks here'), 'Artcle')).toBeUndefined();
	});
	it('drops the final y of a name typed up to it, and only after a consonant', () => {
		expect(withoutFinalY('Olha Stefanishy')).toBe('Olha Stefanish');
		expect(['Kyiv', 'buy', 'Sy', 'they'].map(withoutFinalY)).toEqual([undefined, undefined, undefined, undefined]);
	});
});

describe('a result whose best heading holds no text of its own', () => {
	it('opens at the next heading that does, and lists the bare one under it', () => {
		const view = toResultView(
			{
				url: '/a.html',
				excerpt: 'page <mark>x</mark>',
				meta: { title: 'A page' },
				filters: {},
				sub_results: [
					{ title: 'X and the letter', url: '/a.html#x-and-the-letter', excerpt: '<mark>X</mark> and the letter.', weighted_locations: [{ balanced_score: 5 }] },
					{ title: 'The minister', url: '/a.html#the-minister', excerpt: 'The minister. <mark>X</mark> took office', weighted_locations: [{ balanced_score: 1 }] },
				] as never,
			},
			(url) => url,
		);
		expect(view.heading).toBe('The minister');
		expect(view.text).toBe('The minister. <mark>X</mark> took office');
		expect(view.subResults.map((s) => s.title)).toEqual(['X and the letter']);
	});
	it('opens at it, though, when it names every word searched for (the reader asked for that part), showing the text under it', () => {
		const view = toResultView(
			{
				url: '/a.html',
				excerpt: 'page <mark>joins</mark>',
				meta: { title: 'A page' },
				filters: {},
				sub_results: [
					{ title: 'How a country joins NATO', url: '/a.html#how-a-country-joins-nato', excerpt: 'How a <mark>country</mark> <mark>joins</mark> <mark>NATO</mark>.', weighted_locations: [{ balanced_score: 1 }] },
					{ title: 'No checklist for a country', url: '/a.html#no-checklist', excerpt: 'No checklist. A <mark>country</mark> <mark>joins</mark> when', weighted_locations: [{ balanced_score: 5 }] },
				] as never,
			},
			(url) => url,
			'country join NATO',
		);
		expect(view.heading).toBe('How a country joins NATO');
		expect(view.url).toMatch(/^\/a\.html#how-a-country-joins-nato/);
		// With the text found under it.
		expect(view.text).toBe('No checklist. A <mark>country</mark> <mark>joins</mark> when');
		expect(view.subResults.map((s) => s.title)).toEqual(['No checklist for a country']);
	});
});

describe('tidyMarks', () => {
	it('keeps the punctuation around a word out of its mark, and leaves escaped characters whole', () => {
		expect(tidyMarks('Mark <mark>Rutte.</mark> and <mark>(Kyiv),</mark> <mark>“NATO”</mark>')).toBe('Mark <mark>Rutte</mark>. and (<mark>Kyiv</mark>), “<mark>NATO</mark>”');
		expect(tidyMarks('<mark>&quot;Kyiv&quot;</mark> <mark>Kyiv’s</mark> <mark>.</mark>')).toBe('&quot;<mark>Kyiv</mark>&quot; <mark>Kyiv’s</mark> .');
		// A semicolon is punctuation too, unless it ends an entity: “Oreshnik;” and “defence);” lost it to their marks.
		expect(tidyMarks('<mark>Oreshnik;</mark> <mark>defence);</mark> <mark>R&amp;D</mark> <mark>&#39;Kyiv&#39;;</mark>')).toBe('<mark>Oreshnik</mark>; <mark>defence</mark>); <mark>R&amp;D</mark> &#39;<mark>Kyiv</mark>&#39;;');
	});
});


describe('textDirectives', () => {
	it('reads back the targets highlightUrl writes, commas, dashes and all', () => {
		const text = recordText('said Kursk region, in the north', encodePlaces({ words: 6, shadowed: [], broken: [], glued: [], open: [], closed: [], openShadowed: [] }));
		const url = highlightUrl('/a.html#b', 'said <mark>Kursk</mark> region, in the north', text);
		expect(textDirectives(url.slice(url.indexOf('#')))).toEqual([{ prefix: 'said', text: 'Kursk', suffix: 'region' }]);
		expect(textDirectives('#x:~:text=a%2Cb%2Dc-,mid%2C%20dle,-end&text=two')).toEqual([{ prefix: 'a,b-c', text: 'mid, dle', suffix: 'end' }, { text: 'two' }]);
		expect(textDirectives('#plain')).toEqual([]);
	});
});

describe('entryNamedFirst', () => {
	const view = (url: string, title: string) => ({ url, title, badge: '', text: '', subResults: [] });
	const results = [view('https://s/alliance-reaction.html#a', 'Alliance reaction'), view('https://s/glossary.html#consensus', 'consensus'), view('https://s/people.html#x', 'Consensus')];
	it('puts the glossary term or person named exactly as the query first, and leaves the rest in order', () => {
		expect(entryNamedFirst(results, 'Consensus ').map((r) => r.title)).toEqual(['consensus', 'Alliance reaction', 'Consensus']);
		expect(entryNamedFirst(results, 'consensus rule')).toBe(results);
		expect(entryNamedFirst([view('https://s/index.html#x', 'consensus'), ...results.slice(0, 1)], 'consensus').map((r) => r.url)).toEqual(['https://s/index.html#x', 'https://s/alliance-reaction.html#a']);
	});
	it('puts first, asked “who is …”, the person whose name holds every word searched for; asked “what is …”, the glossary term', () => {
		const found = [view('https://s/timeline.html#r', 'Rutte takes office'), view('https://s/glossary.html#r', 'Rutte doctrine'), view('https://s/people.html#mark-rutte', 'Mark Rutte')];
		expect(entryNamedFirst(found, 'Rutte', 'who is Rutte?').map((r) => r.url)).toEqual(['https://s/people.html#mark-rutte', 'https://s/timeline.html#r', 'https://s/glossary.html#r']);
		expect(entryNamedFirst(found, 'Rutte', 'what is Rutte').map((r) => r.url)).toEqual(['https://s/glossary.html#r', 'https://s/timeline.html#r', 'https://s/people.html#mark-rutte']);
		// Asked what an ally said, its position comes before an entry that only holds its name.
		const germany = [view('https://s/people.html#frg', 'Federal Republic of Germany'), { ...view('https://s/alliance-reaction.html#ally-germany', 'Germany: Against'), badge: 'Position' }];
		expect(entryNamedFirst(germany, 'Germany', 'what did Germany say').map((r) => r.url)[0]).toBe('https://s/alliance-reaction.html#ally-germany');
		// Asked what someone said or wrote, the question is about the person.
		for (const typed of ['what did Rutte say', 'What does Rutte think?', 'what did Rutte write']) expect(entryNamedFirst(found, 'Rutte', typed).map((r) => r.url)[0], typed).toBe('https://s/people.html#mark-rutte');
		// Typed without the question, a name in part is no entry's name: the order stays Pagefind's.
		expect(entryNamedFirst(found, 'Rutte')).toBe(found);
		expect(entryNamedFirst(found, 'Rutte Orbán', 'who is Rutte Orbán')).toBe(found);
	});
	it('puts first an ally’s position whose title holds every word searched for, unless an entry is named so', () => {
		const found = [view('https://s/timeline.html#w', 'West Germany joins'), view('https://s/people.html#frg', 'Federal Republic of Germany'), { ...view('https://s/alliance-reaction.html#ally-germany', 'Position of Germany: Against'), badge: 'Position' }];
		expect(entryNamedFirst(found, 'Germany').map((r) => r.url)).toEqual(['https://s/alliance-reaction.html#ally-germany', 'https://s/timeline.html#w', 'https://s/people.html#frg']);
		expect(entryNamedFirst(found, 'Germany position')[0].url).toBe('https://s/alliance-reaction.html#ally-germany');
		expect(entryNamedFirst(found, 'Federal Republic of Germany')[0].url).toBe('https://s/people.html#frg');
		expect(entryNamedFirst(found, 'West Germany')).toBe(found);
		// Named by the ally, not by its position: “victory plan” is the section's, not the allies' that backed it.
		const backed = [view('https://s/victory-plan.html', 'The victory-plan request'), { ...view('https://s/alliance-reaction.html#ally-nordics', 'Position of Denmark, Estonia: For the victory plan'), badge: 'Position' }];
		expect(entryNamedFirst(backed, 'victory plan')).toBe(backed);
		expect(entryNamedFirst(backed, 'Estonia')[0].url).toBe('https://s/alliance-reaction.html#ally-nordics');
	});
	it('answers who with no term, and what with no person, that the question does not name', () => {
		const found = [view('https://s/glossary.html#ministerial-meeting', 'Ministerial meeting'), view('https://s/alliance-reaction.html#after-note', 'After this briefing'), view('https://s/people.html#x', 'X')];
		expect(entryNamedFirst(found, 'opposed', 'who opposed').map((r) => r.url)).toEqual(['https://s/alliance-reaction.html#after-note', 'https://s/glossary.html#ministerial-meeting', 'https://s/people.html#x']);
		expect(entryNamedFirst(found, 'opposed', 'what opposed')).toBe(found);
		expect(entryNamedFirst(found, 'opposed')).toBe(found);
	});
	it('answers who with an ally’s position that was found, before any other result', () => {
		const found = [view('https://s/background.html#from-invitation', 'Background'), { ...view('https://s/alliance-reaction.html#ally-lithuania', 'Position of Lithuania: For'), badge: 'Position' }];
		expect(entryNamedFirst(found, 'backed invitation', 'who backed the invitation').map((r) => r.url)).toEqual(['https://s/alliance-reaction.html#ally-lithuania', 'https://s/background.html#from-invitation']);
		expect(entryNamedFirst(found, 'backed invitation')).toBe(found);
		// The page's name is no question.
		expect(entryNamedFirst(found, 'Who’s who', 'who’s who')).toBe(found);
		expect(entryNamedFirst(found, 'Who’s who', 'who is who')).toBe(found);
	});
	it('takes a phrase in quotes as its words', () => {
		const found = [view('https://s/victory-plan.html', 'The victory-plan request'), view('https://s/glossary.html#victory-plan', 'Victory plan')];
		expect(entryNamedFirst(found, '“victory plan”')[0].url).toBe('https://s/glossary.html#victory-plan');
		expect(entryNamedFirst(found, '"victory plan"')[0].url).toBe('https://s/glossary.html#victory-plan');
	});
});

describe('noteUpFront', () => {
	const view = (title: string, badge = 'Section 4'): ResultView => ({ url: `https://s/${title}.html`, title, badge, text: '', subResults: [] });
	const note = view('After this briefing: note of 4 December 2024', 'Update');
	it('shows the dated note that matches second, taken from lower down or added, unless it already leads', () => {
		const titles = (results: ResultView[]) => results.map((r) => r.title);
		expect(titles(noteUpFront([view('a'), view('b'), view('c'), { ...note }], [note]))).toEqual(['a', note.title, 'b', 'c']);
		expect(titles(noteUpFront([view('a'), view('b')], [note]))).toEqual(['a', note.title, 'b']);
		expect(titles(noteUpFront([], [note]))).toEqual([note.title]);
		expect(titles(noteUpFront([{ ...note }, view('a')], [note]))).toEqual([note.title, 'a']);
		// A heading of a section that happens to share the note's title is not the note.
		expect(titles(noteUpFront([view('a'), view(note.title)], [note]))).toEqual(['a', note.title, note.title]);
		expect(titles(noteUpFront([view('a'), view('b')], []))).toEqual(['a', 'b']);
	});
});

describe('statusText', () => {
	const found = (n: number, extra: Partial<Answer> = {}): Answer => ({ query: 'Zelenskyy', results: Array.from({ length: n }, () => ({ url: '', title: '', badge: '', text: '', subResults: [] })), sources: [], more: false, ...extra });
	it('says how many results, for what, and where what was searched is not what was typed, why', () => {
		expect(statusText('Z', undefined)).toEqual({ text: 'Type at least 2 characters.' });
		expect(statusText('Zelenskyy', found(1))).toEqual({ text: '1 result for “Zelenskyy”.' });
		expect(statusText('Zelensky', found(8, { rewritten: 'spelling', more: true }))).toEqual({ text: 'The first 8 results for “Zelenskyy”, the briefing’s way of writing “Zelensky”.' });
		expect(statusText('Zelenksy', found(3, { insteadOf: 'Zelenksy' }))).toEqual({ text: 'No results for “Zelenksy”. 3 results for “Zelenskyy”.' });
	});
	it('leaves a search that found nothing to go on to the whole briefing on one page', () => {
		expect(statusText('quasar', found(0, { query: 'quasar' }))).toEqual({ text: 'No results for “quasar”. Try other words, or your browser’s find on ', nothing: true });
	});
});

import { describe, expect, it } from 'vitest';
import { entryNamedFirst, noteUpFront, tidyMarks, toResultView, withoutHeading, withoutRepeats, type ResultView } from '../../src/client/search/results';
import { encodePlaces } from '../../src/text/word-places';

/**
 * A section as Pagefind gives it, its record's words `content`, and a part per [title, id, excerpt, the word
 * indexes marked, the score of each].
 */
function sectionWithParts(content: string, parts: [string, string, string, number[], number][]) {
	const words = content.split(/\s+/).length;
	return {
		url: '/c.html',
		excerpt: '',
		content,
		meta: { title: 'C', places: encodePlaces({ words, shadowed: [], broken: [], glued: [], open: [], closed: [], openShadowed: [] }) },
		filters: { kind: ['Section'] },
		sub_results: parts.map(([title, id, excerpt, locations, score]) => ({ title, url: `/c.html#${id}`, excerpt, locations, weighted_locations: locations.map(() => ({ balanced_score: score })) })) as never,
	};
}

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
	it('opens a page at the part that holds the most of the words searched for, before one with more matches of fewer', () => {
		// Words 0–4 are under the key points, 5–8 under Rutte's part.
		const page = sectionWithParts('Trump takes office; office, office. Rutte taking office then.', [
			['Key points', 'key-points', 'Trump <mark>takes</mark> <mark>office</mark>', [1, 2, 3, 4], 2],
			['A new secretary general', 'rutte', '<mark>Rutte</mark> <mark>taking</mark> <mark>office</mark>', [5, 6, 7], 1],
		]);
		expect(toResultView(page, resolve, 'Rutte take office').heading).toBe('A new secretary general');
		// One word searched for: the most of the match, as before.
		expect(toResultView(page, resolve, 'office').heading).toBe('Key points');
		// Without the record's words, which the page's places vouch for, the most of the match too.
		expect(toResultView({ ...page, content: undefined }, resolve, 'Rutte take office').heading).toBe('Key points');
	});
	it('opens a page at a part rather than its key points where both hold as many of two or more words', () => {
		// Words 0–2 are under the key points, 3–7 under the part on Article 10.
		const page = sectionWithParts('Unanimous agreement needed. Article 10 asks unanimous agreement.', [
			['Key points', 'key-points', '<mark>Unanimous</mark> <mark>agreement</mark>', [0, 1], 3],
			['Article 10: who decides', 'article-10', '<mark>unanimous</mark> <mark>agreement</mark>', [6, 7], 1],
		]);
		expect(toResultView(page, resolve, 'unanimous agreement').heading).toBe('Article 10: who decides');
		// One word: the most of the match, as before, the key points too.
		expect(toResultView(page, resolve, 'unanimous').heading).toBe('Key points');
	});

	it('answers with a reference page, found by its name, as its lead, and opens it at its top', () => {
		const page = { url: '/glossary.html', excerpt: '<mark>Glossary</mark>. The terms <used>.', meta: { title: 'Glossary', summary: 'The terms <used>.' }, filters: { kind: ['Reference'] }, sub_results: [] };
		expect(toResultView(page, resolve)).toEqual({ url: 'https://site.example/glossary.html', title: 'Glossary', badge: 'Reference', text: 'The terms &lt;used&gt;.', subResults: [] });
	});
});

describe('a result whose best heading holds no text of its own', () => {
	/** A page found for `query`, with its parts (title, id, excerpt, weight) in the page's order. */
	const viewOf = (parts: [string, string, string, number][], query?: string) =>
		toResultView(
			{
				url: '/a.html',
				excerpt: 'page',
				meta: { title: 'A page' },
				filters: {},
				sub_results: parts.map(([title, id, excerpt, score]) => ({ title, url: `/a.html#${id}`, excerpt, weighted_locations: [{ balanced_score: score }] })),
			},
			(url) => url,
			query,
		);

	it('opens at the next heading that does, and lists the bare one under it', () => {
		const view = viewOf([
			['X and the letter', 'x-and-the-letter', '<mark>X</mark> and the letter.', 5],
			['The minister', 'the-minister', 'The minister. <mark>X</mark> took office', 1],
		]);
		expect(view.heading).toBe('The minister');
		// The heading, shown on its line, not again at the excerpt's start.
		expect(view.text).toBe('<mark>X</mark> took office');
		expect(view.subResults.map((s) => s.title)).toEqual(['X and the letter']);
	});
	it('opens at it, though, when it names every word searched for (the reader asked for that part), showing the text under it', () => {
		const view = viewOf(
			[
				['How a country joins NATO', 'how-a-country-joins-nato', 'How a <mark>country</mark> <mark>joins</mark> <mark>NATO</mark>.', 1],
				['No checklist for a country', 'no-checklist', 'No checklist. A <mark>country</mark> <mark>joins</mark> when', 5],
			],
			'country join NATO',
		);
		expect(view.heading).toBe('How a country joins NATO');
		expect(view.url).toMatch(/^\/a\.html#how-a-country-joins-nato/);
		// With the text found under it.
		expect(view.text).toBe('No checklist. A <mark>country</mark> <mark>joins</mark> when');
		expect(view.subResults.map((s) => s.title)).toEqual(['No checklist for a country']);
	});
	it('passes it over, as any bare heading, when no part after it holds the match, rather than show it with no text', () => {
		const view = viewOf(
			[
				['Earlier', 'earlier', 'Earlier. The <mark>debate</mark> began', 1],
				['How the model entered the debate', 'entered', 'How the model <mark>entered</mark> the <mark>debate</mark>.', 5],
			],
			'entered the debate',
		);
		expect(view.heading).toBe('Earlier');
		expect(view.text).not.toBe('');
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
		// “The” before a name is no part of it.
		expect(entryNamedFirst(found, 'the Rutte doctrine').map((r) => r.url)[0]).toBe('https://s/glossary.html#r');
		// Asked what someone said, and no person named, what stays what: no person, no ally's position put first.
		const declaration = [view('https://s/people.html#nato', 'NATO heads of state'), view('https://s/timeline.html#d', 'Declaration signed'), { ...view('https://s/alliance-reaction.html#ally-germany', 'Germany: Against'), badge: 'Position' }];
		expect(entryNamedFirst(declaration, 'declaration', 'what did the declaration say').map((r) => r.url)[0]).toBe('https://s/timeline.html#d');
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
	it('answers a question with the part whose heading names what it asks about, in its very words before its stems', () => {
		const found = [
			{ ...view('https://s/victory-plan.html#examples', 'The victory-plan request'), heading: 'The examples cited' },
			view('https://s/sources.html', 'Sources'),
			{ ...view('https://s/about.html#cite', 'About this briefing'), heading: 'How to cite it' },
		];
		expect(entryNamedFirst(found, 'cite', 'how to cite')[0].url).toBe('https://s/about.html#cite');
		expect(entryNamedFirst(found.slice(0, 2), 'cite', 'how to cite')[0].url).toBe('https://s/victory-plan.html#examples');
		// Not typed as a question, the order stays Pagefind's; nor for a question of small words alone (“whos who”).
		expect(entryNamedFirst(found, 'cite')).toBe(found);
		const who = [view('https://s/people.html', 'Who’s who'), { ...view('https://s/background.html#decides', 'Background'), heading: 'Article 10: who decides' }];
		expect(entryNamedFirst(who, 'whos who', 'whos who')).toBe(who);
		const stood = [view('https://s/people.html', 'Who’s who'), { ...view('https://s/alliance-reaction.html#stood', 'Alliance reaction'), heading: 'Who stood where' }];
		expect(entryNamedFirst(stood, 'Who’s who', 'who’s who')).toBe(stood);
	});
	it('puts a part whose heading has every word searched for before a timeline’s line that came first, but not for a date', () => {
		const found = [
			view('https://s/timeline.html#bucharest-summit', 'Bucharest summit promises eventual membership'),
			{ ...view('https://s/people.html#heads', 'Heads of state'), heading: undefined },
			{ ...view('https://s/background.html#bucharest', 'Background'), heading: 'Bucharest, 2008: a promise without a plan' },
		];
		expect(entryNamedFirst(found, 'Bucharest 2008')[0].url).toBe('https://s/background.html#bucharest');
		// A heading with only some of the words, or a date searched for, leaves the day's line first.
		expect(entryNamedFirst(found, 'Bucharest summit')).toBe(found);
		expect(entryNamedFirst(found, 'April 2008')).toBe(found);
		expect(entryNamedFirst(found, 'Bucharest')).toBe(found);
		// Nor does a heading go before anything but a timeline's line.
		expect(entryNamedFirst([found[1], found[2]], 'Bucharest 2008')[0].url).toBe('https://s/people.html#heads');
	});
	it('answers whether, why or how with what explains before a timeline’s line, but not whether it happened, or how many', () => {
		const found = [view('https://s/timeline.html#rada-vote', 'Ukraine drops its non-aligned status'), view('https://s/glossary.html#consensus', 'consensus'), view('https://s/background.html#who-decides', 'Background')];
		expect(entryNamedFirst(found, 'nato vote', 'does nato vote')[0].url).toBe('https://s/glossary.html#consensus');
		expect(entryNamedFirst(found, 'nato vote', 'How does NATO vote?')[0].url).toBe('https://s/glossary.html#consensus');
		for (const typed of ['did nato vote', 'how many votes', 'nato vote', 'when did nato vote']) expect(entryNamedFirst(found, 'nato vote', typed), typed).toBe(found);
		// Only from the first three: a line is a better answer than a part far down.
		const far = [found[0], found[0], found[0], found[1]].map((r, i) => ({ ...r, title: `${r.title} ${i}` }));
		expect(entryNamedFirst(far, 'nato vote', 'does nato vote')).toBe(far);
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

describe('withoutRepeats', () => {
	const result = (url: string, text: string): ResultView => ({ url, title: url, badge: '', text, subResults: [] });
	it('drops a result showing, on the same page, text an earlier one shows, and keeps what only shares words', () => {
		const row = 'Slovakia. Against. Prime Minister Robert <mark>Fico</mark> vowed to “never agree” to Ukraine’s membership (Politico Europe, 23 October 2024).';
		const results = [
			result('https://s.example/alliance-reaction.html#ally-slovakia', row),
			result('https://s.example/alliance-reaction.html#who-stood-where:~:text=Fico', `… Against. Prime Minister Robert <mark>Fico</mark> vowed to “never agree” to Ukraine’s …`),
			result('https://s.example/people.html#robert-fico', 'Prime Minister Robert <mark>Fico</mark> vowed to “never agree” to Ukraine’s membership, he said.'),
			result('https://s.example/alliance-reaction.html#key-points', 'Slovakia, whose Prime Minister Robert <mark>Fico</mark> said he would never agree.'),
		];
		expect(withoutRepeats(results).map((r) => r.url.split('#')[1])).toEqual(['ally-slovakia', 'robert-fico', 'key-points']);
	});
});

describe('withoutHeading', () => {
	it('drops the heading an excerpt opens with, marks and all, and nothing else', () => {
		expect(withoutHeading('From <mark>invitation</mark> to membership. An <mark>invitation</mark> is the beginning', 'From invitation to membership')).toBe('An <mark>invitation</mark> is the beginning');
		expect(withoutHeading('<mark>Oreshnik</mark> and the “testing ground” The second example', 'Oreshnik and the “testing ground”')).toBe('The second example');
		expect(withoutHeading('Key <mark>points.</mark> Under Article 10', 'Key points')).toBe('Under Article 10');
		// Opened partway through the heading: its end, and the ellipsis, go too.
		expect(withoutHeading('… and the “testing ground” The second', 'Oreshnik and the “testing ground”')).toBe('The second');
		expect(withoutHeading('… dropped, 2014; <mark>membership</mark> in the constitution, 2019. Ukraine’s own course', 'Neutrality dropped, 2014; membership in the constitution, 2019')).toBe('Ukraine’s own course');
		// Another heading, or the same words inside the text: left as it is.
		expect(withoutHeading('… the “testing ground” of new weapons', 'Oreshnik and the “testing ground”')).toBe('… the “testing ground” of new weapons');
		expect(withoutHeading('Five points. Zelenskyy set out', 'Five points and three secret annexes')).toBe('Five points. Zelenskyy set out');
		expect(withoutHeading('Key points', 'Key points')).toBe('Key points');
	});
});

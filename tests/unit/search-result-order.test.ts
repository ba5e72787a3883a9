import { describe, expect, it } from 'vitest';
import type { ResultView } from '../../src/client/search/results.ts';
import { entryNamedFirst, noteUpFront, withoutRepeats } from '../../src/client/search/result-order.ts';

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
		const germany = [view('https://s/people.html#frg', 'Federal Republic of Germany'), { ...view('https://s/alliance-reaction.html#ally-germany', 'Position of Germany: Against'), badge: 'Section 4' }];
		expect(entryNamedFirst(germany, 'Germany', 'what did Germany say').map((r) => r.url)[0]).toBe('https://s/alliance-reaction.html#ally-germany');
		// “The” before a name is no part of it.
		expect(entryNamedFirst(found, 'the Rutte doctrine').map((r) => r.url)[0]).toBe('https://s/glossary.html#r');
		// Asked what someone said, and no person named, what stays what: no person, no ally's position put first.
		const declaration = [view('https://s/people.html#nato', 'NATO heads of state'), view('https://s/timeline.html#d', 'Declaration signed'), { ...view('https://s/alliance-reaction.html#ally-germany', 'Position of Germany: Against'), badge: 'Section 4' }];
		expect(entryNamedFirst(declaration, 'declaration', 'what did the declaration say').map((r) => r.url)[0]).toBe('https://s/timeline.html#d');
		// Asked what someone said or wrote, the question is about the person.
		for (const typed of ['what did Rutte say', 'What does Rutte think?', 'what did Rutte write']) expect(entryNamedFirst(found, 'Rutte', typed).map((r) => r.url)[0], typed).toBe('https://s/people.html#mark-rutte');
		// Typed without the question, a surname alone names its person, as a reader looks someone up (a reader trial
		// found Mark Rutte third); another part of a name does not, and the order stays Pagefind's.
		expect(entryNamedFirst(found, 'Rutte').map((r) => r.url)[0]).toBe('https://s/people.html#mark-rutte');
		expect(entryNamedFirst(found, 'Mark')).toBe(found);
		expect(entryNamedFirst(found, 'Rutte Orbán', 'who is Rutte Orbán')).toBe(found);
	});
	it('puts first an ally’s position whose title holds every word searched for, unless an entry is named so', () => {
		const found = [view('https://s/timeline.html#w', 'West Germany joins'), view('https://s/people.html#frg', 'Federal Republic of Germany'), { ...view('https://s/alliance-reaction.html#ally-germany', 'Position of Germany: Against'), badge: 'Section 4' }];
		expect(entryNamedFirst(found, 'Germany').map((r) => r.url)).toEqual(['https://s/alliance-reaction.html#ally-germany', 'https://s/timeline.html#w', 'https://s/people.html#frg']);
		expect(entryNamedFirst(found, 'Germany position')[0].url).toBe('https://s/alliance-reaction.html#ally-germany');
		expect(entryNamedFirst(found, 'Federal Republic of Germany')[0].url).toBe('https://s/people.html#frg');
		expect(entryNamedFirst(found, 'West Germany')).toBe(found);
		// Named by the ally, not by its position: “victory plan” is the section's, not the allies' that backed it.
		const backed = [view('https://s/victory-plan.html', 'The victory-plan request'), { ...view('https://s/alliance-reaction.html#ally-nordics', 'Position of Denmark, Estonia: For the victory plan'), badge: 'Position' }];
		expect(entryNamedFirst(backed, 'victory plan')).toBe(backed);
		expect(entryNamedFirst(backed, 'Estonia')[0].url).toBe('https://s/alliance-reaction.html#ally-nordics');
	});
	it('puts first a term of more than one word typed with one word more, as a reader looks it up', () => {
		const found = [view('https://s/alliance-reaction.html#key-points', 'Alliance reaction'), view('https://s/timeline.html#v', 'Victory plan presented'), view('https://s/glossary.html#victory-plan', 'victory plan'), view('https://s/glossary.html#consensus', 'consensus')];
		expect(entryNamedFirst(found, 'Zelenskyy victory plan')[0].url).toBe('https://s/glossary.html#victory-plan');
		expect(entryNamedFirst(found, 'the victory plan of Zelenskyy')[0].url).toBe('https://s/glossary.html#victory-plan');
		// Two words more is more than a qualifier; a term of one word is a word many queries hold.
		expect(entryNamedFirst(found, 'Zelenskyy victory plan annexes')).toBe(found);
		expect(entryNamedFirst(found, 'NATO consensus')).toBe(found);
	});
	it('answers a question whether something happened with the dated note of what did, where it holds every word', () => {
		const found = [{ ...view('https://s/index.html#covering', 'Overview'), heading: 'Covering part of Ukraine first' }, view('https://s/alliance-reaction.html#after-note-2024-12-04', 'Alliance reaction')];
		expect(entryNamedFirst(found, 'ukraine invitation', 'did ukraine get the invitation')[0].url).toBe('https://s/alliance-reaction.html#after-note-2024-12-04');
		// Not asked, or asked otherwise, the order stays; nor where the note holds only some of the words.
		expect(entryNamedFirst(found, 'ukraine invitation')).toBe(found);
		expect(entryNamedFirst(found, 'ukraine invitation', 'does ukraine want the invitation')[0].url).toBe('https://s/index.html#covering');
		expect(entryNamedFirst([found[0], { ...found[1], apart: true }], 'ukraine invitation', 'did ukraine get the invitation')[0].url).toBe('https://s/index.html#covering');
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

	it('puts first the person whose post, or name and post, hold every word searched for, a post held now first, its words closest together', () => {
		// “ukraine ambassador to nato” had led with parts that name her, her entry fourth (a search trial).
		const person = (id: string, name: string, post: string) => ({ ...view(`https://s/people.html#${id}`, name), post });
		const found = [
			view('https://s/alliance-reaction.html#decided', 'Alliance reaction'),
			person('ryder', 'Pat Ryder', 'Pentagon Press Secretary (Major General) · United States Department of Defense'),
			person('stoltenberg', 'Jens Stoltenberg', 'Former Secretary General (until 1 October 2024) · NATO'),
			person('rutte', 'Mark Rutte', 'Secretary General, since 1 October 2024 · NATO'),
			person('galibarenko', 'Nataliia Galibarenko', 'Ambassador to NATO · Ukraine'),
		];
		expect(entryNamedFirst(found, 'ukraine ambassador nato', 'ukraine ambassador to nato')[0].url).toBe('https://s/people.html#galibarenko');
		expect(entryNamedFirst(found, 'nato secretary general')[0].url).toBe('https://s/people.html#rutte');
		expect(entryNamedFirst(found, 'secretary general')[0].url).toBe('https://s/people.html#rutte');
		expect(entryNamedFirst(found, 'nato secretary general', 'who is the nato secretary general')[0].url).toBe('https://s/people.html#rutte');
		// One word is a word, not a post; a post must hold every word; and a question asks for a post only asking who.
		expect(entryNamedFirst(found, 'ambassador')).toBe(found);
		expect(entryNamedFirst(found, 'secretary general', 'what does the secretary general do')).toBe(found);
		expect(entryNamedFirst(found, 'ukraine ambassador russia')).toBe(found);
		// Nor whom they serve alone: “North Atlantic Treaty” had led with NATO's entry, which serves the Organization.
		const nato = [view('https://s/timeline.html#treaty', 'Twelve nations sign the North Atlantic Treaty'), person('nato', 'NATO', 'Author of the alliance’s official studies and news releases · North Atlantic Treaty Organization')];
		expect(entryNamedFirst(nato, 'North Atlantic Treaty')).toBe(nato);
		expect(entryNamedFirst([...nato].reverse(), 'NATO studies author')[0].url).toBe('https://s/people.html#nato');
		// Or their name and post: “rutte secretary general” had led with a timeline's line, the entry not among the first three.
		const line = view('https://s/timeline.html#rutte-takes-office', 'Rutte takes office');
		expect(entryNamedFirst([line, ...found], 'rutte secretary general')[0].url).toBe('https://s/people.html#rutte');
		expect(entryNamedFirst([line, ...found], 'stoltenberg secretary general')[0].url).toBe('https://s/people.html#stoltenberg');
		expect(entryNamedFirst([line, ...found], 'rutte press secretary')).toEqual([line, ...found]);
	});
	it('puts first a part whose heading is what was typed, word for word, question and all', () => {
		// “why now” had led with “Membership later, an invitation now”, the overview's “Why now” second (a phone reader's trial).
		const found = [{ ...view('https://s/victory-plan.html#later', 'The victory-plan request'), heading: 'Membership later, an invitation now' }, { ...view('https://s/index.html#why-now', 'Overview'), heading: 'Why now' }];
		for (const typed of ['why now', 'Why now?', ' why  NOW ']) expect(entryNamedFirst(found, 'now', typed)[0].url, typed).toBe('https://s/index.html#why-now');
		// Only the whole heading: one that holds the words among others is not named by them.
		expect(entryNamedFirst(found, 'invitation now', 'invitation now')).toBe(found);
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
		expect(entryNamedFirst(found, 'nato vote', 'when will nato vote')[0].url).toBe('https://s/glossary.html#consensus');
		for (const typed of ['did nato vote', 'how many votes', 'nato vote', 'when did nato vote']) expect(entryNamedFirst(found, 'nato vote', typed), typed).toBe(found);
		// Only from the first three: a line is a better answer than a part far down.
		const far = [found[0], found[0], found[0], found[1]].map((r, i) => ({ ...r, title: `${r.title} ${i}` }));
		expect(entryNamedFirst(far, 'nato vote', 'does nato vote')).toBe(far);
	});

	it('answers when with a timeline’s line among the first five whose title holds every word of substance', () => {
		const found = [
			view('https://s/alliance-reaction.html#what-to-watch', 'Alliance reaction'),
			view('https://s/index.html', 'Overview'),
			view('https://s/timeline.html#sweden-joins', '7 March 2024: Sweden joins NATO'),
			view('https://s/timeline.html#foreign-ministers-meeting', '3–4 December 2024 (scheduled): NATO foreign ministers’ meeting in Brussels'),
		];
		// “when is the meeting” had led with what to watch at it, the day's line fourth.
		expect(entryNamedFirst(found, 'meeting', 'when is the meeting')[0].url).toBe('https://s/timeline.html#foreign-ministers-meeting');
		expect(entryNamedFirst(found, 'meeting', 'When was the meeting?')[0].url).toBe('https://s/timeline.html#foreign-ministers-meeting');
		expect(entryNamedFirst(found, 'sweden join', 'when did sweden join')[0].url).toBe('https://s/timeline.html#sweden-joins');
		// Not one whose title lacks a word, nor searched rather than asked when; nor asked when something will be, which no
		// day past answers (“when will ukraine join” had led with Ukraine joining the Partnership for Peace in 1994).
		expect(entryNamedFirst(found, 'ministers vote', 'when was the ministers vote')).toBe(found);
		expect(entryNamedFirst(found, 'meeting', 'meeting')).toBe(found);
		expect(entryNamedFirst(found, 'sweden join', 'when will sweden join')).toBe(found);
		expect(entryNamedFirst(found, 'sweden join', 'when can sweden join')).toBe(found);
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

	it('opens a page whose part repeats an earlier result at its next part that does not, with that part’s excerpt', () => {
		// “Fico”: his ally's row first, then the section, whose part holding the table had shown the row again.
		const row = 'Prime Minister Robert <mark>Fico</mark> vowed to “never agree” to Ukraine’s membership (Politico Europe, 23 October 2024).';
		const section: ResultView = {
			...result('https://s.example/alliance-reaction.html#who-stood-where', `… ${row} …`),
			heading: 'Who stood where',
			apart: true,
			subResults: [
				{ url: 'https://s.example/alliance-reaction.html#what-the-positions-show', title: 'What the positions show', text: 'a few named leaders, such as Scholz and <mark>Fico</mark>' },
				{ url: 'https://s.example/alliance-reaction.html#key-points', title: 'Key points', text: 'Slovakia' },
			],
		};
		// A part whose excerpt shows no match is passed over.
		section.subResults.unshift({ url: 'https://s.example/alliance-reaction.html#outcome', title: 'Outcome', text: 'nothing marked here' });
		const [, shown] = withoutRepeats([result('https://s.example/alliance-reaction.html#ally-slovakia', row), section]);
		expect(shown).toEqual({
			url: 'https://s.example/alliance-reaction.html#what-the-positions-show',
			title: section.title,
			badge: '',
			heading: 'What the positions show',
			text: 'a few named leaders, such as Scholz and <mark>Fico</mark>',
			subResults: [section.subResults[0], section.subResults[2]],
		});
	});
});

import { describe, expect, it } from 'vitest';
import { tidyMarks, toResultView, withoutHeading } from '../../src/client/search/results.ts';
import { togetherFirst } from '../../src/client/search/result-order.ts';
import { encodePlaces } from '../../src/search/word-places.ts';

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
			subResults: [{ url: 'https://site.example/a.html#first:~:text=one-,x,-.%20two', title: 'First', text: 'one <mark>x</mark>' }],
		});
	});
	it('answers a term looked up by name with its first sentence, escaped, and never repeats the title as a badge', () => {
		const term = { url: '/glossary.html#map', meta: { title: 'MAP', summary: 'A plan <for> joining.' }, filters: { kind: ['Glossary'] }, sub_results: [] };
		expect(toResultView({ ...term, excerpt: 'the <mark>MAP</mark> was' }, resolve).text).toBe('A plan &lt;for&gt; joining.');
		expect(toResultView({ ...term, excerpt: 'refused at <mark>Bucharest</mark>' }, resolve).text).toBe('refused at <mark>Bucharest</mark>');
		expect(toResultView({ ...term, meta: { ...term.meta, title: 'Glossary' }, excerpt: '' }, resolve).badge).toBe('');
	});
	it('answers a person looked up by name with their role, then the first words of what they did', () => {
		const note = Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ');
		const person = { url: '/people.html#szijjarto', content: `Minister · Hungary. Said <no>, ${note}`, meta: { title: 'Péter Szijjártó', summary: 'Minister · Hungary' }, filters: { kind: ['Who’s who'] }, sub_results: [] };
		expect(toResultView({ ...person, excerpt: '<mark>Szijjártó</mark>' }, resolve).text).toBe(`Minister · Hungary. Said &lt;no&gt;, ${note.split(' ').slice(0, 23).join(' ')} …`);
		// Without the entry's text, its role alone.
		expect(toResultView({ ...person, content: undefined, excerpt: '<mark>Szijjártó</mark>' }, resolve).text).toBe('Minister · Hungary');
		// Looked up by name and post (“deborah haynes sky news”), the same; found by another word, that word's excerpt.
		expect(toResultView({ ...person, excerpt: '<mark>Szijjártó</mark>, the <mark>Hungary</mark> minister' }, resolve).text).toMatch(/^Minister · Hungary\. Said/);
		expect(toResultView({ ...person, excerpt: '<mark>Szijjártó</mark> said <mark>no</mark>' }, resolve).text).toBe('<mark>Szijjártó</mark> said <mark>no</mark>');
	});
	it('opens a term looked up by name at its entry, marking nothing; found by what it says, at the words found', () => {
		const content = 'an attack on one. See also: Article 6';
		const places = encodePlaces({ words: 8, shadowed: [], broken: [], glued: [], open: [], closed: [], openShadowed: [] });
		const term = { url: '/glossary.html#article-5', content, meta: { title: 'Article 5', summary: 'The clause.', places }, filters: { kind: ['Glossary'] }, sub_results: [] };
		expect(toResultView({ ...term, excerpt: 'an attack on one. See also: <mark>Article</mark> 6' }, resolve).url).toBe('https://site.example/glossary.html#article-5');
		expect(toResultView({ ...term, excerpt: 'an <mark>attack</mark> on one' }, resolve).url).toMatch(/glossary\.html#article-5:~:text=.*attack/);
	});
	it('opens a dated note at the words found, highlighted, where its places are known, and else at its heading', () => {
		const note = { url: '/c.html#after-note-2024-12-04', meta: { title: 'After this briefing: note of 4 December 2024', summary: 'No invitation.' }, filters: { kind: ['Update'] }, sub_results: [] };
		const view = toResultView({ ...note, excerpt: 'issued no <mark>invitation</mark> to' }, resolve);
		expect(view).toEqual({ url: 'https://site.example/c.html#after-note-2024-12-04', title: note.meta.title, badge: 'Update', text: 'issued no <mark>invitation</mark> to', subResults: [] });
		const content = 'The allies issued no invitation to Ukraine.';
		const places = encodePlaces({ words: 7, shadowed: [], broken: [], glued: [], open: [], closed: [], openShadowed: [] });
		const placed = toResultView({ ...note, content, meta: { ...note.meta, places }, excerpt: 'issued no <mark>invitation</mark> to', locations: [3] }, resolve);
		expect(placed.url).toMatch(/^https:\/\/site\.example\/c\.html#after-note-2024-12-04:~:text=.*invitation/);
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

	it('says when the part it opens at holds only some of the words, the rest elsewhere on the page, and such results go last', () => {
		// Words 0–2 are under the part on invitations, 3–5 under the part on Crimea.
		const page = sectionWithParts('Invitations begin accession. Crimea is Ukrainian.', [
			['From invitation to membership', 'invitation', '<mark>Invitations</mark> begin accession', [0], 3],
			['What he did not say', 'crimea', '<mark>Crimea</mark> is Ukrainian', [3], 1],
		]);
		const apart = toResultView(page, resolve, 'crimea invitation');
		expect(apart.apart).toBe(true);
		const together = toResultView(sectionWithParts('Invitation for Crimea.', [['What he did not say', 'crimea', '<mark>Invitation</mark> for <mark>Crimea</mark>', [0, 2], 1]]), resolve, 'crimea invitation');
		expect(together.apart).toBeUndefined();
		// One word: every part that holds it holds all there is.
		expect(toResultView(page, resolve, 'crimea').apart).toBeUndefined();
		expect(togetherFirst([apart, together]).map((r) => r.heading)).toEqual(['What he did not say', 'From invitation to membership']);
	});
	it('says so too when the part holds every word, but no stretch of it a few excerpts long does, as a long table’s rows', () => {
		// “how many countries must agree to invite ukraine” had led with the steps from invitation to membership, each word in another row.
		const filler = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
		const steps = (gap: number) => sectionWithParts(`Countries ${filler(gap)} must agree. Invite Ukraine.`, [['From invitation to membership', 'steps', '<mark>Countries</mark> w0 w1', [0, gap + 1, gap + 2, gap + 3, gap + 4], 1]]);
		const query = 'countries must agree invite ukraine';
		expect(toResultView(steps(200), resolve, query).apart).toBe(true);
		expect(toResultView(steps(100), resolve, query).apart).toBeUndefined();
		// One word is never apart from itself, however often the part says it.
		expect(toResultView(steps(200), resolve, 'countries').apart).toBeUndefined();
		// A word of the part's heading is the whole part's, however far below it the rest stand.
		const headed = sectionWithParts(`Countries ${filler(200)} must agree. Invite Ukraine.`, [['Countries', 'countries', '<mark>Countries</mark> w0 w1', [0, 201, 202, 203, 204], 1]]);
		expect(toResultView(headed, resolve, query).apart).toBeUndefined();
	});
	it('counts a word of the page’s title as the whole page’s: a part with the rest of the words holds them together', () => {
		const page = { ...sectionWithParts('Partial. The precedent of West Germany.', [['The West German precedent', 'precedent', 'The precedent of <mark>West</mark> <mark>Germany</mark>', [4, 5], 1]]), meta: { title: 'Partial coverage', places: sectionWithParts('Partial. The precedent of West Germany.', []).meta.places } };
		expect(toResultView(page, resolve, 'partial west germany').apart).toBeUndefined();
		expect(toResultView(page, resolve, 'crimea west germany').apart).toBe(true);
	});
	it('shows an ally’s row without the ally and the position its title gives', () => {
		const row = { url: '/alliance-reaction.html#ally-slovakia', excerpt: '<mark>Slovakia</mark>. Against. Prime Minister Robert <mark>Fico</mark> vowed', meta: { title: 'Position of Slovakia: Against' }, filters: { kind: ['Position'] }, sub_results: [] };
		expect(toResultView(row, resolve, 'fico slovakia').text).toBe('Prime Minister Robert <mark>Fico</mark> vowed');
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
				sub_results: parts.map(([title, id, excerpt, score]) => ({ title, url: `/a.html#${id}`, excerpt, weighted_locations: [{ location: 0, balanced_score: score }] })),
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

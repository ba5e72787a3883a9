import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { bibtex, cslJson, ris } from '../../src/publication/citation-formats.ts';
import { apa, chicago, headlineCase, type Reference } from '../../src/publication/reference-styles.ts';
import { citedWork, type PublicationData } from '../../src/publication/work.ts';

/** A reference as plain text, its italic parts as their words. */
const referenceText = (reference: Reference) => reference.map((p) => (typeof p === 'string' ? p : p.em)).join('');

const publication: PublicationData = {
	title: 'Ukraine’s NATO invitation request',
	genre: 'Briefing',
	issuedBy: 'Briefing Team',
	authors: [],
	publisher: 'Briefing Team',
	licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
	contact: 'team@example.org',
	firstPublished: '2024-11-29',
	asOf: '2024-11-29',
	updated: '2024-12-04',
};
const hosted = { ...publication, siteUrl: 'https://example.org/briefing/' };
const section = { page: 'alliance-reaction', title: 'Alliance reaction: no consensus yet, and a wait for Washington', updated: '2024-12-04' };
const people = { ...hosted, authors: [{ given: 'Ada', family: 'Lovelace' }, { given: 'Charles', family: 'Babbage' }], publisher: 'Example Press' };

/** What citation-js, a real parser, reads from a file: its CSL-JSON item. */
async function parsed(text: string) {
	const [item] = (await Cite.async(text)).data as Record<string, unknown>[];
	return item;
}

describe('citation files', () => {
	const works = {
		'the briefing, not hosted': citedWork(publication, { page: 'index', title: 'Overview headline' }, 'en-GB'),
		'a section, hosted': citedWork(hosted, section, 'en-GB'),
		'a section with personal authors': citedWork(people, section, 'en-GB'),
	};

	describe.each(Object.entries(works))('%s', (_, work) => {
		it.each([
			['BibTeX', bibtex],
			['RIS', ris],
			['CSL-JSON', cslJson],
		])('%s parses and carries the title, authors, date, publisher and address', async (_format, write) => {
			const item = await parsed(write(work));
			expect(item.type).toBe(work.kind === 'report' ? 'report' : 'chapter');
			expect(item.title).toBe(work.title);
			expect(item['container-title']).toBe(work.container);
			const authors = item.author as { literal?: string; family?: string; given?: string }[];
			if (work.authors.length) expect(authors.map((a) => `${a.given} ${a.family}`)).toEqual(work.authors.map((a) => `${a.given} ${a.family}`));
			else expect(authors.map((a) => a.literal ?? a.family)).toEqual([work.issuedBy]);
			// Dated by the version cited, the last update, as the APA reference on the page is. RIS keeps a chapter's date
			// in PY, a year (the full date, in DA, is read for reports only).
			const date = _format === 'RIS' && work.kind === 'part' ? [2024] : [2024, 12, 4];
			expect((item.issued as { 'date-parts': number[][] })['date-parts'][0]).toEqual(date);
			expect(item.publisher).toBe(work.publisher);
			expect(item.URL).toBe(work.url);
			expect(String(item.note)).toContain('As of 29 November 2024');
		});
	});

	it('keeps special characters literal in BibTeX', async () => {
		const work = citedWork(hosted, { page: 'x', title: 'R&D at 100% {braces} and $5_a #1' }, 'en-GB');
		expect((await parsed(bibtex(work))).title).toBe('R&D at 100% {braces} and $5_a #1');
	});

	it('says in the note when the page last changed', () => {
		expect(cslJson(works['a section, hosted'])).toContain('"note": "As of 29 November 2024; last updated 4 December 2024"');
		// Named as the page's byline names its last change.
		expect(cslJson(citedWork(hosted, { ...section, changed: 'Corrected' }, 'en-GB'))).toContain('"note": "As of 29 November 2024; last corrected 4 December 2024"');
		const unchanged = citedWork(hosted, { ...section, updated: '2024-11-29' }, 'en-GB');
		expect(JSON.parse(cslJson(unchanged))[0].note).toBe('As of 29 November 2024');
	});

	it('uses one key in every format, and a file per page', () => {
		const work = works['a section, hosted'];
		expect(work.key).toBe('briefing-team-2024-alliance-reaction');
		expect(bibtex(work)).toMatch(/^@incollection\{briefing-team-2024-alliance-reaction,/);
		expect(JSON.parse(cslJson(work))[0].id).toBe(work.key);
		expect(ris(work)).toMatch(/^TY {2}- CHAP\r\n/);
		expect(ris(work).endsWith('ER  - \r\n')).toBe(true);
	});
});

describe('formatted references', () => {
	it('APA 7: group author, the page’s last update, the genre, no publisher when it is the author', () => {
		expect(referenceText(apa(citedWork(hosted, section, 'en-GB')))).toBe(
			'Briefing Team. (2024, December 4). Alliance reaction: no consensus yet, and a wait for Washington. In Ukraine’s NATO invitation request [Briefing]. https://example.org/briefing/alliance-reaction.html',
		);
		const report = apa(citedWork(publication, { page: 'index', title: 'x' }, 'en-GB'));
		expect(report).toEqual(['Briefing Team. (2024, December 4). ', { em: 'Ukraine’s NATO invitation request' }, ' [Briefing].']);
	});

	it('APA 7: personal authors as initials, publisher named', () => {
		expect(referenceText(apa(citedWork(people, { page: 'index', title: 'x' }, 'en-GB')))).toBe(
			'Lovelace, A., & Babbage, C. (2024, December 4). Ukraine’s NATO invitation request [Briefing]. Example Press. https://example.org/briefing/',
		);
	});

	it('Chicago author-date: first publication, last modified, headline-style titles', () => {
		expect(referenceText(chicago(citedWork(hosted, section, 'en-GB')))).toBe(
			'Briefing Team. 2024. “Alliance Reaction: No Consensus Yet, and a Wait for Washington.” In Ukraine’s NATO Invitation Request. Briefing Team. Last modified December 4, 2024. https://example.org/briefing/alliance-reaction.html.',
		);
		const unchanged = chicago(citedWork(people, { ...section, updated: '2024-11-29' }, 'en-GB'));
		expect(referenceText(unchanged)).toBe(
			'Lovelace, Ada, and Charles Babbage. 2024. “Alliance Reaction: No Consensus Yet, and a Wait for Washington.” In Ukraine’s NATO Invitation Request. Example Press. https://example.org/briefing/alliance-reaction.html.',
		);
		// A section added after first publication: first published the day it was added, and not modified since. The key stays the briefing's.
		const added = citedWork(hosted, { ...section, issued: '2026-12-06', updated: '2026-12-06' }, 'en-GB');
		expect(referenceText(chicago(added))).toBe(
			'Briefing Team. 2026. “Alliance Reaction: No Consensus Yet, and a Wait for Washington.” In Ukraine’s NATO Invitation Request. Briefing Team. https://example.org/briefing/alliance-reaction.html.',
		);
		expect(added.key).toBe('briefing-team-2024-alliance-reaction');
		// The briefing as a whole keeps its own first day.
		expect(citedWork(hosted, { page: 'index', title: 'Overview', issued: '2026-12-06' }, 'en-GB').issued).toBe('2024-11-29');
	});

	// citeproc compiles its APA style on first use: under 5 s alone, not always beside the browser tests.
	it('agrees with citeproc’s APA on what a reference holds', async () => {
		const work = citedWork(hosted, section, 'en-GB');
		const theirs = (await Cite.async(cslJson(work))).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }) as string;
		for (const part of [work.issuedBy, work.title, `In ${work.container}`, work.url!]) {
			expect(theirs).toContain(part);
			expect(referenceText(apa(work))).toContain(part);
		}
	}, 20_000);

	it('puts titles in headline style, leaving minor words and words already capitalised alone', () => {
		expect(headlineCase('Background: NATO’s door and Ukraine’s long road to it')).toBe('Background: NATO’s Door and Ukraine’s Long Road to It');
		expect(headlineCase('The victory-plan request: what Kyiv asked NATO for, and why now')).toBe('The Victory-Plan Request: What Kyiv Asked NATO for, and Why Now');
		expect(headlineCase('a study of the war in the east')).toBe('A Study of the War in the East');
		expect(headlineCase('Partial coverage: Zelenskyy’s proposal and the West German precedent')).toBe('Partial Coverage: Zelenskyy’s Proposal and the West German Precedent');
	});
});

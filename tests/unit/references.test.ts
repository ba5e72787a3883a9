import { describe, expect, it } from 'vitest';
import { checkReferences, citedAs, sourceNameApart, type BriefingRefs } from '../../src/data/references.ts';

const valid = (): BriefingRefs => ({
	asOf: '2024-11-29',
	sections: [
		{ file: 'content/sections/01-a.mdx', slug: 'a', order: 1, asOf: '2024-11-29', sources: ['s1'], cited: ['s1'], quoted: [], parts: [] },
		{ file: 'content/sections/02-b.mdx', slug: 'b', order: 2, asOf: '2024-11-29', sources: ['s2'], cited: ['s2'], quoted: [], parts: [] },
	],
	overview: [{ file: 'content/overview.mdx', slug: 'overview', asOf: '2024-11-29', sources: ['s1'], cited: ['s1'], quoted: [], parts: [] }],
	sources: [
		{ file: 'content/sources.yaml', id: 's1', furtherReading: false, citedAs: 'Reuters | A | 2024-11-29 | ' },
		{ file: 'content/sources.yaml', id: 's2', furtherReading: false, citedAs: 'Reuters | A | 2024-11-29 | The Star' },
		{ file: 'content/sources.yaml', id: 's3', furtherReading: true, citedAs: 'NATO | B | n.d. | ' },
	],
	people: [{ file: 'content/people.yaml', id: 'p1', sources: ['s1'], name: 'Ada Example', aliases: ['Example'] }],
	quotes: [{ file: 'content/quotes.yaml', id: 'q1', speaker: 'p1', source: 's2', contextSources: [] }],
	timeline: [
		{ file: 'content/timeline.yaml', id: 't1', sources: ['s1'], sections: ['a'], date: '2024-10-16', scheduled: false },
		{ file: 'content/timeline.yaml', id: 't2', sources: ['s1'], sections: [], date: '2024-12-03', scheduled: true },
	],
	glossary: [{ file: 'content/glossary.yaml', id: 'g1', sources: ['s1'], related: [], term: 'Widget', aliases: ['widgets'] }],
	members: [{ file: 'content/members.yaml', id: '056', source: 's1' }],
});

describe('checkReferences', () => {
	it('refuses a timeline event the drawing does not hold, at its date', () => {
		const b = { ...valid(), timelineDrawing: { holds: (date: string) => date >= '1949', span: '1949–2024' } };
		b.timeline[0] = { ...b.timeline[0], date: '1940', fields: { date: 4 } };
		expect(checkReferences(b)).toEqual([expect.stringMatching(/^content\/timeline\.yaml:4: event "t1": date 1940 falls outside the timeline drawing, which spans 1949–2024; /)]);
	});

	it('passes a briefing whose references all resolve', () => {
		expect(checkReferences(valid())).toEqual([]);
	});
	it('names the file and the id of each broken reference', () => {
		const b = valid();
		b.sections[1].order = 1;
		b.sections[1].orderLine = 5;
		b.sections[0].sources.push('nope');
		b.sections[1].cited.push('s1');
		b.quotes[0].speaker = 'ghost';
		b.timeline[0].sections = ['z'];
		b.glossary[0].related = ['g9'];
		b.people[0].sources = ['s1', 'missing'];
		expect(checkReferences(b)).toEqual([
			'content/sections/02-b.mdx:5: order 1 is already used by content/sections/01-a.mdx: give each section its own place (renumber one)',
			'content/sections/01-a.mdx: sources: unknown source id "nope"',
			'content/sections/02-b.mdx: a footnote cites "s1", which the frontmatter\'s sources list leaves out',
			'content/people.yaml: person "p1": sources: unknown source id "missing"',
			'content/quotes.yaml: quote "q1": speaker: unknown person id "ghost"',
			'content/timeline.yaml: event "t1": sections: unknown section "z"',
			'content/glossary.yaml: term "g1": related: unknown glossary id "g9"',
		]);
	});
	it('links an event to a part of a section only where the section has it, and says which it may have meant', () => {
		const b = valid();
		b.sections[0].parts = ['why-it-matters', 'what-came-after'];
		b.timeline[0].sections = ['a#why-it-matters', 'b'];
		expect(checkReferences(b)).toEqual([]);
		b.timeline[0].sections = ['a#why-it-mattered'];
		expect(checkReferences(b)).toEqual(['content/timeline.yaml: event "t1": sections: "a" has no part with the id "why-it-mattered" (did you mean "why-it-matters"?); its parts\' ids are its headings\' in the built page']);
		// A heading renamed, the old id is near none: the parts are listed (an author's trial).
		b.timeline[0].sections = ['a#the-victory-plan'];
		expect(checkReferences(b)).toEqual(['content/timeline.yaml: event "t1": sections: "a" has no part with the id "the-victory-plan" (its parts: why-it-matters, what-came-after); its parts\' ids are its headings\' in the built page']);
		b.timeline[0].sections = ['z#why-it-matters'];
		expect(checkReferences(b)).toEqual(['content/timeline.yaml: event "t1": sections: unknown section "z"']);
	});
	it('requires the frontmatter list and the footnotes to agree both ways', () => {
		const b = valid();
		b.sections[0].sources.push('s2');
		expect(checkReferences(b)).toEqual(['content/sections/01-a.mdx: sources: lists "s2" but no footnote cites it']);
	});
	it('refuses a source nobody cites unless it is further reading', () => {
		const b = valid();
		b.sources[2].furtherReading = false;
		expect(checkReferences(b)).toEqual(['content/sources.yaml: source "s3" is never cited; cite it, or mark it furtherReading: true']);
	});
	it('keeps events after the as-of date out unless scheduled, and sections from being current to a later day', () => {
		const b = valid();
		b.timeline[1].scheduled = false;
		b.sections[0].asOf = '2024-12-01';
		expect(checkReferences(b)).toEqual([
			'content/sections/01-a.mdx: asOf: 2024-12-01 is after the briefing\'s own as-of date (2024-11-29); a section cannot be current to a later day than the briefing',
			'content/timeline.yaml: event "t2": date 2024-12-03 is after the as-of date (2024-11-29); mark it scheduled: true if it was planned by then, or report it in an <AfterNote> instead',
		]);
	});
	it('refuses two sources that notes would show alike, and says how to tell them apart', () => {
		const b = valid();
		b.sources[1].citedAs = citedAs({ publisher: 'Reuters', title: 'A', date: '2024-11-29' });
		expect(citedAs({ publisher: 'Reuters', title: 'A', date: '2024-11-29' })).toBe(b.sources[0].citedAs);
		expect(checkReferences(b)).toEqual(['content/sources.yaml: sources "s1" and "s2" have the same publisher, title and date, so notes would show them alike; give each its carrier (the outlet whose copy its url is)']);
	});
});

describe('sourceNameApart', () => {
	it('names a source by publisher and date, with its title only where another of the publisher’s shares the date and copy', () => {
		const sources = new Map([
			['r1', { publisher: 'Reuters', title: 'Ukraine asks NATO', date: '2024-11-29' }],
			['r2', { publisher: 'Reuters', title: 'Allies differ', date: '2024-11-29' }],
			['r3', { publisher: 'Reuters', title: 'Letter seen', date: '2024-11-29', carrier: 'The Star' }],
			['r4', { publisher: 'Reuters', title: 'Letter seen', date: '2024-11-29', carrier: 'Business Recorder', type: 'news' as const }],
			['n1', { publisher: 'NATO', title: 'Article 5', date: '2023-07-11' }],
		]);
		expect(sourceNameApart('r1', sources)).toBe('Reuters, Ukraine asks NATO, 29 November 2024');
		expect(sourceNameApart('r2', sources)).toBe('Reuters, Allies differ, 29 November 2024');
		expect(sourceNameApart('r3', sources)).toBe('Reuters (The Star copy), 29 November 2024');
		// An agency's story a subscriber carries unchanged is news, not a copy: a note had read “(LBC Group copy) News”.
		expect(sourceNameApart('r4', sources)).toBe('Reuters (as carried by Business Recorder), 29 November 2024');
		expect(sourceNameApart('n1', sources)).toBe('NATO, 11 July 2023');
	});
});

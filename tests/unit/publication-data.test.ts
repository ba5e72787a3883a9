import { describe, expect, it } from 'vitest';
import { checkPublication, type PublicationFacts } from '../../src/publication/checks.ts';
import { addedOn, changedPages, lastChangeLabel, noteAddedOn, foldedNoticesLabel, noticeGroups, noticesFor, orderLog, speaksForPart, type LogEntry } from '../../src/publication/log.ts';
import { absoluteUrl, basePath, resolveSiteUrl } from '../../src/publication/site-url.ts';

const facts = (change: (f: PublicationFacts) => void = () => {}): PublicationFacts => {
	const f: PublicationFacts = {
		briefing: { file: 'content/briefing.yaml', asOf: '2024-11-29', firstPublished: '2024-11-29', updated: '2024-12-04', builtOn: { source: 'report' } },
		sources: ['report'],
		overview: { file: 'content/overview.mdx', asOf: '2024-11-29', updated: '2024-11-29' },
		sections: [
			{ file: 'content/sections/01-background.mdx', slug: 'background', updated: '2024-11-29', afterNotes: [] },
			{ file: 'content/sections/04-alliance-reaction.mdx', slug: 'alliance-reaction', updated: '2024-12-04', afterNotes: ['2024-12-04'] },
		],
		log: { file: 'content/corrections.yaml', entries: [{ entry: 'entry 1', date: '2024-12-04', kind: 'update', sections: ['alliance-reaction'] }] },
	};
	change(f);
	return f;
};

/** An update of 4 December 2024 adding `slugs`, apart from the entry that announces the note (an addition announces none). */
const addition = (slugs: string[], entry = 'entry 2') => ({ entry, date: '2024-12-04', kind: 'update' as const, sections: slugs, added: slugs });

describe('the publication checks', () => {
	it('accept data that tells one story', () => {
		expect(checkPublication(facts())).toEqual([]);
		// Dated today, or tomorrow by the build's clock, for an author east of it.
		expect(checkPublication(facts((f) => (f.today = '2024-12-04')))).toEqual([]);
		expect(checkPublication(facts((f) => (f.today = '2024-12-03')))).toEqual([]);
		// A note of 4 December 2024 added two years on: logged, and dated, on the day it was added.
		expect(checkPublication(facts((f) => ((f.log.entries[0].date = '2026-12-06'), (f.log.entries[0].note = '2024-12-04'), (f.sections[1].updated = f.briefing.updated = '2026-12-06'))))).toEqual([]);
		// A note on the overview, added a day after its own date.
		expect(checkPublication(facts((f) => ((f.overview.afterNotes = ['2024-12-03']), (f.overview.updated = '2024-12-04'), f.log.entries.push({ entry: 'entry 2', date: '2024-12-04', kind: 'update', sections: ['overview'], note: '2024-12-03' }))))).toEqual([]);
		// A slug misspelt in an update with a note is one problem, not also its note's.
		expect(checkPublication(facts((f) => ((f.log.entries[0].sections = ['alliance-reactio']), (f.log.entries[0].note = '2024-12-04'))))).toEqual([expect.stringMatching(/sections: no section "alliance-reactio" \(did you mean "alliance-reaction"\?\)/)]);
		// A section the first edition had, and one whose addition an update logs.
		expect(checkPublication(facts((f) => ((f.briefing.firstSections = ['background']), f.log.entries.push(addition(['alliance-reaction'])))))).toEqual([]);
		// A section added today, and neither logged: one problem, at its updated, since one entry answers both.
		expect(checkPublication(facts((f) => ((f.briefing.firstSections = ['alliance-reaction']), (f.sections[0].updated = f.briefing.updated))))).toEqual([
			expect.stringMatching(/^content\/sections\/01-background\.mdx: updated: 2024-12-04 is after the briefing was first published \(2024-11-29\), and no entry of 2024-12-04/),
		]);
		// A slug misspelt in an update's sections and added is one problem, told at sections.
		expect(checkPublication(facts((f) => ((f.briefing.firstSections = ['background']), f.log.entries.push(addition(['alliance-reactio'])))))).toEqual([expect.stringMatching(/sections: no section "alliance-reactio"/)]);
		// A misspelt first section is one problem, not also its section's.
		expect(checkPublication(facts((f) => (f.briefing.firstSections = ['backgrund', 'alliance-reaction'])))).toHaveLength(1);
	});

	it.each([
		['an as-of date unlike the overview’s', (f: PublicationFacts) => (f.briefing.asOf = '2024-11-28'), /content\/briefing\.yaml: asOf: 2024-11-28 differs from the overview's asOf \(2024-11-29\) in content\/overview\.mdx/],
		['a page changed after the briefing’s updated date', (f: PublicationFacts) => (f.briefing.updated = '2024-12-01'), /content\/briefing\.yaml: updated: 2024-12-01 is earlier than the updated date of content\/sections\/04-alliance-reaction\.mdx \(2024-12-04\)/],
		['a log entry naming an unknown section', (f: PublicationFacts) => (f.log.entries[0].sections = ['alliance-reactions']), /content\/corrections\.yaml: entry 1 \(2024-12-04\): sections: no section "alliance-reactions" \(did you mean "alliance-reaction"\?\)/],
		['a log entry naming a section like none', (f: PublicationFacts) => (f.log.entries[0].sections = ['reaction']), /sections: no section "reaction" \(known: background, alliance-reaction, overview\)/],
		['the report it was begun from missing from the register', (f: PublicationFacts) => (f.briefing.builtOn = { source: 'reprot' }), /content\/briefing\.yaml: builtOn\.source: unknown source id "reprot"/],
		['a log entry dated after the briefing’s update', (f: PublicationFacts) => (f.log.entries[0].date = '2024-12-05'), /entry 1 \(2024-12-05\): date: later than the briefing's updated date/],
		['a log entry before first publication', (f: PublicationFacts) => (f.log.entries[0].date = '2024-11-01'), /entry 1 \(2024-11-01\): date: before the briefing was first published/],
		['a section the log names whose own date is older', (f: PublicationFacts) => f.log.entries[0].sections.push('background'), /content\/sections\/01-background\.mdx: updated: 2024-11-29 is earlier than the update of 2024-12-04/],
		['an AfterNote no update announces', (f: PublicationFacts) => (f.log.entries = []), /04-alliance-reaction\.mdx: <AfterNote date="2024-12-04"> has no update naming "alliance-reaction" in content\/corrections\.yaml/],
		['an update whose note: names a note no page it names holds', (f: PublicationFacts) => ((f.log.entries[0].note = '2024-12-03')), /entry 1 \(2024-12-04\): note: no page this update names holds an <AfterNote date="2024-12-03"> \(alliance-reaction holds <AfterNote date="2024-12-04">\)/],
		['a change dated after today', (f: PublicationFacts) => ((f.today = '2024-12-02'), (f.briefing.updated = '2024-12-04')), /content\/briefing\.yaml: updated: 2024-12-04 is after today \(2024-12-02 by the build's clock, a day's grace allowed\); a change is dated the day it is made/],
		['a log entry dated after today', (f: PublicationFacts) => (f.today = '2024-12-02'), /content\/corrections\.yaml: entry 1 \(2024-12-04\): date: 2024-12-04 is after today/],
		['an AfterNote announced only as a correction', (f: PublicationFacts) => (f.log.entries[0].kind = 'correction'), /<AfterNote date="2024-12-04"> has no update/],
		['a section added since, its addition unlogged', (f: PublicationFacts) => (f.briefing.firstSections = ['alliance-reaction']), /^content\/sections\/01-background\.mdx: "background" was not published on 2024-11-29 \(firstSections in content\/briefing\.yaml lists the sections that were\), and no update adds it; log its addition/],
		['a section a later update names but does not add', (f: PublicationFacts) => (f.briefing.firstSections = ['background']), /^content\/sections\/04-alliance-reaction\.mdx: "alliance-reaction" was not published on 2024-11-29 .*and no update adds it/],
		['a section added on the day of first publication', (f: PublicationFacts) => ((f.briefing.firstSections = ['background']), f.log.entries.push({ entry: 'entry 2', date: '2024-11-29', kind: 'update', sections: ['alliance-reaction'], added: ['alliance-reaction'] })), /entry 2 \(2024-11-29\): added: "alliance-reaction" is added on 2024-11-29, not after the briefing was first published \(2024-11-29\); a section published that day is listed in firstSections/],
		['a section both first published and added', (f: PublicationFacts) => ((f.briefing.firstSections = ['background', 'alliance-reaction']), f.log.entries.push(addition(['alliance-reaction']))), /^content\/corrections\.yaml: entry 2 \(2024-12-04\): added: "alliance-reaction" is also in firstSections in content\/briefing\.yaml, published on 2024-11-29; a section added later is not among those$/],
		['an entry naming a section before its addition', (f: PublicationFacts) => (f.log.entries.push(addition(['alliance-reaction'])), f.log.entries.push({ entry: 'entry 3', date: '2024-12-01', kind: 'correction', sections: ['alliance-reaction'] })), /entry 3 \(2024-12-01\): sections: "alliance-reaction" was added on 2024-12-04 \(entry 2\); no entry before that names it/],
		['a section added twice', (f: PublicationFacts) => (f.log.entries.push(addition(['alliance-reaction'])), f.log.entries.push(addition(['alliance-reaction'], 'entry 3'))), /entry 3 \(2024-12-04\): added: "alliance-reaction" is added by entry 2 \(2024-12-04\) too; a section is added once/],
		['a first section that is none', (f: PublicationFacts) => (f.briefing.firstSections = ['background', 'alliance-reactions']), /^content\/briefing\.yaml: firstSections: no section "alliance-reactions": a section published from the start keeps its address, alliance-reactions\.html, .*; if "alliance-reactions" is a slip for "alliance-reaction", write "alliance-reaction"$/],
	])('refuse %s, naming the file and field', (_, change, message) => {
		const problems = checkPublication(facts(change));
		expect(problems.length).toBeGreaterThan(0);
		expect(problems.join('\n')).toMatch(message);
	});
});

describe('the publication checks’ places', () => {
	it('give the line of the field at fault where it is known', () => {
		const lined = (f: PublicationFacts) => {
			f.briefing.lines = { asOf: 3, updated: 6 };
			f.sections[1].lines = { updated: 7 };
			f.log.entries[0].lines = { date: 12, sections: 15 };
		};
		expect(checkPublication(facts((f) => (lined(f), (f.briefing.asOf = '2024-11-28'))))).toEqual([expect.stringMatching(/^content\/briefing\.yaml:3: asOf: /)]);
		expect(checkPublication(facts((f) => (lined(f), (f.log.entries[0].date = '2024-12-05'))))[0]).toMatch(/^content\/corrections\.yaml:12: entry 1 \(2024-12-05\): date: /);
		expect(checkPublication(facts((f) => (lined(f), (f.sections[1].updated = '2024-12-05'), (f.briefing.updated = '2024-12-05'))))).toEqual([expect.stringMatching(/^content\/sections\/04-alliance-reaction\.mdx:7: updated: 2024-12-05 is after the briefing was first published/)]);
	});

	it('refuse a section’s date after today at its own line, and do not also ask that it be spread to the briefing and the log', () => {
		// An author's trial: a section's 2027 for 2026 had been answered by “set it to the latest change” and “log the change”.
		const problems = checkPublication(facts((f) => ((f.today = '2024-12-04'), (f.sections[0].updated = '2025-12-04'), (f.sections[0].lines = { updated: 7 }))));
		expect(problems).toEqual([expect.stringMatching(/^content\/sections\/01-background\.mdx:7: updated: 2025-12-04 is after today \(2024-12-04/)]);
	});

	it('tell a section misspelt in the log once, not also as a page missing from the log', () => {
		// The author who wrote “alliance-reactions” made one mistake: the section the entry meant is not unlogged as well.
		// Nor is its dated note told it has no update: the entry meant to announce it.
		expect(checkPublication(facts((f) => (f.log.entries[0].sections = ['alliance-reactions'])))).toEqual([expect.stringMatching(/no section "alliance-reactions" \(did you mean "alliance-reaction"\?\)/)]);
	});
});

describe('the log and its notices', () => {
	const entries: LogEntry[] = [
		{ date: '2024-12-04', kind: 'update', summary: 'The meeting issued no invitation.', sections: ['alliance-reaction'], referencePages: ['people'] },
		{ date: '2024-12-06', kind: 'correction', summary: 'A date in the background was wrong.', sections: ['background', 'overview', 'victory-plan'], changes: { background: 'The treaty is dated 4 April 1949.', overview: 'The overview’s date agrees.' } },
		{ date: '2024-12-06', kind: 'correction', summary: 'A second fix the same day.', sections: ['background'] },
	];
	const log = orderLog(entries);
	const afterNotes = new Map([['alliance-reaction', ['2024-12-04']], ['background', []]]);
	const titles = new Map([['alliance-reaction', 'Alliance reaction'], ['background', 'Background']]);
	it('runs newest first, a day’s later entry in the file first, with one anchor per entry even on the same day', () => {
		// The about page says “newest first”: a day's entries had run in file order, the last one added at the bottom.
		expect(log.map((e) => e.anchor)).toEqual(['log-2024-12-06-2', 'log-2024-12-06', 'log-2024-12-04']);
	});

	it('shows every entry on the overview, and on a section those that name it', () => {
		expect(noticesFor('index', log, afterNotes, titles)).toHaveLength(3);
		expect(noticesFor('background', log, afterNotes, titles).map((n) => n.summary)).toEqual(['A second fix the same day.', 'A date in the background was wrong.']);
		expect(noticesFor('glossary', log, afterNotes, titles)).toEqual([]);
	});

	it('stands the news open and folds every other notice under one line that gives their kind, count, what they changed and newest day', () => {
		// The news first: on a phone, two later corrections had filled the screens above the meeting's outcome.
		const index = noticesFor('index', log, afterNotes, titles);
		const { news, more } = noticeGroups(index);
		expect(news.map((n) => n.anchor)).toEqual(['log-2024-12-04']);
		// Every other, folded: a limit on how many were shown had hidden a page's earlier corrections (a reader's trial).
		// Of a day's, on the overview, the one that changed the overview itself first.
		expect(more.map((n) => n.anchor)).toEqual(['log-2024-12-06', 'log-2024-12-06-2']);
		expect(noticeGroups(noticesFor('background', log, afterNotes, titles))).toMatchObject({ news: [], more: [{ anchor: 'log-2024-12-06-2' }, { anchor: 'log-2024-12-06' }] });
		// On a phone, three corrections of one day had put a section's first words two screens down.
		expect(foldedNoticesLabel(more, 'the briefing')).toEqual({ words: '2 corrections to the briefing', latest: false, date: '2024-12-06' });
		expect(foldedNoticesLabel(more.slice(1), 'this page')).toEqual({ words: 'Correction to this page', latest: false, date: '2024-12-06' });
		const mixed = [{ kind: 'update', date: '2024-12-08' }, { kind: 'correction', date: '2024-12-07' }, { kind: 'correction', date: '2024-12-06' }] as const;
		expect(foldedNoticesLabel(mixed, 'this page')).toEqual({ words: '3 corrections and updates to this page', latest: true, date: '2024-12-08' });
		expect(foldedNoticesLabel(mixed.slice(1), 'this section')).toEqual({ words: '2 corrections to this section', latest: true, date: '2024-12-07' });
		expect(foldedNoticesLabel([{ kind: 'update', date: '2024-12-08' }, { kind: 'update', date: '2024-12-08' }], 'this page')).toEqual({ words: '2 updates to this page', latest: false, date: '2024-12-08' });
	});

	it('counts as news every update leading to a note and the newest day’s sections added, and folds the rest newest first, of a day’s those that changed the page first', () => {
		const ids = (notices: readonly { id: string }[]) => notices.map((n) => n.id);
		// Every note's update, however many: a later note had pushed the outcome's off the pages it bears on.
		const many = [{ kind: 'update', id: 'u3', date: '2024-12-09' }, { kind: 'update', id: 'u2', date: '2024-12-08' }, { kind: 'correction', id: 'c2', date: '2024-12-07' }, { kind: 'correction', id: 'c1', date: '2024-12-06' }, { kind: 'update', id: 'u1', date: '2024-12-05' }] as const;
		expect(ids(noticeGroups([...many]).news)).toEqual(['u3', 'u2', 'u1']);
		expect(ids(noticeGroups([...many]).more)).toEqual(['c2', 'c1']);
		// An update leading to no note and adding nothing is no news: it does not stand beside the meeting's outcome.
		const other = [{ kind: 'update', id: 'other', date: '2026-12-06', toNote: false }, { kind: 'correction', id: 'c', date: '2026-12-05', toNote: false }, { kind: 'update', id: 'outcome', date: '2024-12-04', toNote: true }] as const;
		expect(noticeGroups([...other])).toMatchObject({ news: [{ id: 'outcome' }], more: [{ id: 'other' }, { id: 'c' }] });
		// A later note beside the outcome's: both; and on the overview, of a day's others, the one that changed the overview itself first.
		const day = [{ kind: 'update', id: 'note', date: '2026-12-06', toNote: true, own: false }, { kind: 'update', id: 'added', date: '2026-12-06', toNote: false, own: false }, { kind: 'correction', id: 'overview', date: '2026-12-06', toNote: false, own: true }, { kind: 'update', id: 'outcome', date: '2024-12-04', toNote: true, own: false }] as const;
		expect(ids(noticeGroups([...day]).news)).toEqual(['note', 'outcome']);
		expect(ids(noticeGroups([...day]).more)).toEqual(['overview', 'added']);
		// A section added is news too: the overview had never told of two sections added.
		const grew = [{ kind: 'update', id: 'added', date: '2026-12-06', toNote: false, own: false, added: ['five'] }, { kind: 'correction', id: 'overview', date: '2026-12-06', toNote: false, own: true }, { kind: 'update', id: 'outcome', date: '2024-12-04', toNote: true }] as const;
		expect(ids(noticeGroups([...grew]).news)).toEqual(['added', 'outcome']);
		// Only the newest day's additions: an older one folds with the rest, so that the top does not grow with every one.
		const twice = [{ kind: 'update', id: 'added2', date: '2026-12-08', toNote: false, own: false, added: ['six'] }, ...grew] as const;
		expect(noticeGroups([...twice])).toMatchObject({ news: [{ id: 'added2' }, { id: 'outcome' }], more: [{ id: 'overview' }, { id: 'added' }] });
	});

	it('goes through an entry page by page in the log by the pages it names, the overview only where named', () => {
		expect(changedPages(entries[1])).toEqual(['overview', 'background', 'victory-plan']);
		expect(changedPages(entries[0])).toEqual(['alliance-reaction', 'people']);
	});

	it('says on a page what changed there where the entry says, and the summary on the overview, which speaks for every part', () => {
		// A correction of every part had told each part the same general sentence.
		expect(noticesFor('background', log, afterNotes, titles).map((n) => n.change ?? n.summary)).toEqual(['A second fix the same day.', 'The treaty is dated 4 April 1949.']);
		expect(noticesFor('victory-plan', log, afterNotes, titles).map((n) => n.change ?? n.summary)).toEqual(['A date in the background was wrong.']);
		expect(noticesFor('index', log, afterNotes, titles).map((n) => n.change ?? n.summary)).toEqual(log.map((e) => e.summary));
	});

	it('names a page’s last change for what it was: corrected where that day’s entries are all corrections, else updated', () => {
		const index = noticesFor('index', log, afterNotes, titles);
		expect(lastChangeLabel(index, '2024-12-06')).toBe('Corrected');
		expect(lastChangeLabel(index, '2024-12-04')).toBe('Updated');
		expect(lastChangeLabel([...index, { ...index[2], date: '2024-12-06' }], '2024-12-06')).toBe('Updated');
		// A day the log does not know says no more than “Updated”.
		expect(lastChangeLabel(index, '2024-12-05')).toBe('Updated');
		// A section on the day an update added it: “Added”, not “Updated”; the briefing as a whole, and later days, as before.
		const grown = [...index, { date: '2026-12-07', kind: 'update' as const, added: ['five'] }];
		expect(lastChangeLabel(grown, '2026-12-07', 'five')).toBe('Added');
		expect(lastChangeLabel(grown, '2026-12-07')).toBe('Updated');
		expect(lastChangeLabel([...grown, { date: '2026-12-08', kind: 'correction' as const }], '2026-12-08', 'five')).toBe('Corrected');
	});

	it('shows on a reference page the entries that name it, leading to the section that holds the note', () => {
		expect(noticesFor('people', log, afterNotes, titles)).toMatchObject([{ href: '/alliance-reaction.html#after-note-2024-12-04', linkText: 'Read the note in “Alliance reaction”', here: false }]);
		expect(noticesFor('glossary', log, afterNotes, titles)).toEqual([]);
	});

	it('puts in a part of the whole briefing every correction that names it, and the updates that say what changed there or name it alone', () => {
		const [update, correction, second] = entries;
		// The update names one section, and a reference page besides.
		expect(speaksForPart(update, 'alliance-reaction')).toBe(true);
		expect(speaksForPart({ ...update, sections: ['alliance-reaction', 'background'] }, 'alliance-reaction')).toBe(false);
		expect(speaksForPart({ ...update, referencePages: [], sections: ['alliance-reaction', 'overview'] }, 'alliance-reaction')).toBe(true);
		expect(speaksForPart(correction, 'background')).toBe(true);
		// Every correction, as the section's own page shows them: a part had counted fewer than its page (a review).
		expect(speaksForPart(correction, 'victory-plan')).toBe(true);
		expect(speaksForPart(correction, 'alliance-reaction')).toBe(false);
		expect(speaksForPart(second, 'background')).toBe(true);
		expect(speaksForPart({ ...second, sections: ['background', 'victory-plan'] }, 'background')).toBe(true);
	});

	it('sends an update to its dated note, anything else to the log', () => {
		const [update] = noticesFor('alliance-reaction', log, afterNotes, titles);
		expect(update).toMatchObject({ href: '/alliance-reaction.html#after-note-2024-12-04', linkText: 'Read the note', toNote: true, here: true });
		const [second, correction] = noticesFor('background', log, afterNotes, titles);
		// To the page's own line in the entry, where the entry says what changed there; else to the entry.
		expect(correction).toMatchObject({ href: '/about.html#log-2024-12-06-background', linkText: 'See the log on the About page', toNote: false, here: false });
		expect(second.href).toBe('/about.html#log-2024-12-06-2');
		expect(noticesFor('victory-plan', log, afterNotes, titles)[0].href).toBe('/about.html#log-2024-12-06');
		// Elsewhere, the notice names the section that holds the note: printed, its words are all that say where.
		expect(noticesFor('index', log, afterNotes, titles)[2]).toMatchObject({ href: '/alliance-reaction.html#after-note-2024-12-04', linkText: 'Read the note in “Alliance reaction”', toNote: true, here: false });
		// A note added on a later day than its own: dated, and first in the log, by the day it was added; still leading to the note.
		const later = orderLog([...entries, { date: '2026-12-06', kind: 'update', summary: 'A note of 5 December 2024 reports the meeting’s second day.', sections: ['alliance-reaction'], note: '2024-12-05' }]);
		const [added] = noticesFor('alliance-reaction', later, new Map([['alliance-reaction', ['2024-12-04', '2024-12-05']]]), titles);
		expect(added).toMatchObject({ date: '2026-12-06', href: '/alliance-reaction.html#after-note-2024-12-05', toNote: true, here: true });
		// A section added later is dated by the update that adds it; the others have no such day.
		const grown = [...later, { date: '2026-12-07', kind: 'update', summary: 'Section 5, on what the request leaves open, is added.', sections: ['open-questions'], added: ['open-questions'] }] satisfies LogEntry[];
		expect(addedOn(grown, 'open-questions')).toBe('2026-12-07');
		expect(addedOn(grown, 'alliance-reaction')).toBeUndefined();
		// Its notice leads to it from the overview (and the feed), and to the log from its own page.
		const grownLog = orderLog(grown);
		expect(noticesFor('index', grownLog, afterNotes, new Map([...titles, ['open-questions', 'Open questions']]))[0]).toMatchObject({ href: '/open-questions.html', linkText: 'Read “Open questions”', toNote: false });
		expect(noticesFor('open-questions', grownLog, afterNotes, titles)[0]).toMatchObject({ href: '/about.html#log-2026-12-07', toNote: false, here: false });
		// Two sections added: each one's notice leads to the log, not to the other.
		const two = orderLog([{ date: '2026-12-07', kind: 'update', summary: 'Sections 5 and 6 are added to the briefing.', sections: ['five', 'six'], added: ['five', 'six'] }]);
		expect(noticesFor('six', two, afterNotes, titles)[0].href).toBe('/about.html#log-2026-12-07');
		expect(noticesFor('index', two, afterNotes, titles)[0].href).toBe('/five.html');
		// An update adding sections announces no note, though one of its day be in a section it adds: to the first added.
		const sameDay = orderLog([{ date: '2026-12-07', kind: 'update', summary: 'Sections 5 and 6 are added to the briefing.', sections: ['five', 'six'], added: ['five', 'six'] }]);
		const noteInSix = new Map([['six', ['2026-12-07']]]);
		expect(noticesFor('index', sameDay, noteInSix, titles)[0]).toMatchObject({ href: '/five.html', toNote: false });
		expect(noticesFor('five', sameDay, noteInSix, titles)[0].href).toBe('/about.html#log-2026-12-07');
		expect(noteAddedOn(sameDay, '2026-12-07', ['six'])).toBeUndefined();
		// A note on the overview: its page is index.html.
		const onOverview = orderLog([{ date: '2024-12-05', kind: 'update', summary: 'A note of 5 December 2024 on the overview reports the meeting’s end.', sections: ['overview'] }]);
		expect(noticesFor('index', onOverview, new Map([['overview', ['2024-12-05']]]), titles)[0]).toMatchObject({ href: '/index.html#after-note-2024-12-05', toNote: true, here: true, linkText: 'Read the note' });
		// The note says when it was added; one added on its own day, as the update of 4 December 2024, says nothing more.
		expect(noteAddedOn(later, '2024-12-05', ['alliance-reaction'])).toBe('2026-12-06');
		expect(noteAddedOn(later, '2024-12-04', ['alliance-reaction'])).toBeUndefined();
		// A later update extending a note announced on its own day adds no note.
		const extended = [...later, { date: '2026-12-07', kind: 'update', summary: 'The note of 4 December 2024 says more of the meeting.', sections: ['alliance-reaction'], note: '2024-12-04' }] satisfies LogEntry[];
		expect(noteAddedOn(extended, '2024-12-04', ['alliance-reaction'])).toBeUndefined();
		// Another page's note of the same date, added later, is told by the update naming that page.
		const elsewhere = [...later, { date: '2026-12-07', kind: 'update', summary: 'A note of 4 December 2024 is added to the background.', sections: ['background'], note: '2024-12-04' }] satisfies LogEntry[];
		expect(noteAddedOn(elsewhere, '2024-12-04', ['background'])).toBe('2026-12-07');
	});
});

describe('the site URL', () => {
	it('comes from briefing.yaml, or from BRIEFING_SITE_URL, which wins and may turn it off', () => {
		expect(resolveSiteUrl(undefined, undefined)).toBeUndefined();
		expect(resolveSiteUrl('https://example.org/briefing', undefined)).toBe('https://example.org/briefing/');
		expect(resolveSiteUrl('https://example.org/briefing/', 'https://mirror.example.net')).toBe('https://mirror.example.net/');
		expect(resolveSiteUrl('https://example.org/briefing/', '')).toBeUndefined();
	});

	it('must be https, without query or fragment, and says where the bad value came from', () => {
		expect(() => resolveSiteUrl('http://example.org/', undefined)).toThrow(/content\/briefing\.yaml: siteUrl: expected an https:\/\/ address/);
		expect(() => resolveSiteUrl('http://example.org/', undefined)).toThrow(expect.objectContaining({ name: 'AstroUserError', hint: expect.stringMatching(/content\/briefing\.yaml, or in BRIEFING_SITE_URL/) }));
		expect(() => resolveSiteUrl(undefined, 'example.org')).toThrow(/BRIEFING_SITE_URL: expected an https:\/\/ address/);
		expect(() => resolveSiteUrl(undefined, 'https://example.org/?x=1')).toThrow(/no query or fragment/);
	});

	it('gives the base path and absolute addresses', () => {
		expect(basePath(undefined)).toBe('/');
		expect(basePath('https://example.org/briefing/')).toBe('/briefing/');
		expect(absoluteUrl('https://example.org/briefing/', '/background.html#x')).toBe('https://example.org/briefing/background.html#x');
		expect(absoluteUrl('https://example.org/briefing/', '')).toBe('https://example.org/briefing/');
	});
});

import { z } from 'astro/zod';
import { PAGES_WITH_HEADERS } from '../site/reference-pages.ts';
import { isCalendarDate, isPartialDate } from '../text/dates.ts';
import { closest } from '../text/did-you-mean.ts';
import { markdownInPlainText } from '../text/markdown-marks.ts';
import { typewriterMarks } from '../text/typography.ts';

/*
 * Every schema of the briefing's content, in one module that needs no
 * Astro: the collections (src/content.config.ts) and the tests that check
 * bad input without a build use the same ones. Cross-references between
 * collections (a quote's speaker, a section's sources) are checked once all
 * are loaded, in src/data/references.ts.
 */

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id such as "nato-2024-07-10"').describe('a kebab-case id such as "nato-2024-07-10"');
const ids = z.array(id);
/** A source, by its id in sources.yaml; a person, by theirs in people.yaml: said so to an author who left one out. */
const sourceId = id.describe('the id of a source in sources.yaml, such as "reuters-2024-11-29"');
const personId = id.describe('the id of a person or group in people.yaml, such as "andrii-sybiha"');

/** A day, written YYYY-MM-DD. */
const calendarDate = z
	.string({ error: 'expected a date written YYYY-MM-DD' })
	.refine(isCalendarDate, { error: 'expected a real calendar date written YYYY-MM-DD' })
	.describe('a date written YYYY-MM-DD');

/** The message for a date YAML read as no text: a year alone, unquoted, is a number to YAML (the author did write YYYY). */
const dateNotText = (what: string) => (issue: { input?: unknown }) =>
	Number.isInteger(issue.input) && String(issue.input).length === 4 ? `write the year in quotes ("${issue.input}"): YAML reads ${issue.input} alone as a number` : `expected ${what}`;

/** A day, month or year: YYYY-MM-DD, YYYY-MM or YYYY. */
const partialDate = z
	.string({ error: dateNotText('a date written YYYY-MM-DD, YYYY-MM or YYYY') })
	.refine(isPartialDate, { error: 'expected a real date written YYYY-MM-DD, YYYY-MM or YYYY' })
	.describe('a date written YYYY-MM-DD, YYYY-MM or YYYY, a year alone in quotes');

const https = z.url({ protocol: /^https$/, error: 'expected an https:// address' });

/**
 * Other spellings readers type for words the briefing spells one way:
 * `{ Zelenskyy: [Zelensky, Zelenskiy] }`. Search finds the briefing's
 * spelling when a reader types one of these; nothing else uses them.
 */
const spellings = z.record(z.string().min(2), z.array(z.string().min(2)).min(1)).default({});

/**
 * Text a page shows as prose, held to the prose's typography (remark-typography.ts): a title's straight apostrophe
 * reached the page as written. It is plain text: a key point's `*Financial Times*` and `[^note]` did too.
 */
const prose = z.string().min(1).superRefine((text, context) => {
	for (const { message } of typewriterMarks(text)) context.addIssue({ code: 'custom', message });
	const markdown = markdownInPlainText(text);
	if (markdown) context.addIssue({ code: 'custom', message: markdown });
});

const summary = prose.min(40, 'a summary is one or two full sentences (40 characters at least)').max(320, 'keep the summary to one or two sentences (320 characters at most)');

const page = z.object({
	title: prose,
	summary,
	asOf: calendarDate,
	updated: calendarDate,
	keyPoints: z.array(prose).min(3, 'give three to six key points').max(6, 'give three to six key points'),
	sources: ids.min(1, 'list the ids of the sources this page relies on'),
});

/** A page cannot have been updated before the date it is current to. */
const datedInOrder = (data: { asOf: string; updated: string }, context: z.RefinementCtx) => {
	// Only real dates are put in order: “2024-11-31”, refused as no date, had also been said to come after updated.
	if (![data.asOf, data.updated].every((date) => typeof date === 'string' && isCalendarDate(date))) return;
	if (data.updated < data.asOf) context.addIssue({ code: 'custom', path: ['updated'], message: `updated (${data.updated}) is before asOf (${data.asOf})` });
};

export const sectionSchema = page.extend({
		/** Shorter title for navigation, printed running heads and the links that name the section. */
		shortTitle: prose,
		order: z.int({ error: 'a whole number, 1 or more: the section’s place in the briefing' }).positive({ error: 'a whole number, 1 or more: the section’s place in the briefing' }),
	}).strict().superRefine(datedInOrder);

export const overviewSchema = page.strict().superRefine(datedInOrder);

const sourceSchema = z.object({
		id,
		publisher: z.string().min(1),
		title: z.string().min(1),
		date: z.union([partialDate, z.literal('n.d.')], { error: dateNotText('a date written YYYY-MM-DD, YYYY-MM or YYYY, or n.d. for none') }).describe('a date written YYYY-MM-DD, YYYY-MM or YYYY, a year alone in quotes, or n.d. for none'),
		url: https.optional(),
		author: z.string().optional(),
		/** What kind of source it is, so readers can weigh it: official, news, analysis, reference, or a copy of another's report (whose: `via`). */
		type: z.enum(['official', 'news', 'analysis', 'reference', 'copy'], { error: 'say what kind of source it is: official, news, analysis, reference or copy' }),
		/** When the page read is a syndicated copy or mirror, what it copies. */
		via: z.string().optional(),
		/**
		 * The outlet whose copy `url` is, when another's story is read there
		 * (Business Recorder, for a Reuters story): notes name it, so that two
		 * copies of one story do not read alike.
		 */
		carrier: z.string().min(1).optional(),
		/** Listed on the sources page without being cited. */
		furtherReading: z.boolean().default(false),
	}).strict().superRefine((source, context) => {
		// The register tells readers whose report a copy is; without `via` it said nothing.
		if (source.type === 'copy' && !source.via) context.addIssue({ code: 'custom', path: ['via'], message: 'a copy says what it copies: whose report, and where it was first published' });
	});

const personSchema = z.object({
		id,
		name: prose,
		role: prose,
		affiliation: prose,
		kind: z.enum(['person', 'group']).default('person'),
		note: prose,
		/** Every source the role and note rest on: each claim is the cited sources' to support. */
		sources: ids.min(1, 'list the ids of the sources the role and note rest on'),
		aliases: z.array(z.string().min(2)).default([]),
		spellings,
	}).strict();

const quoteSchema = z.object({
		id,
		speaker: personId,
		/** The quotation exactly as in the source, inside curly quotes; stored without them. */
		text: z
			.string()
			.regex(/^“[^“”]+”$/, { error: 'write the quotation exactly as in the source, inside curly quotes “…” (‘…’ for a quotation within it)' })
			.transform((text) => text.slice(1, -1))
			.pipe(prose),
		source: sourceId,
		date: partialDate,
		context: prose,
		/** The sources of what the context says beyond the quotation's own source (another account of the facts it sets the words against). */
		contextSources: ids.default([]),
		/**
		 * The document the words are from, where the source is a report quoting it or a copy of it: a summit
		 * declaration's words credited to TASS alone read as TASS's.
		 */
		document: prose.optional(),
	}).strict();

const eventSchema = z.object({
		id,
		date: partialDate,
		title: prose,
		description: prose,
		/** Every source the title and description rest on. */
		sources: ids.min(1, 'list the ids of the sources the event rests on'),
		/** The sections that tell of it, each by its slug and, after a #, the id of the part that does (`background#bucharest-2008-a-promise-without-a-plan`). */
		// The part's id is any heading's, as the build makes it (`article-5--6`, accented letters kept), checked against the section's headings once all is loaded.
		sections: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:#[^\s#]+)?$/, 'expected a section\'s slug, or its slug, a # and the id of its part that tells of the event, such as "background#bucharest-2008-a-promise-without-a-plan"')).default([]),
		/** Planned as of the briefing's date, not yet held: the only way an event after the as-of date enters the timeline. */
		scheduled: z.boolean().default(false),
		/** An event of several days (a meeting of 3 and 4 December): its last day, after `date`, itself a whole day. */
		lastDay: calendarDate.optional(),
	}).strict().refine((e) => !e.lastDay || (isCalendarDate(e.date) && e.lastDay > e.date), { error: 'lastDay is the last of several days: give a day after date, itself a whole day (YYYY-MM-DD)', path: ['lastDay'] });

const termSchema = z.object({
		id,
		term: prose,
		aliases: z.array(z.string().min(2)).default([]),
		spellings,
		definition: prose,
		/** Every source the definition rests on. */
		sources: ids.min(1, 'list the ids of the sources the definition rests on'),
		related: ids.default([]),
	}).strict();

/** Spellings of names that are neither people nor terms (places, mostly), for search. */
const spellingSchema = z.object({
		id,
		/** How the briefing writes it. */
		written: z.string().min(2),
		/** How readers may type it. */
		variants: z.array(z.string().min(2)).min(1),
		/**
		 * `word`: readers' word for what the briefing calls `written` (“veto” for consensus), not a spelling of it;
		 * `unnamed`: a person the briefing never names, searched as the ally or country they speak for (“Macron”: France).
		 */
		kind: z.enum(['spelling', 'word', 'unnamed']).default('spelling'),
		/** The briefing's word for it where the query names a year other than the request's (“blocked” in 2008: opposed). */
		earlier: z.string().min(2).optional(),
	}).strict().refine((spelling) => spelling.earlier === undefined || spelling.kind === 'word', { error: 'only a reader’s word (kind: word) means something else in another year', path: ['earlier'] });

const memberSchema = z.object({
		/** ISO 3166-1 numeric code, as used by the world-atlas boundaries. */
		id: z.string().regex(/^\d{3}$/, 'expected a three-digit ISO 3166-1 numeric code such as "056"').describe('a three-digit ISO 3166-1 numeric code such as "056"'),
		name: z.string().min(1),
		/** The state that joined, where it was another in its borders: “West Germany” for Germany in 1955 (a name changed alone, Turkey's, is not). */
		joinedAs: z.string().min(1).optional(),
		// Its line named here, where the map's grouping by period would name only the member.
		joined: partialDate.refine((date) => !isPartialDate(date) || date >= '1949', { error: 'before the alliance was founded: its founders joined in 1949; check the year' }),
		source: sourceId,
	}).strict();

/**
 * The publication itself (content/briefing.yaml): who issues it, under what
 * licence, its dates and where it is published. Every page's byline, footer,
 * head metadata and citation come from it.
 */
const briefingSchema = z.object({
	/** The briefing's name, as cited and as shown in every page's header. */
	title: z.string().min(1),
	/** What kind of work it is, as reference managers record it (BibTeX `type`, CSL `genre`). */
	genre: z.string().min(1).default('Briefing'),
	/** The body that issues it: the group author when no person is named. */
	issuedBy: z.string().min(1),
	/** People credited as authors, if any; cited before the issuing body. */
	authors: z.array(z.object({ given: z.string().min(1), family: z.string().min(1) }).strict()).default([]),
	publisher: z.string().min(1),
	licence: z.object({ name: z.string().min(1), url: https }).strict(),
	/** An email address or an https:// page, for corrections and questions; without one, pages offer none. */
	contact: z.union([z.email(), https], { error: 'expected an email address or an https:// address' }).optional(),
	firstPublished: calendarDate,
	/**
	 * The sections published on `firstPublished`, by slug: any other section is held to an update that names it, the
	 * record of its addition. Without the list, a section added later and dated `firstPublished` reads as first published.
	 */
	firstSections: ids.min(1).optional(),
	/** What the text is current to; must match the overview's `asOf`. */
	asOf: calendarDate,
	/** The latest change of any kind; no page or log entry may be later. */
	updated: calendarDate,
	/**
	 * The news report the briefing was begun from, if one, by its id in sources.yaml, and an account of how it was
	 * used: what was checked against what, and what of it was found nowhere else. The about page gives both.
	 */
	builtOn: z.object({ source: sourceId, account: z.string().min(40, 'say in a few sentences how the report was used') }).strict().optional(),
	/** Where the site is published, e.g. https://example.org/briefing/ (BRIEFING_SITE_URL overrides it). */
	siteUrl: https.refine((url) => !/[?#]/.test(url), 'the site URL has no query or fragment').optional(),
}).strict();


/** One sentence of the log, which notices show: `what` names it in the message (“a summary”). */
const logSentence = (what: string) => prose.min(20, `${what} is one full sentence (20 characters at least)`).max(240, `keep ${what} to one sentence (240 characters at most)`);

/** The dated log of corrections and updates (content/corrections.yaml): days in any order, a day's entries in the order made. */
const correctionSchema = z.object({
	date: calendarDate,
	kind: z.enum(['update', 'correction']),
	/** One sentence for the notices of the overview and the whole briefing, and the log: what changed, for the briefing. */
	summary: logSentence('a summary'),
	/** The sections it touches, by slug (`alliance-reaction`), or `overview`; none for a correction of reference pages alone. */
	sections: ids.default([]),
	/**
	 * Reference pages it touches, which show its notice too, since a reader who arrives there from search sees no
	 * section's: a correction made in their entries, or an update they speak of as still to come (who's who: a meeting
	 * “due to be” the first he chairs).
	 */
	referencePages: z.array(z.enum(PAGES_WITH_HEADERS, { error: `name a reference page: ${PAGES_WITH_HEADERS.join(', ')}` })).default([]),
	/**
	 * What changed on each page it names, one sentence a page, for that page's notice in place of the summary, and
	 * the log: a correction of every part had told each part the same general sentence, and none what it corrected.
	 */
	changes: z.record(id, logSentence('a page’s change')).default({}),
	/**
	 * The date of the <AfterNote> an update announces, where the note was added on a later day than its own date,
	 * which is then `date`, as the log and the feed go by it: a note of 5 December 2024 added two years later had
	 * been logged as of 2024, below the corrections made since, and dated 2024 in the feed.
	 */
	note: calendarDate.optional(),
	/** Sections this update adds to the briefing, by slug, each named in `sections` too: the record of their addition, which dates their citations. */
	added: ids.default([]),
}).strict().superRefine((entry, context) => {
	if (!entry.sections?.length && !entry.referencePages?.length) context.addIssue({ code: 'custom', path: ['sections'], message: 'name the sections this entry touches, by slug, or overview, or the reference pages in referencePages' });
	if (entry.added?.length && entry.kind !== 'update') context.addIssue({ code: 'custom', path: ['added'], message: 'a section is added by an update: make this entry kind: update' });
	// One notice, one link: an entry of both had sent readers of one added section to the note in another.
	else if (entry.added?.length && entry.note) context.addIssue({ code: 'custom', path: ['note'], message: 'log a note and a section added as two entries, each leading to its own' });
	for (const slug of new Set(entry.added ?? [])) {
		if (slug === 'overview') context.addIssue({ code: 'custom', path: ['added'], message: 'the overview is not a section an update can add: leave it out of added' });
		else if (!entry.sections?.includes(slug)) context.addIssue({ code: 'custom', path: ['added'], message: `"${slug}" is not in this entry's sections; name an added section in both` });
	}
	if (entry.note && entry.kind !== 'update') context.addIssue({ code: 'custom', path: ['note'], message: 'only an update announces a note; leave note out of a correction' });
	else if (entry.note && entry.date && entry.note > entry.date) context.addIssue({ code: 'custom', path: ['note'], message: `the note's date (${entry.note}) is after the day it was added (${entry.date}); date is the day the note was added` });
	// The overview only where named: its notice shows the summary, and the log lists it only then (changedPages).
	const named = new Set([...(entry.sections ?? []), ...(entry.referencePages ?? [])]);
	for (const page of Object.keys(entry.changes ?? {})) {
		if (named.has(page)) continue;
		// One of two slugs misspelt: “add it to sections” had been the advice for a typo in sections itself.
		const near = closest(page, named);
		const message = near
			? `"${page}" is not a page this entry names, but "${near}" is: correct whichever of the two is misspelt`
			: `"${page}" is not a page this entry names: give changes for ${[...named].join(', ')}, or add it to sections or referencePages`;
		context.addIssue({ code: 'custom', path: ['changes', page], message });
	}
});

/** The data files, each with its layout and schema: the collections and the tests read this one list. */
export const DATA_FILES = {
	sources: { file: 'content/sources.yaml', shape: 'list', schema: sourceSchema },
	people: { file: 'content/people.yaml', shape: 'list', schema: personSchema },
	quotes: { file: 'content/quotes.yaml', shape: 'list', schema: quoteSchema },
	timeline: { file: 'content/timeline.yaml', shape: 'list', schema: eventSchema },
	glossary: { file: 'content/glossary.yaml', shape: 'list', schema: termSchema },
	members: { file: 'content/members.yaml', shape: 'list', schema: memberSchema },
	spellings: { file: 'content/spellings.yaml', shape: 'list', schema: spellingSchema },
	briefing: { file: 'content/briefing.yaml', shape: 'mapping', schema: briefingSchema },
	corrections: { file: 'content/corrections.yaml', shape: 'numbered', schema: correctionSchema },
} as const;

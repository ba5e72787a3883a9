import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { mdxFolder } from './loaders/mdx-folder';
import { yamlList } from './loaders/yaml-list';
import { isCalendarDate, isPartialDate } from './text/dates';
import { yamlData } from './publication/yaml-data';

/*
 * Every schema of the briefing lives here. Cross-references between
 * collections (a quote's speaker, a section's sources) are checked once all
 * are loaded, in src/lib/references.ts.
 */

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id such as "nato-2024-07-10"');
const ids = z.array(id);

/** A day, written YYYY-MM-DD. */
const calendarDate = z
	.string({ error: 'expected a date written YYYY-MM-DD' })
	.refine(isCalendarDate, { error: 'expected a real calendar date written YYYY-MM-DD' });

/** A day, month or year: YYYY-MM-DD, YYYY-MM or YYYY. */
const partialDate = z
	.string({ error: 'expected a date written YYYY-MM-DD, YYYY-MM or YYYY' })
	.refine(isPartialDate, { error: 'expected a real date written YYYY-MM-DD, YYYY-MM or YYYY' });

const https = z.url({ protocol: /^https$/, error: 'expected an https:// address' });

/**
 * Other spellings readers type for words the briefing spells one way:
 * `{ Zelenskyy: [Zelensky, Zelenskiy] }`. Search finds the briefing's
 * spelling when a reader types one of these; nothing else uses them.
 */
const spellings = z.record(z.string().min(2), z.array(z.string().min(2)).min(1)).default({});

const summary = z.string().min(40, 'a summary is one or two full sentences').max(320, 'keep the summary to one or two sentences (320 characters at most)');

const page = z.object({
	title: z.string().min(1),
	summary,
	asOf: calendarDate,
	updated: calendarDate,
	keyPoints: z.array(z.string().min(1)).min(3).max(6),
	sources: ids.min(1, 'list the ids of the sources this page relies on'),
});

const sections = defineCollection({
	loader: mdxFolder('./content/sections'),
	schema: page.extend({
		/** Shorter title for navigation and search filters. */
		shortTitle: z.string().min(1),
		order: z.int().positive(),
	}).strict(),
});

const overview = defineCollection({
	loader: mdxFolder('./content', 'overview.mdx'),
	schema: page.strict(),
});

const sources = defineCollection({
	loader: yamlList('./content/sources.yaml'),
	schema: z.object({
		id,
		publisher: z.string().min(1),
		title: z.string().min(1),
		date: z.union([partialDate, z.literal('n.d.')]),
		url: https.optional(),
		author: z.string().optional(),
		/**
		 * What kind of source it is, so readers can weigh it: an official
		 * document, a wire or news report, analysis or opinion, a reference
		 * work, or a copy of another outlet's report (say whose in `via`).
		 */
		type: z.enum(['official', 'news', 'analysis', 'reference', 'copy']).optional(),
		/** When the page read is a syndicated copy or mirror, what it copies. */
		via: z.string().optional(),
		/** Listed on the sources page without being cited. */
		furtherReading: z.boolean().default(false),
	}).strict(),
});

const people = defineCollection({
	loader: yamlList('./content/people.yaml'),
	schema: z.object({
		id,
		name: z.string().min(1),
		role: z.string().min(1),
		affiliation: z.string().min(1),
		kind: z.enum(['person', 'group']).default('person'),
		note: z.string().min(1),
		source: id,
		aliases: z.array(z.string().min(2)).default([]),
		spellings,
	}).strict(),
});

const quotes = defineCollection({
	loader: yamlList('./content/quotes.yaml'),
	schema: z.object({
		id,
		speaker: id,
		/** The quotation exactly as in the source, inside curly quotes; stored without them. */
		text: z
			.string()
			.regex(/^“[^“”]+”$/, { error: 'write the quotation exactly as in the source, inside curly quotes “…” (‘…’ for a quotation within it)' })
			.transform((text) => text.slice(1, -1)),
		source: id,
		date: partialDate,
		context: z.string().min(1),
	}).strict(),
});

const timeline = defineCollection({
	loader: yamlList('./content/timeline.yaml'),
	schema: z.object({
		id,
		date: partialDate,
		title: z.string().min(1),
		description: z.string().min(1),
		source: id,
		sections: ids.default([]),
	}).strict(),
});

const glossary = defineCollection({
	loader: yamlList('./content/glossary.yaml'),
	schema: z.object({
		id,
		term: z.string().min(1),
		aliases: z.array(z.string().min(2)).default([]),
		spellings,
		definition: z.string().min(1),
		source: id,
		related: ids.default([]),
	}).strict(),
});

/** Spellings of names that are neither people nor terms (places, mostly), for search. */
const spellingVariants = defineCollection({
	loader: yamlList('./content/spellings.yaml'),
	schema: z.object({
		id,
		/** How the briefing writes it. */
		written: z.string().min(2),
		/** How readers may type it. */
		variants: z.array(z.string().min(2)).min(1),
	}).strict(),
});

const members = defineCollection({
	loader: yamlList('./content/members.yaml'),
	schema: z.object({
		/** ISO 3166-1 numeric code, as used by the world-atlas boundaries. */
		id: z.string().regex(/^\d{3}$/, 'expected a three-digit ISO 3166-1 numeric code such as "056"'),
		name: z.string().min(1),
		joined: partialDate,
		source: id,
	}).strict(),
});

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
	/** An email address or an https:// page, for corrections and questions. */
	contact: z.union([z.email(), https], { error: 'expected an email address or an https:// address' }),
	firstPublished: calendarDate,
	/** What the text is current to; must match the overview's `asOf`. */
	asOf: calendarDate,
	/** The latest change of any kind; no page or log entry may be later. */
	updated: calendarDate,
	/** Where the site is published, e.g. https://example.org/briefing/ (BRIEFING_SITE_URL overrides it). */
	siteUrl: https.refine((url) => !/[?#]/.test(url), 'the site URL has no query or fragment').optional(),
}).strict();

const briefing = defineCollection({
	loader: yamlData('./content/briefing.yaml', briefingSchema),
	schema: briefingSchema,
});

/** The dated log of corrections and updates (content/corrections.yaml), newest last or first: order is free. */
const correctionSchema = z.object({
	date: calendarDate,
	kind: z.enum(['update', 'correction']),
	/** One sentence for the notice at the top of each page it touches. */
	summary: z.string().min(20, 'a summary is one full sentence').max(240, 'keep the summary to one sentence (240 characters at most)'),
	/** The sections it touches, by slug (`alliance-reaction`), or `overview`. */
	sections: ids.min(1, 'name the sections this entry touches, by slug, or overview'),
}).strict();

const corrections = defineCollection({
	loader: yamlData('./content/corrections.yaml', correctionSchema),
	schema: correctionSchema,
});

export const collections = { sections, overview, sources, people, quotes, timeline, glossary, members, spellings: spellingVariants, briefing, corrections };

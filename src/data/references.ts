/**
 * Cross-reference checks over the whole briefing, once every collection is
 * loaded. Pure: it takes plain data and returns problems, each naming the
 * file and the id or field, so the build can refuse to publish a briefing
 * that points at nothing, or whose text would link a name to the wrong entry.
 */
import type { z } from 'astro/zod';
import type { DATA_FILES } from './schemas.ts';
import { formatDate, lastDayOf } from '../text/dates.ts';
import { carriedBy, type SourceType } from '../publication/source-types.ts';
import { didYouMean } from '../text/did-you-mean.ts';
import { placeIn } from './content-file-error.ts';
import { NOTES_HEADING_ID } from '../site/urls.ts';

interface ProseDoc {
	file: string;
	slug: string;
	order?: number;
	/** The lines of `order:`, `sources:` and `asOf:` in the file, for the messages about them. */
	orderLine?: number;
	sourcesLine?: number;
	asOfLine?: number;
	/** What the page is current to. */
	asOf: string;
	/** Source ids listed in the frontmatter. */
	sources: string[];
	/** Source ids the footnotes cite. */
	cited: string[];
	/** The quotations it sets apart (<Quote>), by id, each with its line. */
	quoted: [string, number][];
	/** The ids of its parts' headings (`isPart`), for links to a part. */
	parts: string[];
}

/** Whether a heading makes a part of a page, which an event may link to: an h2 or h3, not the notes' own. */
export const isPart = (depth: number, id: string) => depth >= 2 && depth <= 3 && id !== NOTES_HEADING_ID;

/** An event's reference to a section, `background` or `background#bucharest-2008-a-promise-without-a-plan`: its slug and part. */
export function sectionRef(ref: string): { slug: string; part?: string } {
	const hash = ref.indexOf('#');
	return hash < 0 ? { slug: ref } : { slug: ref.slice(0, hash), part: ref.slice(hash + 1) };
}

export interface DataEntry {
	file: string;
	id: string;
	/** The line the entry starts on, where the caller knows it. */
	line?: number;
	/** The line of each of its fields, by name, where the caller knows them. */
	fields?: Record<string, number>;
}

/** Where an entry's field is (`content/quotes.yaml:22`), or else the entry. */
const placeOf = (entry: DataEntry, field?: string) => placeIn(entry.file, (field && entry.fields?.[field]) || entry.line);

export interface BriefingRefs {
	/** The briefing's as-of date (the overview's). */
	asOf: string;
	sections: ProseDoc[];
	overview: ProseDoc[];
	/** `citedAs`: what a note shows of the source (`citedAs` below). */
	sources: (DataEntry & { furtherReading: boolean; citedAs: string })[];
	/**
	 * `name` and `aliases` are what a mention in the text is linked by, unless the entry is a group, which is not
	 * linked; `spellings` are other ways readers write a word of them, for search.
	 */
	people: (DataEntry & { sources: string[]; name: string; aliases?: string[]; kind?: string; spellings?: Record<string, string[]> })[];
	quotes: (DataEntry & { speaker: string; source: string; contextSources: string[] })[];
	timeline: (DataEntry & { sources: string[]; sections: string[]; date: string; lastDay?: string; scheduled: boolean })[];
	/** `term` and `aliases` are what a mention in the text is linked by. */
	glossary: (DataEntry & { sources: string[]; related: string[]; term: string; aliases?: string[]; spellings?: Record<string, string[]> })[];
	members: (DataEntry & { source: string })[];
	/** The timeline drawing's years: whether they hold an event's date, and how the drawing names them (`1949–2024`). */
	timelineDrawing?: { holds: (date: string) => boolean; span: string };
}

type DataName = 'sources' | 'people' | 'quotes' | 'timeline' | 'glossary' | 'members';
/** A data file's entry, loaded and checked against its schema: as a collection holds it, or as the tests read the file. */
export interface LoadedEntry<K extends DataName> extends DataEntry {
	data: z.output<(typeof DATA_FILES)[K]['schema']>;
}

/**
 * The data files' part of what the cross-checks take, from their entries:
 * the build passes the collections' (src/data/briefing.ts), the tests'
 * content check its own reading of the files, and both get the same fields.
 */
export function dataRefs(d: { [K in DataName]: LoadedEntry<K>[] }): Pick<BriefingRefs, DataName> {
	const at = ({ file, id, line, fields }: DataEntry): DataEntry => ({ file, id, ...(line ? { line } : {}), ...(fields ? { fields } : {}) });
	return {
		sources: d.sources.map((s) => ({ ...at(s), furtherReading: s.data.furtherReading, citedAs: citedAs(s.data) })),
		people: d.people.map((p) => ({ ...at(p), sources: p.data.sources, name: p.data.name, aliases: p.data.aliases, kind: p.data.kind, spellings: p.data.spellings })),
		quotes: d.quotes.map((q) => ({ ...at(q), speaker: q.data.speaker, source: q.data.source, contextSources: q.data.contextSources })),
		timeline: d.timeline.map((t) => ({ ...at(t), sources: t.data.sources, sections: t.data.sections, date: t.data.date, lastDay: t.data.lastDay, scheduled: t.data.scheduled })),
		glossary: d.glossary.map((g) => ({ ...at(g), sources: g.data.sources, related: g.data.related, term: g.data.term, aliases: g.data.aliases, spellings: g.data.spellings })),
		members: d.members.map((m) => ({ ...at(m), source: m.data.source })),
	};
}

/**
 * A source as short as it can be named apart from every other in `sources`, for a screen reader's list of links:
 * its publisher, and the outlet whose copy or version was read, then its date, and its title where another of the
 * publisher's shares the date. Where none does, it begins with what a reference entry shows of it (SourceList.astro,
 * SourceLink.astro), which a reader using speech says to follow the link.
 */
export function sourceNameApart(id: string, sources: ReadonlyMap<string, { publisher: string; title: string; date: string; type?: SourceType; carrier?: string }>): string {
	const source = sources.get(id)!;
	const { publisher, title, date, carrier } = source;
	const alike = (sharing(sources).get(`${publisher} | ${date} | ${carrier ?? ''}`) ?? 0) > 1;
	return `${publisher}${carriedBy(source)}, ${alike ? `${title}, ` : ''}${formatDate(date)}`;
}

/** By the list itself: a list is built once from the register and never changed after (data/briefing.ts, markdown/briefing-data.ts). */
const shared = new WeakMap<object, Map<string, number>>();

/** How many sources share each publisher, date and carrier, counted once per list: every citation of every section asks. */
function sharing(sources: ReadonlyMap<string, { publisher: string; date: string; carrier?: string }>): Map<string, number> {
	let counts = shared.get(sources);
	if (!counts) {
		counts = new Map();
		for (const s of sources.values()) {
			const key = `${s.publisher} | ${s.date} | ${s.carrier ?? ''}`;
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
		shared.set(sources, counts);
	}
	return counts;
}

/** What a note shows of a source: two sources that a note shows alike cannot be told apart by a reader. */
export const citedAs = (s: { publisher: string; title: string; date: string; carrier?: string }) => [s.publisher, s.title, s.date, s.carrier ?? ''].join(' | ');

export function checkReferences(b: BriefingRefs): string[] {
	const problems: string[] = [];
	const sourceIds = new Set(b.sources.map((s) => s.id));
	const quoteSource = new Map(b.quotes.map((q) => [q.id, q.source]));
	const ids = (list: DataEntry[]) => new Set(list.map((e) => e.id));
	const people = ids(b.people);
	const glossary = ids(b.glossary);
	const slugs = new Set(b.sections.map((s) => s.slug));

	if (b.sections.length === 0) problems.push('content/sections: there are no sections');
	if (b.overview.length !== 1) problems.push(`content/overview.mdx: expected one overview, found ${b.overview.length}`);

	const byOrder = new Map<number, string>();
	for (const doc of [...b.sections].sort((x, y) => x.file.localeCompare(y.file))) {
		if (doc.order !== undefined) {
			const other = byOrder.get(doc.order);
			if (other) problems.push(`${placeIn(doc.file, doc.orderLine)}: order ${doc.order} is already used by ${other}: give each section its own place (renumber one)`);
			else byOrder.set(doc.order, doc.file);
		}
	}

	for (const doc of [...b.sections, ...b.overview]) {
		const sourcesAt = placeIn(doc.file, doc.sourcesLine);
		for (const id of doc.sources) {
			if (!sourceIds.has(id)) problems.push(`${sourcesAt}: sources: unknown source id "${id}"${didYouMean(id, sourceIds)}`);
			else if (!doc.cited.includes(id)) problems.push(`${sourcesAt}: sources: lists "${id}" but no footnote cites it`);
		}
		for (const id of doc.cited) {
			if (sourceIds.has(id) && !doc.sources.includes(id)) problems.push(`${sourcesAt}: a footnote cites "${id}", which the frontmatter's sources list leaves out`);
		}
		// Its caption names the source, but the register lists a page by the notes that cite one: a quotation set apart
		// with no note citing its source had left the page out of the source's entry (an author's trial).
		for (const [id, line] of doc.quoted) {
			const source = quoteSource.get(id);
			if (source && sourceIds.has(source) && !doc.cited.includes(source)) problems.push(`${placeIn(doc.file, line)}: <Quote id="${id}"> quotes "${source}", which no note of the page cites: cite it in the note of the sentence that introduces the quotation`);
		}
	}

	const needSource = (entry: DataEntry & { source: string }, kind: string) => {
		if (!sourceIds.has(entry.source)) problems.push(`${placeOf(entry, 'source')}: ${kind} "${entry.id}": source: unknown source id "${entry.source}"${didYouMean(entry.source, sourceIds)}`);
	};
	const needSources = (entry: DataEntry & { sources: string[] }, kind: string, field = 'sources') => {
		for (const id of entry.sources) if (!sourceIds.has(id)) problems.push(`${placeOf(entry, field)}: ${kind} "${entry.id}": ${field}: unknown source id "${id}"${didYouMean(id, sourceIds)}`);
	};
	for (const p of b.people) needSources(p, 'person');
	for (const m of b.members) needSource(m, 'member');
	for (const q of b.quotes) {
		if (!people.has(q.speaker)) problems.push(`${placeOf(q, 'speaker')}: quote "${q.id}": speaker: unknown person id "${q.speaker}"${didYouMean(q.speaker, people)}`);
		needSource(q, 'quote');
		needSources({ ...q, sources: q.contextSources }, 'quote', 'contextSources');
	}
	for (const doc of b.sections) {
		if (doc.asOf > b.asOf) problems.push(`${placeIn(doc.file, doc.asOfLine)}: asOf: ${doc.asOf} is after the briefing's own as-of date (${b.asOf}); a section cannot be current to a later day than the briefing`);
	}
	for (const t of b.timeline) {
		needSources(t, 'event');
		if (b.timelineDrawing && !b.timelineDrawing.holds(t.date)) {
			problems.push(`${placeOf(t, 'date')}: event "${t.id}": date ${t.date} falls outside the timeline drawing, which spans ${b.timelineDrawing.span}; widen its years (TIMELINE_LAYOUT in src/figures/timeline/placement.ts), or leave the event out and tell it in the text`);
		}
		// An event of several days still running after the as-of date was, on that date, not yet over.
		const last = lastDayOf(t);
		if (last > b.asOf && !t.scheduled) {
			problems.push(`${placeOf(t, t.lastDay ? 'lastDay' : 'date')}: event "${t.id}": ${t.lastDay ? 'its last day' : 'date'} ${last} is after the as-of date (${b.asOf}); mark it scheduled: true if it was planned by then, or report it in an <AfterNote> instead`);
		}
		for (const ref of t.sections) {
			const { slug: s, part } = sectionRef(ref);
			const doc = b.sections.find((d) => d.slug === s);
			if (!doc) problems.push(`${placeOf(t, 'sections')}: event "${t.id}": sections: unknown section "${s}"${didYouMean(s, slugs)}`);
			else if (part !== undefined && !doc.parts.includes(part)) problems.push(`${placeOf(t, 'sections')}: event "${t.id}": sections: "${s}" has no part with the id "${part}"${didYouMean(part, new Set(doc.parts)) || (doc.parts.length > 0 ? ` (its parts: ${doc.parts.join(', ')})` : ' (it has no parts)')}; its parts' ids are its headings' in the built page`);
		}
	}
	for (const g of b.glossary) {
		needSources(g, 'term');
		for (const r of g.related) if (!glossary.has(r)) problems.push(`${placeOf(g, 'related')}: term "${g.id}": related: unknown glossary id "${r}"${didYouMean(r, glossary)}`);
	}

	// Search puts the entry's own word in for a reader's spelling of it: a spelling of a word the entry is not named by
	// would send readers to a word the briefing may never use.
	const namedEntries = [
		...b.glossary.map((g) => ({ data: g, place: placeOf(g), entry: `term "${g.id}"`, mentioned: true, names: [g.term, ...(g.aliases ?? [])] })),
		...b.people.map((p) => ({ data: p, place: placeOf(p), entry: `person "${p.id}"`, mentioned: p.kind !== 'group', names: [p.name, ...(p.aliases ?? [])] })),
	];
	for (const { data, entry, names } of namedEntries) {
		const called = names.join(' ');
		for (const written of Object.keys(data.spellings ?? {})) {
			if (!called.includes(written)) problems.push(`${placeOf(data, 'spellings')}: ${entry}: spellings: "${written}" is not part of its name or aliases (${called}); list variants of a word the briefing uses`);
		}
	}

	// A mention is linked by the name it is written as: one name, two entries, and some of its mentions led to the wrong one.
	// A group is not linked.
	const named = new Map<string, string>();
	for (const { place, entry, names } of namedEntries.filter((e) => e.mentioned)) {
		for (const name of new Set(names)) {
			const other = named.get(name);
			if (other && other !== entry) problems.push(`${place}: ${entry}: the name "${name}" is also ${other}'s, so a mention of it could be linked to either; give each name to one entry`);
			else named.set(name, entry);
		}
	}

	const used = new Set<string>([
		...[...b.sections, ...b.overview].flatMap((d) => d.cited),
		...[...b.quotes, ...b.members].map((e) => e.source),
		...[...b.people, ...b.timeline, ...b.glossary].flatMap((e) => e.sources),
		...b.quotes.flatMap((q) => q.contextSources),
	]);
	const shownAs = new Map<string, string>();
	for (const s of b.sources) {
		if (!used.has(s.id) && !s.furtherReading) problems.push(`${placeOf(s)}: source "${s.id}" is never cited; cite it, or mark it furtherReading: true`);
		const twin = shownAs.get(s.citedAs);
		if (twin) problems.push(`${placeOf(s)}: sources "${twin}" and "${s.id}" have the same publisher, title and date, so notes would show them alike; give each its carrier (the outlet whose copy its url is)`);
		else shownAs.set(s.citedAs, s.id);
	}
	return problems;
}

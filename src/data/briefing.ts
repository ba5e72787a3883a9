import { getCollection, render, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { checkReferences, dataRefs, isPart, sourceNameApart, type BriefingRefs, type DataEntry } from './references.ts';
import { DATA_FILES } from './schemas.ts';
import { fieldLines, placeOf, readForLines } from './field-lines.ts';
import { parseYaml } from './yaml.ts';
import { TIMELINE_DRAWING } from '../figures/timeline/placement.ts';
import { documentFacts, type DocumentFacts } from '../markdown/document-state.ts';

type Rendered = Awaited<ReturnType<typeof render>>;

/** One line of a page's contents: a heading of the prose. */
export interface TocEntry {
	depth: number;
	id: string;
	text: string;
}

interface ProsePage<C extends 'sections' | 'overview'> extends Pick<DocumentFacts, 'citedInNotes' | 'words' | 'components' | 'afterNotes' | 'quoted'> {
	entry: CollectionEntry<C>;
	slug: string;
	file: string;
	Content: Rendered['Content'];
	/** Its h2 and h3 headings, as Astro collects them (a note's own title, a component's, is not one): the parts a link or the timeline may name. */
	parts: TocEntry[];
	/** Its contents: its parts less those inside a dated note, which the contents list after the rest, by its date. */
	toc: TocEntry[];
	/** Ids of the sources its notes cite, in order of first citation. */
	cited: string[];
}

export type Section = ProsePage<'sections'> & { number: number };

export interface Briefing {
	overview: ProsePage<'overview'>;
	sections: Section[];
	sources: CollectionEntry<'sources'>[];
	people: CollectionEntry<'people'>[];
	quotes: CollectionEntry<'quotes'>[];
	timeline: CollectionEntry<'timeline'>[];
	glossary: CollectionEntry<'glossary'>[];
	members: CollectionEntry<'members'>[];
	/** What the briefing is current to: the overview's as-of date. */
	asOf: string;
	/** Lookups by id, for pages and components; ids were checked when the briefing loaded. */
	source(id: string): CollectionEntry<'sources'>;
	/** A source's name as no other source's is (`sourceNameApart`): a link's name for a screen reader's list of links. */
	sourceName(id: string): string;
	person(id: string): CollectionEntry<'people'>;
	quote(id: string): CollectionEntry<'quotes'>;
	term(id: string): CollectionEntry<'glossary'>;
	section(slug: string): Section;
	/** The dated notes of later events dated on or after `date`, where they are: what became of a scheduled event. */
	notesSince(date: string): { page: string; date: string }[];
}

let briefing: Promise<Briefing> | undefined;

/** The whole briefing, loaded and checked once per build. */
export function getBriefing(): Promise<Briefing> {
	briefing ??= load();
	return briefing;
}

async function prose<C extends 'sections' | 'overview'>(entry: CollectionEntry<C>): Promise<ProsePage<C>> {
	const { Content, headings, remarkPluginFrontmatter } = await render(entry);
	const file = entry.filePath ?? entry.id;
	const { citedSources, noteHeadings, citedInNotes, words, components, afterNotes, quoted } = documentFacts(remarkPluginFrontmatter, file);
	const parts = headings.flatMap((h, index) => (isPart(h.depth, h.slug) ? [{ index, entry: { depth: h.depth, id: h.slug, text: h.text } }] : []));
	return {
		entry,
		slug: entry.id,
		file,
		Content,
		parts: parts.map(({ entry }) => entry),
		// Counted over every heading, as remark-heading-levels.ts counts those in notes.
		toc: parts.filter(({ index }) => !noteHeadings.includes(index)).map(({ entry }) => entry),
		cited: citedSources,
		citedInNotes,
		words,
		components,
		afterNotes,
		quoted,
	};
}

/**
 * The briefing's references with the lines that place their problems,
 * read again from the files only once there are problems (the collections
 * keep values, not lines): each data entry's and its fields', and each
 * section's `order:`.
 * The paths are the project's own, as the build is usually run from the
 * project; a file that cannot be read from elsewhere leaves its messages
 * without lines rather than the build failing.
 */
function withLines(refs: BriefingRefs): BriefingRefs {
	const lines = new Map<string, { line: number; fields: Record<string, number> }>();
	for (const { file, shape } of Object.values(DATA_FILES)) {
		const text = readForLines(file);
		if (text !== undefined) for (const { id, line, fields } of parseYaml(text, file, shape)) lines.set(`${file}#${id}`, { line, fields });
	}
	const lined = <T extends DataEntry>(list: T[]) => list.map((e) => ({ ...e, ...lines.get(`${e.file}#${e.id}`) }));
	const withFieldLines = (doc: BriefingRefs['sections'][number]) => {
		const text = readForLines(doc.file);
		return text === undefined ? doc : { ...doc, ...fieldLines(text) };
	};
	return { ...refs, sections: refs.sections.map(withFieldLines), overview: refs.overview.map(withFieldLines), sources: lined(refs.sources), people: lined(refs.people), quotes: lined(refs.quotes), timeline: lined(refs.timeline), glossary: lined(refs.glossary), members: lined(refs.members) };
}

/** A lookup that names what is missing, should a page ask for an id the checks did not see. */
function lookup<T extends { id: string }>(list: T[], what: string, file: string): (id: string) => T {
	const byId = new Map(list.map((e) => [e.id, e]));
	return (id) => {
		const found = byId.get(id);
		if (!found) throw new AstroError(`No ${what} with the id "${id}".`, `Check the id against content/${file}.`);
		return found;
	};
}

async function load(): Promise<Briefing> {
	const [sectionEntries, overviews, sources, people, quotes, timeline, glossary, members] = await Promise.all([
		getCollection('sections'),
		getCollection('overview'),
		getCollection('sources'),
		getCollection('people'),
		getCollection('quotes'),
		getCollection('timeline'),
		getCollection('glossary'),
		getCollection('members'),
	]);
	sectionEntries.sort((a, b) => a.data.order - b.data.order);
	const sections: Section[] = [];
	for (const [i, entry] of sectionEntries.entries()) sections.push({ ...(await prose<'sections'>(entry)), number: i + 1 });
	const overviewPages = await Promise.all(overviews.map(prose));

	const loaded = <E extends { filePath?: string; id: string }>(e: E) => ({ ...e, file: e.filePath ?? e.id });
	const refs: BriefingRefs = {
		asOf: overviewPages[0].entry.data.asOf,
		sections: sections.map((s) => ({ file: s.file, slug: s.slug, order: s.entry.data.order, asOf: s.entry.data.asOf, sources: s.entry.data.sources, cited: s.cited, quoted: s.quoted, parts: s.parts.map((h) => h.id) })),
		overview: overviewPages.map((o) => ({ file: o.file, slug: o.slug, asOf: o.entry.data.asOf, sources: o.entry.data.sources, cited: o.cited, quoted: o.quoted, parts: o.parts.map((h) => h.id) })),
		...dataRefs({ sources: sources.map(loaded), people: people.map(loaded), quotes: quotes.map(loaded), timeline: timeline.map(loaded), glossary: glossary.map(loaded), members: members.map(loaded) }),
		timelineDrawing: TIMELINE_DRAWING,
	};
	let problems = checkReferences(refs);
	if (problems.length > 0) problems = checkReferences(withLines(refs));
	if (problems.length > 0) {
		const error = new AstroError(
			`The briefing's content does not hold together (${problems.length}):\n  ${problems.join('\n  ')}`,
			'Each line names the file, the entry or field at fault, and what to do. An unknown id: fix it, or add the entry to its data file.',
		);
		// Placed at the first problem's file and line: Astro had placed it in its own route cache, in node_modules.
		const loc = placeOf(problems[0]);
		throw loc ? Object.assign(error, { loc }) : error;
	}

	timeline.sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id));
	const bySlug = new Map(sections.map((s) => [s.slug, s]));
	const sourceData = new Map(sources.map((s) => [s.id, s.data]));
	return {
		overview: overviewPages[0],
		sections,
		sources: sources.sort((a, b) => a.data.publisher.localeCompare(b.data.publisher) || a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id)),
		people,
		quotes,
		timeline,
		// Natural order: “Article 5” before “Article 10”.
		glossary: glossary.sort((a, b) => a.data.term.localeCompare(b.data.term, 'en', { numeric: true })),
		members,
		asOf: overviewPages[0].entry.data.asOf,
		source: lookup(sources, 'source', 'sources.yaml'),
		sourceName: (id) => sourceNameApart(id, sourceData),
		person: lookup(people, 'person', 'people.yaml'),
		quote: lookup(quotes, 'quote', 'quotes.yaml'),
		term: lookup(glossary, 'term', 'glossary.yaml'),
		notesSince: (date) => [overviewPages[0], ...sections].flatMap((p) => p.afterNotes.filter((d) => d >= date).map((d) => ({ page: p === overviewPages[0] ? 'index' : p.slug, date: d }))),
		section: (slug) => {
			const found = bySlug.get(slug);
			if (!found) throw new AstroError(`No section with the slug "${slug}".`, 'Sections are the files content/sections/NN-slug.mdx.');
			return found;
		},
	};
}

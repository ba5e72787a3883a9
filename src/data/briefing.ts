import { getCollection, render, type CollectionEntry } from 'astro:content';
import { checkReferences } from './references';
import type { TocEntry } from '../markdown/rehype-headings';

type Rendered = Awaited<ReturnType<typeof render>>;

export interface ProsePage<C extends 'sections' | 'overview'> {
	entry: CollectionEntry<C>;
	slug: string;
	file: string;
	Content: Rendered['Content'];
	toc: TocEntry[];
	cited: string[];
	words: number;
	/** Names of the components the page's MDX uses. */
	components: string[];
}

export type Section = ProsePage<'sections'> & { number: number; prev?: Section; next?: Section };

export interface Briefing {
	overview: ProsePage<'overview'>;
	sections: Section[];
	sources: CollectionEntry<'sources'>[];
	people: CollectionEntry<'people'>[];
	quotes: CollectionEntry<'quotes'>[];
	timeline: CollectionEntry<'timeline'>[];
	glossary: CollectionEntry<'glossary'>[];
	members: CollectionEntry<'members'>[];
	/** The latest `updated` date of any page: the briefing's own. */
	updated: string;
	asOf: string;
}

let briefing: Promise<Briefing> | undefined;

/** The whole briefing, loaded and checked once per build. */
export function getBriefing(): Promise<Briefing> {
	briefing ??= load();
	return briefing;
}

async function prose<C extends 'sections' | 'overview'>(entry: CollectionEntry<C>): Promise<ProsePage<C>> {
	const { Content, remarkPluginFrontmatter: extra } = await render(entry);
	return {
		entry,
		slug: entry.id,
		file: entry.filePath ?? entry.id,
		Content,
		toc: (extra.toc ?? []) as TocEntry[],
		cited: (extra.citedSources ?? []) as string[],
		words: (extra.words ?? 0) as number,
		components: (extra.components ?? []) as string[],
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
	sections.forEach((s, i) => Object.assign(s, { prev: sections[i - 1], next: sections[i + 1] }));
	const overviewPages = await Promise.all(overviews.map(prose));

	const file = (e: { filePath?: string; id: string }) => e.filePath ?? e.id;
	const problems = checkReferences({
		sections: sections.map((s) => ({ file: s.file, slug: s.slug, order: s.entry.data.order, sources: s.entry.data.sources, cited: s.cited })),
		overview: overviewPages.map((o) => ({ file: o.file, slug: o.slug, sources: o.entry.data.sources, cited: o.cited })),
		sources: sources.map((s) => ({ file: file(s), id: s.id, furtherReading: s.data.furtherReading })),
		people: people.map((p) => ({ file: file(p), id: p.id, source: p.data.source })),
		quotes: quotes.map((q) => ({ file: file(q), id: q.id, speaker: q.data.speaker, source: q.data.source })),
		timeline: timeline.map((t) => ({ file: file(t), id: t.id, source: t.data.source, sections: t.data.sections })),
		glossary: glossary.map((g) => ({ file: file(g), id: g.id, source: g.data.source, related: g.data.related })),
		members: members.map((m) => ({ file: file(m), id: m.id, source: m.data.source })),
	});
	if (problems.length > 0) {
		throw new Error(`The briefing's references do not resolve (${problems.length}):\n  ${problems.join('\n  ')}`);
	}

	const dates = [...sections, ...overviewPages].map((p) => p.entry.data.updated).sort();
	timeline.sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id));
	return {
		overview: overviewPages[0],
		sections,
		sources: sources.sort((a, b) => a.data.publisher.localeCompare(b.data.publisher) || a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id)),
		people,
		quotes,
		timeline,
		glossary: glossary.sort((a, b) => a.data.term.localeCompare(b.data.term)),
		members,
		updated: dates.at(-1)!,
		asOf: overviewPages[0].entry.data.asOf,
	};
}

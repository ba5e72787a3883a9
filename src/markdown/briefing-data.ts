import { readDataFile, readDataMapping } from '../data/yaml.ts';
import type { SourceType } from '../publication/source-types.ts';

/**
 * The parts of the data files that Markdown plugins need: ids, names, dates
 * and what a citation shows. Plugins run before Astro's collections are
 * available to them, so they read the YAML through the same reader and
 * schemas as the collections' loader (src/data/yaml.ts, readDataFile).
 */
export interface BriefingData {
	asOf: string;
	sources: Map<string, { publisher: string; title: string; date: string; url?: string; type?: SourceType; carrier?: string }>;
	/** Quotations' dates, by id, with the line of each date in quotes.yaml: a date there may be what is wrong. */
	quotes: Map<string, { date: string; line: number }>;
	people: Map<string, { names: string[]; group: boolean }>;
	glossary: Map<string, { names: string[] }>;
	/** Dates of the timeline's events, for checking a <Timeline> range holds some. */
	timeline: string[];
}

const cache = new Map<string, { lists: unknown[]; data: BriefingData }>();

export function readBriefingData(content: URL): BriefingData {
	// briefing.yaml too, for its as-of date: without it, in dev, a changed date had left the plugins checking against the old.
	const lists = (['sources', 'quotes', 'people', 'glossary', 'timeline', 'briefing'] as const).map((name) => readDataFile(content, name));
	const cached = cache.get(content.href);
	// The lists are the reader's cached objects: the same objects, the same data.
	if (cached && cached.lists.every((list, i) => list === lists[i])) return cached.data;
	const data = load(content);
	cache.set(content.href, { lists, data });
	return data;
}

function load(content: URL): BriefingData {
	const read = <N extends 'sources' | 'people' | 'glossary' | 'timeline'>(name: N) => readDataFile(content, name).map((e) => e.data);
	return {
		asOf: readDataMapping(content, 'briefing').asOf,
		sources: new Map(read('sources').map(({ id, publisher, title, date, url, type, carrier }) => [id, { publisher, title, date, url, type, carrier }])),
		quotes: new Map(readDataFile(content, 'quotes').map((q) => [q.id, { date: q.data.date, line: q.fields.date ?? q.line }])),
		people: new Map(read('people').map((p) => [p.id, { names: [p.name, ...p.aliases], group: p.kind === 'group' }])),
		glossary: new Map(read('glossary').map((g) => [g.id, { names: [g.term, ...g.aliases] }])),
		timeline: read('timeline').map((t) => t.date),
	};
}

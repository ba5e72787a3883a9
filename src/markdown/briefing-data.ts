import { readDataFile, readDataMapping } from '../data/yaml.ts';
import type { SourceType } from '../publication/source-types.ts';

/**
 * The parts of the data files that Markdown plugins need: ids, names, dates
 * and what a citation shows. Plugins run before Astro's collections are
 * available to them, so they read the YAML through the same reader as the
 * collections' loader (src/data/yaml.ts, which parses without a schema); the
 * schemas are enforced by the collections (src/data/schemas.ts), which
 * fail the same build on any entry these fields would misread.
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

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

const cache = new Map<string, { lists: unknown[]; data: BriefingData }>();

export function readBriefingData(content: URL): BriefingData {
	const lists = (['sources', 'quotes', 'people', 'glossary', 'timeline'] as const).map((name) => readDataFile(content, name));
	const cached = cache.get(content.href);
	// The lists are the reader's cached objects: the same objects, the same data.
	if (cached && cached.lists.every((list, i) => list === lists[i])) return cached.data;
	const data = load(content);
	cache.set(content.href, { lists, data });
	return data;
}

function load(content: URL): BriefingData {
	const read = (name: 'sources' | 'quotes' | 'people' | 'glossary' | 'timeline') => readDataFile(content, name).map((e) => e.data);
	const briefing = readDataMapping(content, 'briefing');
	return {
		asOf: String(briefing.asOf),
		sources: new Map(
			read('sources').map((s) => [
				String(s.id),
				{ publisher: String(s.publisher), title: String(s.title), date: String(s.date), url: s.url as string | undefined, type: s.type as SourceType | undefined, carrier: s.carrier as string | undefined },
			]),
		),
		quotes: new Map(readDataFile(content, 'quotes').map((q) => [q.id, { date: String(q.data.date), line: q.fields.date ?? q.line }])),
		people: new Map(read('people').map((p) => [String(p.id), { names: [p.name, ...asList(p.aliases)].map(String), group: p.kind === 'group' }])),
		glossary: new Map(read('glossary').map((g) => [String(g.id), { names: [g.term, ...asList(g.aliases)].map(String) }])),
		timeline: read('timeline').map((t) => String(t.date)),
	};
}

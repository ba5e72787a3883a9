import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/**
 * The parts of the data files that Markdown plugins need: ids, names and the
 * words to link. Plugins run before Astro's collections are available to
 * them, so they read the YAML themselves; the full schemas are enforced by
 * src/content.config.ts.
 */
export interface BriefingData {
	sources: Map<string, { publisher: string; title: string; date: string }>;
	quotes: Set<string>;
	people: Map<string, { names: string[]; group: boolean }>;
	glossary: Map<string, { names: string[] }>;
}

type Entry = Record<string, unknown>;
const cache = new Map<string, { stamp: string; data: BriefingData }>();
const FILES = ['sources', 'quotes', 'people', 'glossary'] as const;

export function readBriefingData(content: URL): BriefingData {
	const dir = fileURLToPath(content);
	const paths = FILES.map((name) => `${dir}${name}.yaml`);
	const stamp = paths.map((path) => statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0).join();
	const cached = cache.get(dir);
	if (cached?.stamp === stamp) return cached.data;

	const [sources, quotes, people, glossary] = paths.map(readList);
	const data: BriefingData = {
		sources: new Map(sources.map((s) => [String(s.id), { publisher: String(s.publisher), title: String(s.title), date: String(s.date) }])),
		quotes: new Set(quotes.map((q) => String(q.id))),
		people: new Map(people.map((p) => [String(p.id), { names: [p.name, ...asList(p.aliases)].map(String), group: p.kind === 'group' }])),
		glossary: new Map(glossary.map((g) => [String(g.id), { names: [g.term, ...asList(g.aliases)].map(String) }])),
	};
	cache.set(dir, { stamp, data });
	return data;
}

function readList(path: string): Entry[] {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch {
		return [];
	}
	// Errors in the file itself are reported, with lines, by the collection loader.
	try {
		const list = parse(text);
		return Array.isArray(list) ? list.filter((e): e is Entry => e !== null && typeof e === 'object') : [];
	} catch {
		return [];
	}
}

function asList(value: unknown): unknown[] {
	return Array.isArray(value) ? value : [];
}

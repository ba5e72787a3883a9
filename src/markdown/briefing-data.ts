import { fileURLToPath } from 'node:url';
import { readYamlList } from '../data/yaml-list.ts';

/**
 * The parts of the data files that Markdown plugins need: ids, names and the
 * words to link. Plugins run before Astro's collections are available to
 * them, so they read the YAML through the same reader as the collections
 * (src/data/yaml-list.ts); the full schemas are enforced by src/content.config.ts.
 */
export interface BriefingData {
	sources: Map<string, { publisher: string; title: string; date: string }>;
	quotes: Set<string>;
	people: Map<string, { names: string[]; group: boolean }>;
	glossary: Map<string, { names: string[] }>;
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export function readBriefingData(content: URL): BriefingData {
	const read = (name: string) => readYamlList(fileURLToPath(new URL(`${name}.yaml`, content)), `content/${name}.yaml`).map((e) => e.data);
	return {
		sources: new Map(read('sources').map((s) => [String(s.id), { publisher: String(s.publisher), title: String(s.title), date: String(s.date) }])),
		quotes: new Set(read('quotes').map((q) => String(q.id))),
		people: new Map(read('people').map((p) => [String(p.id), { names: [p.name, ...asList(p.aliases)].map(String), group: p.kind === 'group' }])),
		glossary: new Map(read('glossary').map((g) => [String(g.id), { names: [g.term, ...asList(g.aliases)].map(String) }])),
	};
}

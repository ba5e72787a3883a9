import { readFileSync } from 'node:fs';
import { isAlias, isMap, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';

/** One entry of a content YAML list, with the line it starts on, for messages. */
export interface YamlEntry {
	id: string;
	line: number;
	data: Record<string, unknown>;
}

/** A mistake in a content file, with where it is. */
export class ContentFileError extends Error {
	constructor(
		readonly file: string,
		readonly line: number | undefined,
		readonly problem: string,
	) {
		super(`${file}${line ? `:${line}` : ''}: ${problem}`);
		this.name = 'ContentFileError';
	}
}

const cache = new Map<string, { text: string; entries: YamlEntry[] }>();

/**
 * The entries of a YAML file that holds a list of mappings, each with an
 * `id`: the one reader of the briefing's data files, shared by the content
 * collections (which then apply the schemas) and the Markdown plugins and
 * build steps that need ids and names before the collections exist.
 *
 * Refuses, naming the file and line, what Astro's own file() loader would
 * log and skip: YAML that does not parse, an entry that is not a mapping or
 * has no id, a duplicate id. `file` is how messages name it.
 */
export function parseYamlList(text: string, file: string): YamlEntry[] {
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
	const lineOf = (offset: number | undefined) => (offset === undefined ? undefined : lines.linePos(offset).line);
	if (doc.errors.length > 0) throw new ContentFileError(file, lineOf(doc.errors[0].pos[0]), doc.errors[0].message.split('\n')[0]);
	refuseAliases(doc, file, lineOf);
	if (!isSeq(doc.contents)) throw new ContentFileError(file, 1, 'expected a YAML list of entries, each starting with "- id: …"');
	const seen = new Map<string, number | undefined>();
	return doc.contents.items.map((node) => {
		const line = lineOf(isMap(node) ? node.range?.[0] : undefined);
		if (!isMap(node)) throw new ContentFileError(file, line, 'each entry must be a mapping of fields');
		const data = node.toJSON() as Record<string, unknown>;
		const id = data.id;
		if (typeof id !== 'string' || id.length === 0) throw new ContentFileError(file, line, 'entry has no `id` field');
		if (seen.has(id)) throw new ContentFileError(file, line, `duplicate id "${id}" (first defined on line ${seen.get(id)})`);
		seen.set(id, line);
		return { id, line: line ?? 1, data };
	});
}

/**
 * Anchors and aliases (`&a` … `*a`) and merge keys (`<<: *a`) let one line
 * stand for another, which a reviewer reading a diff cannot see, and nested
 * aliases can expand without bound. The data files spell every value out.
 */
export function refuseAliases(doc: Document, file: string, lineOf: (offset: number | undefined) => number | undefined): void {
	visit(doc, {
		Alias(_, node) {
			throw new ContentFileError(file, lineOf(node.range?.[0]), `YAML aliases (*${node.source}) and merge keys (<<) are not supported in the briefing's data; write the value out in full`);
		},
		Pair(_, pair) {
			if (isAlias(pair.value) || (pair.key as { value?: unknown } | null)?.value !== '<<') return;
			throw new ContentFileError(file, lineOf((pair.key as { range?: number[] }).range?.[0]), 'YAML merge keys (<<) are not supported in the briefing\'s data; write the fields out in full');
		},
	});
}

/** A YAML file that holds one mapping of fields (content/briefing.yaml), with the same refusals as a list. */
export function readYamlMapping(path: string, file = path): Record<string, unknown> {
	const lines = new LineCounter();
	const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
	const lineOf = (offset: number | undefined) => (offset === undefined ? undefined : lines.linePos(offset).line);
	if (doc.errors.length > 0) throw new ContentFileError(file, lineOf(doc.errors[0].pos[0]), doc.errors[0].message.split('\n')[0]);
	refuseAliases(doc, file, lineOf);
	if (!isMap(doc.contents)) throw new ContentFileError(file, 1, 'expected a mapping of fields');
	return doc.contents.toJSON() as Record<string, unknown>;
}

/** parseYamlList on a file, read once per build while it is unchanged. */
export function readYamlList(path: string, file = path): YamlEntry[] {
	const text = readFileSync(path, 'utf8');
	const cached = cache.get(path);
	if (cached?.text === text) return cached.entries;
	const entries = parseYamlList(text, file);
	cache.set(path, { text, entries });
	return entries;
}

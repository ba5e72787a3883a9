import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar, visit, type Document, type YAMLError } from 'yaml';
import { DATA_FILES } from './schemas.ts';
import { fieldIssues, inAuthorsWords, writtenAs } from './schema-issues.ts';
import { ContentFileError } from './content-file-error.ts';

/**
 * How a data file is laid out: a list of entries each with an `id`
 * (sources.yaml), a list whose entries are numbered from 1 in file order
 * (corrections.yaml), or one mapping named after the file (briefing.yaml).
 */
export type Shape = 'list' | 'numbered' | 'mapping';

/** One entry of a data file, with the line it starts on and each of its fields' lines. */
export interface YamlEntry {
	id: string;
	line: number;
	/** The line of each field, by name: checks made after the schema's, which keep no lines, name the field's. */
	fields: Record<string, number>;
	data: Record<string, unknown>;
}

type Offset = number | undefined;

/**
 * The briefing's one reader of its YAML data, used by the content
 * collections, the Markdown plugins and the build steps alike. It refuses,
 * naming the file and line, what Astro's own file() loader would log and
 * skip: YAML that does not parse, aliases and merge keys, an entry that is
 * not a mapping or has no id, a duplicate id, an empty list; and, given a
 * schema, an entry that does not match it: every entry's problems at once,
 * each field at fault at its line (an unknown one with the field it is
 * closest to). Entries come back as written: the collections apply the
 * schema's transforms themselves. `firstLine` is where the YAML starts in its file (a
 * section's frontmatter starts on line 2).
 */
export function parseYaml(text: string, file: string, shape: Shape, schema?: z.ZodType, { firstLine = 1 } = {}): YamlEntry[] {
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
	const lineOf = (offset: Offset) => (offset === undefined ? undefined : lines.linePos(offset).line + firstLine - 1);
	if (doc.errors.length > 0) {
		const [error] = doc.errors;
		throw new ContentFileError(file, lineOf(error.pos[0]), parseProblem(text, doc, error, lineOf));
	}
	refuseAliases(doc, file, lineOf);
	refuseCutValues(doc, file, lineOf);

	const nodes: { id?: string; path: number[] }[] = [];
	if (shape === 'mapping') {
		if (!isMap(doc.contents)) throw new ContentFileError(file, 1, 'expected a mapping of fields');
		nodes.push({ id: file.split('/').pop()!.replace(/\.ya?ml$/, ''), path: [] });
	} else {
		if (!isSeq(doc.contents)) throw new ContentFileError(file, 1, 'expected a YAML list of entries, each starting with "- "');
		if (doc.contents.items.length === 0 && shape === 'list') throw new ContentFileError(file, 1, 'the list is empty; the briefing needs at least one entry here');
		doc.contents.items.forEach((_, i) => nodes.push({ id: shape === 'numbered' ? String(i + 1) : undefined, path: [i] }));
	}

	// Every entry's problems at once, each at its line, as a section's body lists its problems: one build per mistake
	// had reported a one-sentence summary, and only after it was fixed the single key point beside it; and an entry's
	// duplicate id, then its date.
	const problems: { line: number | undefined; problem: string }[] = [];
	const seen = new Map<string, Offset>();
	const entries = nodes.flatMap(({ id: given, path }): YamlEntry[] => {
		const node = path.length ? doc.getIn(path, true) : doc.contents;
		const at = (node as { range?: [number] } | null)?.range?.[0];
		if (!isMap(node)) return (problems.push({ line: lineOf(at), problem: 'each entry must be a mapping of fields' }), []);
		const data = node.toJSON() as Record<string, unknown>;
		const id = given ?? data.id;
		if (given === undefined && typeof data.id === 'number') {
			// As typed: YAML reads 056 as 56, and “write it in quotes ("56")” would have lost the code's zero.
			const typed = (node.get('id', true) as Scalar | undefined)?.source ?? String(data.id);
			return (problems.push({ line: lineOf(at), problem: `id: write it in quotes ("${typed}"): YAML reads ${typed} alone as a number` }), []);
		}
		if (typeof id !== 'string' || id.length === 0) {
			const form = schema && writtenAs(schema, ['id']);
			return (problems.push({ line: lineOf(at), problem: `entry has no \`id\` field${form ? ` (${form})` : ''}` }), []);
		}
		if (seen.has(id)) problems.push({ line: lineOf(at), problem: `duplicate id "${id}" (first defined on line ${lineOf(seen.get(id))})` });
		else seen.set(id, at);
		const checked = schema?.safeParse(data);
		if (!checked || checked.success) {
			const fields = Object.fromEntries(node.items.map((pair) => [String((pair.key as Scalar).value), lineOf((pair.key as Scalar).range?.[0]) ?? 1]));
			return [{ id, line: lineOf(at) ?? 1, fields, data }];
		}
		const entry = shape === 'mapping' ? '' : shape === 'numbered' ? `entry ${id}: ` : `entry "${id}": `;
		const fieldProblems = fieldIssues(checked.error.issues, schema!, data).map(({ path: inEntry, issues: [issue, ...more] }) => {
			const field = fieldName(inEntry);
			// Zod says a missing or empty field's value is of the wrong type (“expected string, received undefined”, or null), or
			// matches none of a choice of forms (a source's date or “n.d.”): a missing field is said to be missing.
			const value = doc.getIn([...path, ...inEntry] as (string | number)[]);
			const problem =
				issue.code === 'invalid_type' && issue.expected === 'string' && isMap(value) ? readAsField(String((value.items[0]?.key as { value?: unknown } | undefined)?.value ?? ''))
				: value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union') ? `missing: the field is required (${writtenAs(schema!, inEntry) ?? (issue.code === 'invalid_type' ? (WRITTEN_AS[issue.expected] ?? issue.expected) : issue.message)})`
				: value === '' && issue.code === 'too_small' && issue.message.startsWith('Too small') ? `empty: give it a value (${writtenAs(schema!, inEntry) ?? WRITTEN_AS.string})`
				: issue.code !== 'invalid_type' || value != null ? [issue, ...more].map((i) => inAuthorsWords(i, value)).join('; ')
				: `empty: give it a value (${writtenAs(schema!, inEntry) ?? WRITTEN_AS[issue.expected] ?? issue.expected})`;
			return { line: lineOf(fieldOffset(doc, [...path, ...inEntry]) ?? at), problem: `${entry}${field ? `${field}: ` : ''}${problem}` };
		});
		problems.push(...fieldProblems);
		return [];
	});
	if (problems.length > 0) throw ContentFileError.list(file, problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
	return entries;
}

/** How a value of each type is written in YAML, for a field missing or left empty: Zod's own “(array)” said what, not how. */
const WRITTEN_AS: Record<string, string> = {
	string: 'text',
	array: 'a list, [first, second] or one “- ” item a line under it',
	number: 'a number',
	boolean: 'true or false',
	object: 'fields indented under it',
};

/**
 * A field's name as an author finds it: list items counted from 1, as they
 * read them (`keyPoints #2`, `authors #1.family`); a path's `keyPoints.1` had
 * named the second key point.
 */
const fieldName = (path: readonly PropertyKey[]) => path.map((step, i) => (typeof step === 'number' ? ` #${step + 1}` : `${i > 0 ? '.' : ''}${String(step)}`)).join('');

/**
 * A text without quotes that holds “: ” is a field to YAML: the key point
 * “Why now: Kyiv said…” had been refused as “expected string, received object”.
 * `before` is the text up to that colon.
 */
function readAsField(before: string): string {
	return `the text after “${before}: ” was read as a field of its own, since YAML takes a colon and a space for one; put the whole text in double quotes`;
}

/**
 * Where the deepest existing field or item on `path` starts: a field at its name, where a list written below it
 * (`keyPoints:`) would otherwise be placed at its first item; or the mapping that lacks it.
 */
function fieldOffset(doc: Document, path: PropertyKey[]): Offset {
	for (let depth = path.length; depth > 0; depth--) {
		const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1) as (string | number)[], true);
		const step = path[depth - 1];
		const node =
			isMap(parent) ? parent.items.find((pair) => isScalar(pair.key) && pair.key.value === step)?.key
			: isSeq(parent) && typeof step === 'number' ? parent.items[step]
			: undefined;
		const range = (node as { range?: [number] } | null | undefined)?.range;
		if (range) return range[0];
	}
	return (doc.contents as { range?: [number] } | null)?.range?.[0];
}

/**
 * The parser's words in a writer's: its messages name its grammar (“Nested
 * mappings are not allowed in compact mappings”), and a tab in the indent,
 * which YAML refuses, was reported as “Unexpected scalar at node end”.
 * Where the error shows which field is at fault, the problem names it, as
 * the schema's problems do: “Map keys must be unique” left the writer to
 * find which of twenty fields was written twice.
 */
function parseProblem(text: string, doc: Document, error: YAMLError, lineOf: (offset: Offset) => number | undefined): string {
	const words = error.message.split('\n')[0];
	if (/^ *\t/m.test(text)) return `${words} (a tab in the indentation: YAML indents with spaces, two to a level)`;
	if (error.code === 'DUPLICATE_KEY') {
		const twice = keyWrittenTwice(doc, error.pos[0]);
		return twice ? `${twice.key}: ${words} (a field written twice in one entry; first on line ${lineOf(twice.first)})` : `${words} (a field written twice in one entry)`;
	}
	// A value with a colon, “title: Partial coverage: a proposal”, reads to YAML as a mapping where a value should be.
	const cut = error.code === 'BLOCK_AS_IMPLICIT_KEY' ? colonInValue(text, error.pos[0]) : undefined;
	if (cut) return `${cut.key}: ${readAsField(cut.before)}`;
	if (['BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'MISSING_CHAR', 'UNEXPECTED_TOKEN'].includes(error.code)) {
		return `${words} (most often an indent a space off, two spaces to a level, or a value holding “: ” or “ #”, which needs quotes)`;
	}
	return words;
}

/** The key written a second time at `offset`, and where it was first written in the same mapping. */
function keyWrittenTwice(doc: Document, offset: number): { key: string; first: Offset } | undefined {
	let found: { key: string; first: Offset } | undefined;
	visit(doc, {
		Map(_, map) {
			const at = map.items.findIndex((pair) => isScalar(pair.key) && pair.key.range?.[0] === offset);
			if (at < 0) return undefined;
			const key = (map.items[at].key as Scalar).value;
			const first = map.items.find((pair) => isScalar(pair.key) && pair.key.value === key);
			found = { key: String(key), first: (first?.key as Scalar | undefined)?.range?.[0] };
			return visit.BREAK;
		},
	});
	return found;
}

/**
 * The field whose value, without quotes, holds “: ”, on the line of `offset` (where the parser found a mapping
 * inside the value), and the value's text up to that colon; or nothing, where the line is not `field: text: more`.
 */
export function colonInValue(text: string, offset: number): { key: string; before: string } | undefined {
	const start = text.lastIndexOf('\n', offset - 1) + 1;
	const end = text.indexOf('\n', offset);
	const key = /^[ \t]*(?:- +)*([^\s"'#[{][^:]*?):[ \t]+$/.exec(text.slice(start, offset))?.[1];
	const value = text.slice(offset, end < 0 ? undefined : end);
	const colon = value.indexOf(': ');
	if (!key || colon <= 0 || /^["'[{]/.test(value)) return undefined;
	return { key, before: value.slice(0, colon) };
}

/**
 * Anchors and aliases (`&a` … `*a`) and merge keys (`<<: *a`) let one line
 * stand for another, which a reviewer reading a diff cannot see, and nested
 * aliases can expand without bound. The briefing's data spells every value out.
 */
function refuseAliases(doc: Document, file: string, lineOf: (offset: Offset) => number | undefined): void {
	visit(doc, {
		Alias(_, node) {
			throw new ContentFileError(file, lineOf(node.range?.[0]), `YAML aliases (*${node.source}) and merge keys (<<) are not supported in the briefing’s content; write the value out in full`);
		},
		Pair(_, pair) {
			if (isAlias(pair.value) || (pair.key as { value?: unknown } | null)?.value !== '<<') return;
			throw new ContentFileError(file, lineOf((pair.key as { range?: number[] }).range?.[0]), 'YAML merge keys (<<) are not supported in the briefing’s content; write the fields out in full');
		},
	});
}

/**
 * A value without quotes ends where “ #” starts a comment: “title: Seven
 * leaders back the plan #victory” published the title without “#victory”.
 * No content file comments a value on its line; a comment there is taken
 * for part of the value that was lost.
 */
function refuseCutValues(doc: Document, file: string, lineOf: (offset: Offset) => number | undefined): void {
	visit(doc, {
		Scalar(_, node) {
			if (!node.comment || node.type !== Scalar.PLAIN) return;
			throw new ContentFileError(file, lineOf(node.range?.[0]), `“${node.source} #${node.comment.split('\n')[0]}”: YAML reads “ #” in a value without quotes as the start of a comment and drops the rest of the line; put the value in quotes if the # belongs to it, or the comment on a line of its own`);
		},
	});
}

/** A data file as last read: its text, the reader's entries, and those entries as its schema gives them, once asked for. */
interface Read {
	stamp: string;
	text: string;
	entries: YamlEntry[];
	typed?: unknown[];
}

const cache = new Map<string, Read>();

/**
 * parseYaml on a file, without a schema, read once while it is unchanged:
 * every section's plugins ask for the same files.
 */
function readYaml(path: string, file: string, shape: Shape = 'list'): Read {
	const stat = statSync(path);
	const stamp = `${stat.mtimeMs}:${stat.size}:${shape}`;
	const cached = cache.get(path);
	if (cached?.stamp === stamp) return cached;
	const text = readFileSync(path, 'utf8');
	const read = { stamp, text, entries: parseYaml(text, file, shape) };
	cache.set(path, read);
	return read;
}

/** A data file's entry as the build's steps read it: checked against the file's schema, its data as the schema gives it (defaults filled in). */
export type DataFileEntry<N extends keyof typeof DATA_FILES> = Omit<YamlEntry, 'data'> & { data: z.output<(typeof DATA_FILES)[N]['schema']> };

/**
 * One of the data files (DATA_FILES), in the content folder at `content`,
 * through the same reader and schema as its collection, typed: for steps
 * that run outside the collections (Markdown plugins, the search script's
 * lists, the post-build), which had read the YAML as written and cast each
 * field. A mistake is told as the collection tells it, at its line (in a
 * build, the collection has told it first).
 */
export function readDataFile<N extends keyof typeof DATA_FILES>(content: URL, name: N): DataFileEntry<N>[] {
	const { file, shape, schema } = DATA_FILES[name];
	const read = readYaml(fileURLToPath(new URL(file.replace(/^content\//, ''), content)), file, shape);
	if (!read.typed) {
		const results = read.entries.map((entry) => schema.safeParse(entry.data));
		if (results.some((r) => !r.success)) {
			// The reader's own account of every mistake at its line, from the text these entries were read from.
			parseYaml(read.text, file, shape, schema);
			throw new ContentFileError(file, undefined, 'an entry does not match its schema');
		}
		read.typed = read.entries.map((entry, i) => ({ ...entry, data: results[i].data }));
	}
	return read.typed as DataFileEntry<N>[];
}

/** A data file that is one mapping of fields (content/briefing.yaml): its fields. */
export const readDataMapping = (content: URL, name: 'briefing') => readDataFile(content, name)[0].data;

/** A content file's frontmatter: its fields between two `---` lines, from the file's first line. */
export const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

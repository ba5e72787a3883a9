import type { z } from 'astro/zod';
import { closest, didYouMean } from '../text/did-you-mean.ts';

/** A schema's issues with a content file's entries, grouped by field for its messages (src/data/yaml.ts). */

export type Issue = z.ZodError['issues'][number];

/**
 * A schema's issues with one entry, by field: each field's issues together (a straight quote and a double hyphen
 * in one title), and each unknown field by itself, with the field it is closest to among those not written, as
 * an unknown id is given its nearest. That field is then not also reported missing: `sumary:` for `summary:` is
 * one mistake, and “summary: missing” at the entry's first line had hidden it.
 */
export function fieldIssues(issues: readonly Issue[], schema: z.ZodType, data: unknown): { path: PropertyKey[]; issues: Issue[] }[] {
	const meant = new Set<string>();
	const unknown = issues.flatMap((issue) => {
		if (issue.code !== 'unrecognized_keys') return [];
		const fields = fieldsAt(schema, issue.path);
		const written = Object.keys(valueAt(data, issue.path) ?? {});
		return issue.keys.map((key): { path: PropertyKey[]; issues: Issue[] } => {
			const near = closest(key, fields.filter((field) => !written.includes(field)));
			if (near) meant.add([...issue.path, near].join('.'));
			const message = `unknown field${near ? ` (did you mean "${near}"?)` : `; the fields here are ${fields.join(', ')}`}`;
			return { path: [...issue.path, key], issues: [{ code: 'custom', path: [...issue.path, key], message }] };
		});
	});
	const byField = new Map<string, { path: PropertyKey[]; issues: Issue[] }>();
	for (const issue of issues) {
		const key = issue.path.join('.');
		if (issue.code === 'unrecognized_keys' || (meant.has(key) && valueAt(data, issue.path) === undefined)) continue;
		const field = byField.get(key) ?? byField.set(key, { path: issue.path, issues: [] }).get(key)!;
		field.issues.push(issue);
	}
	return [...byField.values(), ...unknown];
}

/** What `data` holds at `path`, or undefined. */
const valueAt = (data: unknown, path: readonly PropertyKey[]): unknown =>
	path.reduce<unknown>((value, step) => (value != null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[step] : undefined), data);

/** The structure of a Zod schema that `schemaAt` walks: an object's fields, a list's items, what an optional or default wraps. */
interface SchemaDef {
	_zod: { def: { type: string; shape?: Record<string, SchemaDef>; innerType?: SchemaDef; element?: SchemaDef; in?: SchemaDef } };
	/** Zod's `.describe()`: here, how a value is written, said to an author whose field is missing. */
	description?: string;
}

/** The schema at `path` in `schema`, out of its optionals and defaults, with the description met first on the way in. */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): { node?: SchemaDef; description?: string } {
	const unwrap = (node: SchemaDef | undefined, description?: string): { node?: SchemaDef; description?: string } => {
		const def = node?._zod.def;
		description ??= node?.description;
		return def && ['optional', 'default', 'nullable', 'prefault'].includes(def.type) ? unwrap(def.innerType, description) : def?.type === 'pipe' ? unwrap(def.in, description) : { node, description };
	};
	let at = unwrap(schema as unknown as SchemaDef);
	for (const step of path) {
		const def = at.node?._zod.def;
		at = unwrap(def?.type === 'object' ? def.shape?.[String(step)] : def?.type === 'array' ? def.element : undefined);
	}
	return at;
}

/** The field names the object schema at `path` in `schema` takes (`[]` for the entry, `['licence']`), or none. */
export function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
	const def = schemaAt(schema, path).node?._zod.def;
	return def?.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}

/** How the value at `path` is written, where its schema says (`.describe()`): an id's form, not just “text”. */
export const writtenAs = (schema: z.ZodType, path: readonly PropertyKey[]): string | undefined => schemaAt(schema, path).description;

/**
 * An issue in an author's words where Zod's own are a programmer's: a text too short (“Too small: expected string to
 * have >=2 characters”) or a value none of a field's choices (“Invalid option: expected one of …”), given the one
 * meant. A schema's own message stands; a text left empty is told so where the others are (yaml.ts).
 */
export function inAuthorsWords(issue: Issue, value: unknown): string {
	if (issue.code === 'too_small' && issue.origin === 'string' && issue.message.startsWith('Too small')) return `too short: at least ${issue.minimum} characters`;
	if (issue.code === 'invalid_value' && issue.message.startsWith('Invalid option')) {
		const options = issue.values.map(String);
		return `"${String(value)}" is none of ${options.map((o) => `"${o}"`).join(', ')}${didYouMean(String(value), options)}`;
	}
	return issue.message;
}

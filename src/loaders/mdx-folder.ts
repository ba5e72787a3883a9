import { readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import type { z } from 'astro/zod';
import { FRONTMATTER, parseYaml } from '../data/yaml.ts';
import { mdxSyntaxProblems } from '../markdown/mdx-syntax.ts';
import { problemsError } from '../markdown/problems.ts';

/** A section's file name: two or more digits (as many as the sections need), a hyphen, a lowercase ASCII slug. */
const SECTION_FILE = /^\d{2,}-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;

/**
 * Loads the MDX files of a folder with the entry id `slug`: either every
 * `NN-slug.mdx` of content/sections (and any other file there is an error,
 * not a file silently left out), or one named file (the overview).
 *
 * Wraps Astro's `glob()` for three reasons. Astro reads frontmatter with
 * js-yaml, which turns `2024-11-31` into 1 December without a word, and
 * refuses a mistake in its own terms (“duplicated mapping key”) before any
 * loader sees it; we read it first, as YAML 1.2 through the briefing's own
 * rules (no aliases), so the schema sees what the author wrote and a
 * mistake is explained as in the data files. Two files that map to one id would
 * silently replace each other. And a slug that is also a page of the site
 * (`glossary`, `all`, `404`…) would collide with it in a message that does
 * not name the file.
 *
 * Our reader goes in front of the MDX reader Astro hands loaders as
 * `entryTypes`, which is not in Astro's public types: the build warns if
 * Astro stops handing it over, and a full-build case in
 * tests/content/bad-input.cases.ts (“a frontmatter field written twice”)
 * holds the wiring.
 */
export function mdxFolder(base: string, schema: z.ZodType, only?: string): Loader {
	const inner = glob({ base, pattern: only ?? '**/*', generateId: ({ entry }) => slugOf(entry) });
	return {
		name: 'mdx-folder',
		async load(context) {
			const root = fileURLToPath(context.config.root);
			const folder = fileURLToPath(new URL(base, context.config.root));
			if (!only) checkNames(folder, relative(root, folder), reservedSlugs(fileURLToPath(context.config.srcDir)));
			const fileOf = new Map<string, string>();
			// Not in the loader context's public type, but what glob() takes each file type's reader from.
			const { entryTypes } = context as typeof context & { entryTypes?: Map<string, EntryType> };
			const mdx = entryTypes?.get('.mdx');
			if (!mdx) context.logger.warn('Astro did not hand the loader its MDX reader (entryTypes): a mistake in a section’s frontmatter will be told in js-yaml’s words, not the briefing’s (src/loaders/mdx-folder.ts)');
			await inner.load({
				...context,
				...(entryTypes && mdx && { entryTypes: new Map(entryTypes).set('.mdx', readFirst(mdx, (path, text) => readSection(path, relative(root, path), schema, text))) }),
				async parseData(props) {
					const file = relative(root, props.filePath ?? '');
					// checkNames has refused two files of one slug; in `astro dev`, a file added later is loaded without it.
					const other = fileOf.get(props.id);
					if (other && other !== file) throw slugTaken(file, props.id, other);
					fileOf.set(props.id, file);
					// Where Astro no longer hands its readers over, the data is still read by ours, after js-yaml: its
					// messages come back, but never its dates (2024-11-31 read as 1 December).
					return context.parseData(mdx ? props : { ...props, data: readSection(props.filePath!, file, schema) as typeof props.data });
				},
			});
		},
	};
}

/** What glob() asks of a file type: its data and body (@astrojs/mdx's, for a section). */
export interface EntryType {
	getEntryInfo(params: { fileUrl: URL; contents: string }): { data: Record<string, unknown> } | Promise<{ data: Record<string, unknown> }>;
}

/**
 * `type`, with a file's data read by `read` before `type` reads it, and in its place: Astro's MDX reader gave
 * js-yaml's words for a mistake in a section's frontmatter (“duplicated mapping key”, naming no field), where
 * the briefing's reader names the field and says what the mistake most often is.
 */
export function readFirst<T extends EntryType>(type: T, read: (path: string, contents: string) => Record<string, unknown>): T {
	return {
		...type,
		async getEntryInfo(params: { fileUrl: URL; contents: string }) {
			const data = read(fileURLToPath(params.fileUrl), params.contents);
			return { ...(await type.getEntryInfo(params)), data };
		},
	};
}

/** `01-background.mdx` → `background`. */
export function slugOf(entry: string): string {
	return entry.split('/').pop()!.replace(/\.mdx?$/, '').replace(/^\d+-/, '');
}

/** The site's own pages (src/pages/*.astro, 404 and the rest): no section may take their names. */
export function reservedSlugs(srcDir: string): Set<string> {
	const pages = readdirSync(`${srcDir}/pages`).filter((f) => !f.startsWith('[')).map((f) => f.replace(/\..*$/, ''));
	return new Set([...pages, 'index', 'assets', 'pagefind', 'cite']);
}

/** An error placed at a content file: Astro had placed it at the line of the loader's code that threw it. */
const placedAt = (file: string, error: AstroError) => Object.assign(error, { loc: { file } });

/** Two section files of one slug: the second, `file`, named where the first is `other`. */
const slugTaken = (file: string, slug: string, other: string) =>
	new AstroError(`${file}: its slug "${slug}" is already used by ${other}.`, 'Rename one of the two files: the slug after the number is the section’s address (alliance-reaction.html), and each needs its own.');

/** The section files of `folder`, by name; anything else there stops the build, naming it. */
export function checkNames(folder: string, shown: string, reserved: Set<string>): string[] {
	const sections: string[] = [];
	const fileOf = new Map<string, string>();
	for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
		// What a system or an editor leaves beside the files (.DS_Store, a swap file, a backup~) is nobody's section,
		// and Astro's glob passes it by: it had stopped the build (an author's trial).
		if (entry.name.startsWith('.') || entry.name.endsWith('~')) continue;
		const path = `${shown}/${entry.name}`;
		const match = SECTION_FILE.exec(entry.name);
		if (!entry.isFile() || !match) {
			throw placedAt(path, new AstroError(`${path}: not a section file name.`, 'Every file in content/sections/ is a section, named NN-slug.mdx: two or more digits, a hyphen and a lowercase slug of letters, digits and hyphens (03-partial-coverage.mdx).'));
		}
		if (reserved.has(match[1])) {
			throw placedAt(path, new AstroError(`${path}: the slug "${match[1]}" is the name of one of the site's own pages.`, `Choose another slug; these are taken: ${[...reserved].sort().join(', ')}.`));
		}
		// Here, before Astro's glob(): of two files with one slug and the same text, it had kept one without a word.
		const other = fileOf.get(match[1]);
		if (other) throw placedAt(path, slugTaken(path, match[1], other));
		fileOf.set(match[1], path);
		sections.push(entry.name);
	}
	return sections;
}

/**
 * A section file's frontmatter as written, checked against the schema with the line of any field at fault; then its
 * body, for what MDX's parser would refuse in its own terms (markdown/mdx-syntax.ts), each at its line and column.
 */
export function readSection(path: string, file: string, schema: z.ZodType, text = readFileSync(path, 'utf8')): Record<string, unknown> {
	const match = FRONTMATTER.exec(text);
	if (!match) throw placedAt(file, new AstroError(`${file}: no frontmatter.`, 'A section starts with its fields between two --- lines.'));
	// The frontmatter starts on the file's second line.
	const data = parseYaml(match[1], file, 'mapping', schema, { firstLine: 2 })[0].data;
	const problems = mdxSyntaxProblems(text.slice(match[0].length), match[0].split('\n').length);
	// Outside Astro's MDX step, the place is given as a content loader's error gives it (data/yaml.ts).
	if (problems.length > 0) throw Object.assign(problemsError(file, problems), { loc: { file, line: problems[0].line, column: problems[0].column } });
	return data;
}

import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { parseDocument } from 'yaml';

/**
 * Loads the MDX files of a folder, named `NN-slug.mdx`, with the entry id `slug`.
 *
 * Wraps Astro's `glob()` for two reasons. Astro reads frontmatter with js-yaml,
 * which turns `2024-11-31` into 1 December without a word; we re-read it as
 * YAML 1.2, where a date stays the string the author wrote, so the schema can
 * refuse it. And two files that map to one id would silently replace each other.
 */
export function mdxFolder(base: string, pattern = '**/*.mdx'): Loader {
	const inner = glob({ base, pattern, generateId: ({ entry }) => slugOf(entry) });
	return {
		name: 'mdx-folder',
		async load(context) {
			const root = fileURLToPath(context.config.root);
			const fileOf = new Map<string, string>();
			await inner.load({
				...context,
				async parseData(props) {
					const file = relative(root, props.filePath ?? '');
					const other = fileOf.get(props.id);
					if (other && other !== file) {
						throw new Error(`${file}: its slug "${props.id}" is already used by ${other}; rename one of them`);
					}
					fileOf.set(props.id, file);
					const data = readFrontmatter(props.filePath!, file);
					try {
						return await context.parseData({ ...props, data: data as typeof props.data });
					} catch (error) {
						throw new Error(`${file}: frontmatter does not match the schema.\n${(error as Error).message}`);
					}
				},
			});
		},
	};
}

/** `01-background.mdx` → `background`. */
function slugOf(entry: string): string {
	const name = entry.split('/').pop()!.replace(/\.mdx?$/, '');
	return name.replace(/^\d+-/, '');
}

function readFrontmatter(path: string, file: string): Record<string, unknown> {
	const text = readFileSync(path, 'utf8');
	const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
	if (!match) throw new Error(`${file}: no frontmatter (a block between --- lines at the top of the file)`);
	const doc = parseDocument(match[1]);
	if (doc.errors.length > 0) {
		const [error] = doc.errors;
		throw new Error(`${file}: frontmatter is not valid YAML: ${error.message.split('\n')[0]}`);
	}
	const data = doc.toJS();
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		throw new Error(`${file}: frontmatter must be a mapping of fields`);
	}
	return data;
}

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

/**
 * Loads a YAML file that is either one mapping (`briefing.yaml`: one entry,
 * named after the file) or a list of mappings without ids (`corrections.yaml`:
 * entries numbered from 1, in file order).
 *
 * Like src/loaders/yaml-list.ts it stops the build on bad input rather than
 * logging and carrying on; it also checks each entry against `schema` itself,
 * so an error names the line of the field at fault, not only of its entry:
 * `content/briefing.yaml:9: licence.url: expected an https:// address`.
 */
export function yamlData(path: string, schema: z.ZodType): Loader {
	return {
		name: 'yaml-data',
		async load({ config, store, parseData, watcher }) {
			const absolute = fileURLToPath(new URL(path, config.root));
			watcher?.add(absolute);
			const text = await readFile(absolute, 'utf8').catch(() => {
				throw new Error(`${path}: missing (see the README, “The publication”)`);
			});
			const lines = new LineCounter();
			const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
			const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lines.linePos(offset).line);
			const fail = (offset: number | undefined, message: string): never => {
				throw new Error(`${path}:${lineOf(offset)}: ${message}`);
			};
			if (doc.errors.length > 0) fail(doc.errors[0].pos[0], doc.errors[0].message.split('\n')[0]);

			const entries: { id: string; at: (number | string)[] }[] = [];
			if (isMap(doc.contents)) entries.push({ id: basename(path).replace(/\.ya?ml$/, ''), at: [] });
			else if (isSeq(doc.contents)) doc.contents.items.forEach((_, i) => entries.push({ id: String(i + 1), at: [i] }));
			else fail(0, 'expected a mapping of fields, or a list of entries');

			store.clear();
			for (const { id, at } of entries) {
				const node = at.length ? doc.getIn(at, true) : doc.contents;
				const entryOffset = (node as { range?: [number] } | null)?.range?.[0];
				if (!isMap(node)) fail(entryOffset, `entry ${id} must be a mapping of fields`);
				const plain = (node as { toJSON(): unknown }).toJSON();
				const checked = schema.safeParse(plain);
				if (!checked.success) {
					const [issue] = checked.error.issues;
					const field = issue.path.map(String).join('.');
					const where = offsetOf(doc, [...at, ...issue.path]) ?? entryOffset;
					const entry = at.length ? `entry ${id}: ` : '';
					fail(where, `${entry}${field ? `${field}: ` : ''}${issue.message}`);
				}
				store.set({ id, data: await parseData({ id, data: plain as Record<string, unknown>, filePath: path }), filePath: path });
			}
		},
	};
}

/** Where the deepest existing node on `path` starts: the field itself, or the mapping that lacks it. */
function offsetOf(doc: Document, path: PropertyKey[]): number | undefined {
	for (let depth = path.length; depth >= 0; depth--) {
		const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as (string | number)[], true);
		const range = (node as { range?: [number] } | null | undefined)?.range;
		if (range) return range[0];
	}
	return undefined;
}

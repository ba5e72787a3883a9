import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { LineCounter, parseDocument, isSeq, isMap } from 'yaml';

/**
 * Loads a YAML file holding a list of entries, each with an `id`.
 *
 * Astro's own `file()` loader logs and carries on when the YAML does not parse
 * or an entry has no id, so a typo silently drops data. This one stops the
 * build instead, naming the file, the line and the field.
 */
export function yamlList(path: string): Loader {
	return {
		name: 'yaml-list',
		async load({ config, store, parseData, watcher }) {
			const absolute = fileURLToPath(new URL(path, config.root));
			watcher?.add(absolute);
			const text = await readFile(absolute, 'utf8');
			const lines = new LineCounter();
			const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
			const fail = (offset: number | undefined, message: string): never => {
				const where = offset === undefined ? '' : `:${lines.linePos(offset).line}`;
				throw new Error(`${path}${where}: ${message}`);
			};
			if (doc.errors.length > 0) fail(doc.errors[0].pos[0], doc.errors[0].message.split('\n')[0]);
			if (!isSeq(doc.contents)) fail(0, 'expected a YAML list of entries');
			const seen = new Map<string, number>();
			store.clear();
			for (const node of (doc.contents as { items: unknown[] }).items) {
				const offset = isMap(node) ? node.range?.[0] : undefined;
				const line = offset === undefined ? 0 : lines.linePos(offset).line;
				const data = (node as { toJSON(): unknown }).toJSON() as Record<string, unknown>;
				if (data === null || typeof data !== 'object' || Array.isArray(data)) fail(offset, 'each entry must be a mapping');
				const id = data.id;
				if (typeof id !== 'string' || id.length === 0) fail(offset, 'entry has no `id` field');
				if (seen.has(id as string)) fail(offset, `duplicate id "${id}" (first defined on line ${seen.get(id as string)})`);
				seen.set(id as string, line);
				let parsed: Record<string, unknown>;
				try {
					parsed = await parseData({ id: id as string, data, filePath: path });
				} catch (error) {
					fail(offset, `entry "${id}": ${(error as Error).message}`);
				}
				store.set({ id: id as string, data: parsed!, filePath: path });
			}
		},
	};
}

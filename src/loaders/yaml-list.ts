import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { ContentFileError, parseYamlList } from '../data/yaml-list.ts';

/**
 * Loads a YAML file holding a list of entries, each with an `id`, through
 * the briefing's one YAML reader (src/data/yaml-list.ts), then the schema.
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
			const entries = parseYamlList(await readFile(absolute, 'utf8'), path);
			if (entries.length === 0) throw new ContentFileError(path, 1, 'the list is empty; the briefing needs at least one entry here');
			store.clear();
			for (const { id, line, data } of entries) {
				let parsed: Record<string, unknown>;
				try {
					parsed = await parseData({ id, data, filePath: path });
				} catch (error) {
					throw new ContentFileError(path, line, `entry "${id}": ${(error as Error).message}`);
				}
				store.set({ id, data: parsed, filePath: path });
			}
		},
	};
}

import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parseYaml, type Shape } from '../data/yaml.ts';
import { ContentFileError } from '../data/content-file-error.ts';

/**
 * A content collection from one YAML file, read by the briefing's one YAML
 * reader (src/data/yaml.ts), which checks each entry against `schema` first
 * so that an error names the line of the field at fault; Astro then applies
 * the schema's transforms. `path` is from the project root.
 */
export function yamlCollection(path: string, shape: Shape, schema: z.ZodType): Loader {
	const file = path.replace(/^\.\//, '');
	return {
		name: 'yaml-collection',
		async load({ config, store, parseData, watcher }) {
			const absolute = fileURLToPath(new URL(path, config.root));
			watcher?.add(absolute);
			// Only a file that is not there is missing: one that cannot be read says why, in Node's own words.
			const text = await readFile(absolute, 'utf8').catch((error: NodeJS.ErrnoException) => {
				if (error.code !== 'ENOENT') throw new ContentFileError(file, undefined, `cannot be read: ${error.message}`);
				throw new ContentFileError(file, undefined, 'missing', 'See the README, “Writing and editing”, for the data files the briefing needs.');
			});
			const entries = parseYaml(text, file, shape, schema);
			store.clear();
			for (const { id, data } of entries) store.set({ id, data: await parseData({ id, data, filePath: file }), filePath: file });
		},
	};
}

import { fileURLToPath } from 'node:url';
import { ContentFileError, readYaml } from './yaml.ts';

/** [variant a reader types, the briefing's spelling], and `word` where the variant is another word for it. */
export type SpellingPair = [string, string] | [string, string, 'word'];

/**
 * Every spelling variant in the content, for search: people's and glossary
 * terms' `spellings`, whose keys must be part of how the entry is named,
 * and content/spellings.yaml for everything else.
 */
export function collectSpellings(content: URL): SpellingPair[] {
	const read = (name: string) => readYaml(fileURLToPath(new URL(`${name}.yaml`, content)), `content/${name}.yaml`);
	const pairs: SpellingPair[] = [];
	for (const [name, names] of [
		['people', (d: Record<string, unknown>) => [d.name, ...((d.aliases as unknown[]) ?? [])]],
		['glossary', (d: Record<string, unknown>) => [d.term, ...((d.aliases as unknown[]) ?? [])]],
	] as const) {
		for (const { id, line, data } of read(name)) {
			const spellings = (data.spellings ?? {}) as Record<string, string[]>;
			const called = names(data).map(String).join(' ');
			for (const [written, variants] of Object.entries(spellings)) {
				if (!called.includes(written)) {
					throw new ContentFileError(`content/${name}.yaml`, line, `entry "${id}": spellings: "${written}" is not part of its name or aliases (${called}); list variants of a word the briefing uses`);
				}
				for (const variant of variants) pairs.push([variant, written]);
			}
		}
	}
	for (const { data } of read('spellings')) {
		for (const variant of data.variants as string[]) pairs.push(data.kind === 'word' ? [variant, String(data.written), 'word'] : [variant, String(data.written)]);
	}
	return pairs;
}

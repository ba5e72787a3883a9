import type { Spelling } from '../client/search/spellings.ts';
import { readDataFile } from './yaml.ts';

/**
 * Every spelling variant in the content, for search: people's and glossary
 * terms' `spellings` (each key a word of the entry's name or aliases, which
 * the build's cross-checks hold them to: src/data/references.ts), and
 * content/spellings.yaml for everything else.
 */
export function collectSpellings(content: URL): Spelling[] {
	const read = (name: 'people' | 'glossary' | 'spellings') => readDataFile(content, name);
	const pairs: Spelling[] = [];
	for (const { data } of [...read('people'), ...read('glossary')]) {
		for (const [written, variants] of Object.entries((data.spellings ?? {}) as Record<string, string[]>)) for (const variant of variants) pairs.push([variant, written]);
	}
	for (const { data } of read('spellings')) {
		for (const variant of data.variants as string[]) pairs.push(data.kind === 'word' ? [variant, String(data.written), 'word'] : [variant, String(data.written)]);
	}
	return pairs;
}

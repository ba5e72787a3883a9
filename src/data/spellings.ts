import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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
	return [...pairs, ...inLowerCase(pairs, wordsIn(content))];
}

/**
 * An acronym as a phone types it, in lower case (“frg”, “nac”, “ww3”), where that is no word of the briefing's
 * nor the start of one: an acronym is otherwise only itself in capitals, since “map” is another word than MAP,
 * and “nuc” may be the first letters of “nuclear”.
 */
export function inLowerCase(spellings: readonly Spelling[], words: ReadonlySet<string>): Spelling[] {
	const acronyms = spellings.filter(([variant]) => variant.length > 1 && variant === variant.toUpperCase() && variant !== variant.toLowerCase() && !/\s/.test(variant));
	const starts = (typed: string) => [...words].some((word) => word.startsWith(typed));
	return acronyms.flatMap(([variant, written, kind]): Spelling[] => {
		const typed = variant.toLowerCase();
		if (starts(typed) || spellings.some(([other]) => other === typed)) return [];
		return [kind ? [typed, written, kind] : [typed, written]];
	});
}

/**
 * The words the content writes with a small letter in them, in lower case: a word in capitals alone may be an
 * acronym's. Ids are no words of the text (a note's `[^frg]`, a source's `[@…]`, an `id:` or a list of ids).
 */
export function wordsIn(content: URL): Set<string> {
	const words = new Set<string>();
	const folder = fileURLToPath(content);
	for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
		if (!/\.(?:mdx|ya?ml)$/.test(file)) continue;
		const text = readFileSync(`${folder}/${file}`, 'utf8').replace(IDS, ' ');
		for (const [word] of text.matchAll(/[\p{L}\p{N}]+/gu)) if (/\p{Ll}/u.test(word)) words.add(word.toLowerCase());
	}
	return words;
}

const IDS = /\[[\^@][^\]]*\]|\]\([^)]*\)|\b[\w-]+="[^"]*"|^\s*-?\s*(?:id|url|sources?|speaker|contextSources|sections|referencePages)\s*:.*$/gmu;

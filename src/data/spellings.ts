import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Spelling } from '../client/search/spellings.ts';
import { escapeRegExp } from '../text/literal.ts';
import { isAcronym } from '../text/words.ts';
import { readDataFile } from './yaml.ts';

/**
 * Every spelling variant in the content, for search: people's and glossary
 * terms' `spellings` (each key a word of the entry's name or aliases, which
 * the build's cross-checks hold them to: src/data/references.ts), and
 * content/spellings.yaml for everything else.
 */
export function collectSpellings(content: URL): Spelling[] {
	const pairs: Spelling[] = [];
	for (const { data } of [...readDataFile(content, 'people'), ...readDataFile(content, 'glossary')]) {
		for (const [written, variants] of Object.entries(data.spellings)) for (const variant of variants) pairs.push([variant, written]);
	}
	for (const { data } of readDataFile(content, 'spellings')) {
		for (const variant of data.variants) {
			// A spelling's pair carries no kind, which search.js ships.
			pairs.push(data.kind === 'spelling' ? [variant, data.written] : data.earlier ? [variant, data.written, 'word', data.earlier] : [variant, data.written, data.kind]);
		}
	}
	return [...pairs, ...inLowerCase(pairs, contentText(content))];
}

/**
 * An acronym as a phone types it, in lower case (“frg”, “nac”, “ww3”), where that is no word of the briefing's
 * `text` nor the start of one: an acronym is otherwise only itself in capitals, since “map” is another word than
 * MAP, and “nuc” may be the first letters of “nuclear”. A word in capitals alone may be an acronym's, and is none.
 * The text is looked through once for every acronym at the start of a word: split into its words and each word
 * kept, it had taken 0.6 s of a 1,000-section build.
 */
export function inLowerCase(spellings: readonly Spelling[], text: string): Spelling[] {
	const acronyms = spellings.filter(([variant]) => isAcronym(variant) && !/\s/.test(variant));
	const typed = acronyms.map(([variant]) => variant.toLowerCase());
	const begun = new Set<string>();
	if (typed.length > 0) {
		const starts = new RegExp(`(?<![\\p{L}\\p{N}])(?:${typed.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*`, 'giu');
		for (const [word] of text.matchAll(starts)) {
			const lower = word.toLowerCase();
			if (/\p{Ll}/u.test(word)) for (const t of typed) if (lower.startsWith(t)) begun.add(t);
		}
	}
	return acronyms.flatMap(([, written, kind], i): Spelling[] => {
		if (begun.has(typed[i]) || spellings.some(([other]) => other === typed[i])) return [];
		return [kind ? [typed[i], written, kind] : [typed[i], written]];
	});
}

/** The content's text, less the ids beside it (a note's `[^frg]`, a source's `[@…]`, an `id:` or a list of ids), which are no words of it. */
export function contentText(content: URL): string {
	const folder = fileURLToPath(content);
	return readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.(?:mdx|ya?ml)$/.test(file))
		.map((file) => readFileSync(`${folder}/${file}`, 'utf8').replace(IDS, ' '))
		.join('\n');
}

const IDS = /\[[\^@][^\]]*\]|\]\([^)]*\)|\b[\w-]+="[^"]*"|^\s*-?\s*(?:id|url|sources?|speaker|contextSources|sections|referencePages)\s*:.*$/gmu;

import { escapeRegExp } from '../text/literal.ts';
export interface Mentionable {
	href: string;
	names: string[];
	kind: 'term' | 'person';
}

const cache = new Map<string, RegExp>();

/** A letter or digit ending the text before a match (a whole code point, so a letter outside the BMP counts). */
const WORD_BEFORE = /[\p{L}\p{N}]$/u;

/**
 * Every mention in `text` of any target's name as a whole word, in order:
 * the longest name where several start at the same place ("Mark Rutte"
 * over "Rutte"), none overlapping. Case matters: "Article 5" is a term,
 * "article" is not. `pattern` is `mentionPattern(targets)`, made once for
 * all the texts of a section.
 *
 * The word's start is checked here, not by a lookbehind in the pattern:
 * tried at every position of every text, the lookbehind made the scan four
 * times as slow, and it ran over every section's text.
 */
export function* mentionsIn(text: string, pattern: RegExp): Generator<{ name: string; index: number }> {
	pattern.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ((match = pattern.exec(text))) {
		if (WORD_BEFORE.test(text.slice(Math.max(0, match.index - 2), match.index))) {
			// Inside a word: a name may still start further on, within this match.
			pattern.lastIndex = match.index + 1;
			continue;
		}
		yield { name: match[0], index: match.index };
	}
}

/** The pattern `mentionsIn` looks for: any target's name, longest first, not followed by a letter or digit. */
export function mentionPattern(targets: Mentionable[]): RegExp {
	const names = targets.flatMap((t) => t.names).filter(Boolean).sort((a, b) => b.length - a.length || a.localeCompare(b));
	const key = names.join('\u0000');
	let pattern = cache.get(key);
	if (!pattern) {
		const escaped = names.map(escapeRegExp);
		pattern = new RegExp(`(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
		cache.set(key, pattern);
	}
	return pattern;
}

/**
 * Queries searched first as Pagefind's exact phrase: Pagefind otherwise
 * matches the start of words, one by one.
 *
 * - An abbreviation typed in capitals (“UN”, “PA Media”, “AFP”): “UN” found
 *   every “until”, “under” and “United” before the United Nations, and “PA
 *   Media” led with a “part”. In capitals the reader means the
 *   abbreviation; in lower case they may be typing a longer word, which
 *   stays a prefix. Pagefind's exact phrase ignores case, so a match in
 *   lower case (“offered us”, for “US”) is dropped.
 * - A day and its month (“1 October”): the day alone is no word to
 *   Pagefind, which answered with every October, 22 October first.
 *
 * An exact phrase finds no other form of its words, so the search falls
 * back to the usual one when it finds nothing.
 */
import type { PagefindData } from './engine.ts';
import { keepingMarks } from './unindexed-words.ts';

/** Two or three capital letters, a word of their own. */
const ABBREVIATIONS = /(?<![\p{L}\p{N}])\p{Lu}{2,3}(?![\p{L}\p{N}])/gu;
const DAY_AND_MONTH = /\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)\b/i;

/** The query as Pagefind's exact phrase, if it holds an abbreviation in capitals or a date, and no quotation marks of its own; else undefined. */
export function asExactPhrase(query: string): string | undefined {
	const trimmed = query.trim();
	if (/["“”]/.test(trimmed) || !(trimmed.match(ABBREVIATIONS) || DAY_AND_MONTH.test(trimmed))) return undefined;
	return `"${trimmed}"`;
}

/** A result of the exact `phrase`, less its matches of an abbreviation written in lower case; undefined if none is left. */
export function inCapitals(data: PagefindData, phrase: string): PagefindData | undefined {
	const abbreviations = new Set(phrase.match(ABBREVIATIONS));
	if (abbreviations.size === 0) return data;
	const lower = new Set([...abbreviations].map((a) => a.toLowerCase()));
	return keepingMarks(data, (marked) => {
		const word = marked.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
		return !lower.has(word.toLowerCase()) || abbreviations.has(word);
	});
}

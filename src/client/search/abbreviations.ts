/**
 * A query with a short abbreviation typed in capitals (“UN”, “PA Media”,
 * “AFP”) is searched first as an exact phrase. Pagefind matches the start
 * of words, so “UN” found every “until”, “under” and “United” before the
 * United Nations, and “PA Media” marked “part” and “path”. In capitals the
 * reader means the abbreviation; in lower case they may be typing a longer
 * word, which stays a prefix. Pagefind's exact phrase ignores case, so a
 * match in lower case (“offered us”, for “US”) is not one. An exact phrase
 * finds no other form of its words, so the search falls back to the usual
 * one when it finds nothing.
 */
import type { PagefindData } from './engine.ts';
import { keepingMarks } from './unindexed-words.ts';

/** Two or three capital letters, a word of their own. */
const ABBREVIATIONS = /(?<![\p{L}\p{N}])\p{Lu}{2,3}(?![\p{L}\p{N}])/gu;

/** The query as Pagefind's exact phrase, if it holds an abbreviation in capitals and no quotation marks of its own; else undefined. */
export function asExactPhrase(query: string): string | undefined {
	const trimmed = query.trim();
	if (/["“”]/.test(trimmed) || !trimmed.match(ABBREVIATIONS)) return undefined;
	return `"${trimmed}"`;
}

/** A result of the exact `phrase`, less its matches of an abbreviation written in lower case; undefined if none is left. */
export function inCapitals(data: PagefindData, phrase: string): PagefindData | undefined {
	const abbreviations = new Set(phrase.match(ABBREVIATIONS));
	const lower = new Set([...abbreviations].map((a) => a.toLowerCase()));
	return keepingMarks(data, (marked) => {
		const word = marked.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
		return !lower.has(word.toLowerCase()) || abbreviations.has(word);
	});
}

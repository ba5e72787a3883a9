import { SEARCH_KIND, type SearchKind } from '../../search/search-kinds.ts';
import type { ResultView } from './results.ts';
import { fold } from '../../text/words.ts';

/**
 * A reference page named with what to look for in it (“timeline november”,
 * “glossary consensus”, “sources reuters”, “rutte in who’s who”): its
 * entries alone are searched for the rest (client/search/answer.ts). Searched as
 * typed, every word had to be found together, and the page's name is no
 * word of its entries: “timeline november” found one paragraph of the text
 * that mentions the timeline, not the timeline's November.
 */
export interface Scope {
	/** The entries' kind, which the index filters by. */
	kind: SearchKind;
	/** Where, as the status line says it (“in the timeline”). */
	place: string;
	/** What to look for there. */
	words: string;
}

const PAGES: [RegExp, SearchKind, string][] = [
	[/^timeline$/i, SEARCH_KIND.timeline, 'in the timeline'],
	[/^glossary$/i, SEARCH_KIND.glossary, 'in the glossary'],
	[/^who['’]?s\s+who$/i, SEARCH_KIND.people, 'in who’s who'],
	[/^(?:sources|(?:source\s+)?register)$/i, SEARCH_KIND.source, 'in the source register'],
];

/**
 * A page's name first; or last after “in”, as the status says it. Last alone, it is the page asked for: “nato
 * glossary” and “nato membership timeline” are answered by the page itself, and “anonymous sources” are words of
 * the text. Who's who by that name only: “people against ukraine joining” asks who is against.
 */
const FIRST = /^\s*(timeline|glossary|who['’]?s\s+who|(?:source\s+)?register|sources)\s*[:,–-]?\s+(?!(?:say|says|said|told|claim|claimed)\b)(?:(?:of|on|for|about)\s+)?(.*\S)\s*$/i;
const LAST = /^\s*(.*?\S)\s+(?:in|on)\s+(?:the\s+)?(timeline|glossary|who['’]?s\s+who|source\s+register)\s*$/i;

/** The page `typed` asks to search in, if any, and what for: not what “sources say” or “the source of” something. */
export function scopeAsked(typed: string): Scope | undefined {
	const [, first, after] = FIRST.exec(typed) ?? [];
	const [, before, last] = first === undefined ? (LAST.exec(typed) ?? []) : [];
	const [name, words] = first !== undefined ? [first, after] : [last, before];
	const page = name === undefined ? undefined : PAGES.find(([pattern]) => pattern.test(name.replace(/\s+/g, ' ')));
	return page && { kind: page[1], place: page[2], words };
}

/**
 * The register's entries of the publisher named (“sources reuters”) first, in their order, then the rest: a copy
 * whose headline names Reuters had come before Reuters' own. An entry's title begins with its publisher and a comma.
 */
export function publisherFirst(sources: ResultView[], publisher: string): ResultView[] {
	const named = (v: ResultView) => fold(v.title).startsWith(`${fold(publisher)},`);
	return [...sources.filter(named), ...sources.filter((v) => !named(v))];
}

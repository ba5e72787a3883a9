import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { SEARCH_KIND, type SearchKind } from '../../search/search-kinds.ts';
import { parseSiteHtml } from '../../html/parse-html.ts';

/**
 * A reference entry (a glossary term, a person, a timeline event, a source)
 * as its own search record, so that it can answer a query on its own: its
 * title and first sentence, in place of an excerpt from a long page.
 */
export interface EntryRecord {
	/** Root-absolute, as Pagefind stores page URLs: `/glossary.html#consensus`. */
	url: string;
	/** The `kind` filter (src/search/search-kinds.ts): Glossary, Who’s who, Timeline, Source, Update (a dated note), Position (an ally's row). */
	kind: SearchKind;
	title: string;
	/** The entry's first sentence. */
	summary: string;
	/** Everything a reader sees in the entry, searched. */
	content: string;
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

const KINDS = new Set<string>(Object.values(SEARCH_KIND));
const isSearchKind = (kind: string): kind is SearchKind => KINDS.has(kind);

/**
 * Left out of every page Pagefind reads (as `excludeSelectors`) and of every
 * entry's text: note numbers, which every page carries by the dozen, and
 * tables' heads, labels rather than text (“Step What happens Who acts Source”).
 * A note number is left out whole, its <sup> (the briefing sets nothing
 * else in one): Pagefind, leaving out only the link inside, which has an id,
 * ended no sentence at the end of the cell it closed, and a table's rows ran
 * together in excerpts (“…resisting an invitation Slovakia. Against.”).
 */
export const LEFT_OUT_OF_SEARCH = ['sup', 'thead'];

/** The first sentence of a text: up to a full stop, question or exclamation mark followed by a space and a capital. */
export function firstSentence(text: string): string {
	const match = /^.*?[.!?][”’)]?(?=\s+[“‘(]?[\p{Lu}\d])/u.exec(text);
	return clean(match ? match[0] : text);
}

/**
 * Text of an element as a reader sees it, less whatever the page keeps out
 * of search. A block or a table cell that ends without punctuation ends with a full stop, as
 * Pagefind does for the pages it reads: else a person's role ran on into
 * what they said (“Prime Minister · Slovakia Warned in October…”).
 */
function visibleText(element: Element): string {
	const copy = structuredClone(element);
	// Not the entry itself: a dated note keeps its text out of its page's own record, to be a record of its own.
	for (const ignored of selectAll(['[data-pagefind-ignore]', ...LEFT_OUT_OF_SEARCH].join(', '), copy)) {
		if (ignored !== copy) ignored.children = [];
	}
	// Between blocks, hast-util-to-text puts line breaks, and between a row's cells tabs (as innerText does), and
	// nothing else does: an ally's row read “Germany. Against Chancellor Olaf Scholz…”.
	return clean(toText(copy).replace(/(?<=\S)(?<![.!?:;…]["”’)\]]*)[ \t]*[\n\t]\s*(?=\S)/gu, '. '));
}

function withoutTitle(entry: Element, heading: Element | undefined): Element {
	if (!heading) return entry;
	const copy = structuredClone(entry);
	const title = select('h1, h2, h3, h4', copy);
	if (title) title.children = [];
	return copy;
}

/**
 * The entries of a built page: its elements marked `data-search-entry="<kind>"`
 * (the reference pages' entries, a section's dated note), each with an id,
 * a title (its `data-search-title`, or else its first heading) and a
 * `[data-search-summary]` part whose first sentence summarises it, or
 * which gives the summary as the attribute's value.
 */
export function pageEntries(html: string, path: string): EntryRecord[] {
	if (!html.includes('data-search-entry=')) return [];
	return selectAll('[data-search-entry]', parseSiteHtml(html)).map((entry) => {
		const heading = select('h1, h2, h3, h4', entry);
		// The entry's own id, or its heading's: where a result opens it.
		const id = String(entry.properties.id ?? heading?.properties.id ?? '');
		const kind = String(entry.properties.dataSearchEntry ?? '');
		const title = clean(String(entry.properties.dataSearchTitle ?? (heading ? visibleText(heading) : '')));
		const summaryElement = select('[data-search-summary]', entry);
		const where = `${path}: search entry ${id ? `#${id}` : '(no id)'}`;
		if (!id) throw new Error(`${where} has no id, so a result could not open it`);
		if (!isSearchKind(kind)) throw new Error(`${where} does not say its kind (data-search-entry="…", one of ${Object.values(SEARCH_KIND).join(', ')})`);
		if (!title) throw new Error(`${where} has no title: give it a heading or data-search-title`);
		if (!summaryElement) throw new Error(`${where} has no [data-search-summary] part to show in results`);
		return {
			url: `/${path}#${id}`,
			kind,
			title,
			summary: String(summaryElement.properties.dataSearchSummary ?? '') || firstSentence(visibleText(summaryElement)),
			// The title is searched as the record's title; in the text it would only repeat above the excerpt.
			content: visibleText(withoutTitle(entry, heading)),
		};
	});
}

/** A citation inside a footnote: `[@source-id]`, as in Pandoc. */
const CITATION = /\[@([^\]\s;,@]+)\]/g;

/** An unresolved footnote call left in the text, such as `[^3]` with no `[^3]:` definition. */
const DANGLING_FOOTNOTE = /\[\^([^\]\s]+)\]/g;

export interface Citation {
	id: string;
	index: number;
	length: number;
}

export function findCitations(text: string): Citation[] {
	return [...text.matchAll(CITATION)].map((m) => ({ id: m[1], index: m.index, length: m[0].length }));
}

/**
 * Pandoc's other forms, which the briefing does not read: `[see @id]`, `[@id, p. 3]`, `[@a; @b]`. The `@` is
 * followed by what could be a source's id (lowercase words joined by hyphens, as the schema has them): “[the @
 * sign]” and a handle, “[on X, @NATO_Press]”, are prose.
 */
const PANDOC_GROUP = /\[[^\]]*@[a-z0-9]+(?:-[a-z0-9]+)*(?=[\s;,\]])[^\]]*\]/g;
const CITED_ID = /@([^\s;,\]]+)/g;

/**
 * A note that cites in one of Pandoc's fuller forms (words, a locator or a
 * second source inside the brackets), beside a plain citation or not: what
 * to write instead, each source in brackets of its own and the words
 * outside them. Nothing for a note with no such form.
 */
export function pandocForm(text: string): string | undefined {
	const found = [...text.matchAll(PANDOC_GROUP)].map((m) => m[0]).find((group) => findCitations(group).length === 0);
	if (!found) return undefined;
	const ids = [...found.matchAll(CITED_ID)].map((m) => `[@${m[1]}]`);
	return `“${found}” holds more than a source: write each source alone in its brackets, ${ids.join('; ')}, and any words or page outside them (“see [@id], p. 3”)`;
}

export function findDanglingFootnotes(text: string): string[] {
	return [...text.matchAll(DANGLING_FOOTNOTE)].map((m) => m[1]);
}

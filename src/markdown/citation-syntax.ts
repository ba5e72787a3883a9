/** A citation inside a footnote: `[@source-id]`, as in Pandoc. */
const CITATION = /\[@([^\]\s]+)\]/g;

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

export function findDanglingFootnotes(text: string): string[] {
	return [...text.matchAll(DANGLING_FOOTNOTE)].map((m) => m[1]);
}

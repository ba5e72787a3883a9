import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

const isBackref = (node: ElementContent): node is Element => node.type === 'element' && node.properties.dataFootnoteBackref !== undefined;

/** A note's id on its page, as GFM writes it from the note's label (`[^art5]` → `fn-art5`); the link check holds the two equal. */
export const noteId = (label: string) => `fn-${label.toLowerCase()}`;

/** The marker of one citation's place at the start of its note: `fnref-x-2` (the number in the text) → `fnp-x-2`. */
export const placeId = (refId: string) => refId.replace(/^fnref-/, 'fnp-');
/** The marker's tag: the shortest element that says nothing. */
export const PLACE_MARKER = 'i';

/**
 * Notes as the page shows them. A note cited from several places keeps a
 * way back to each (↩, ↩², as GFM writes them), each saying which place it
 * returns to. And a reader who follows a number to such a note lands with
 * the way back to *their* place marked, without a script: each of its
 * numbers links to a marker of its own at the start of the note (`<i
 * id="fnp-…">`), so the browser, a screen reader or a keyboard starts at
 * the note's first word, and CSS marks the ↩ in the same position
 * (prose.css). The markup is lean, as it is on every page: a note cited
 * once keeps its plain link, and GFM's class on each ↩ and description on
 * each number (the “Notes” heading) go. The notes and their numbers in the
 * text stay out of the search index, so excerpts are the briefing's own
 * prose and never “↩ 2”. Previews of the notes are loaded by the page's
 * article (see handlers.ts), not by every number.
 */
export function rehypeFootnotes() {
	return (tree: Root) => {
		// Notes cited from more than one place, by id: only their numbers lead to a marker.
		const places = new Map<string, number>();
		visit(tree, 'element', (node: Element) => {
			if (node.tagName === 'a' && node.properties.dataFootnoteRef !== undefined) {
				const note = String(node.properties.href).slice(1);
				places.set(note, (places.get(note) ?? 0) + 1);
			}
		});
		visit(tree, 'element', (node: Element, _, parent) => {
			// The markers are bare attributes (Sätteri's `true` would be written out as ="true").
			if (node.tagName === 'section' && node.properties.dataFootnotes !== undefined) {
				node.properties.dataFootnotes = '';
				node.properties.dataPagefindIgnore = 'all';
				return;
			}
			// “Notes” is a visible heading, not one for screen readers only.
			if (node.tagName === 'h2' && node.properties.id === 'footnote-label') {
				delete node.properties.className;
				return;
			}
			// The numbers are kept out of the index by Pagefind's own setting (search-index.ts), not an attribute on each.
			if (node.tagName === 'a' && node.properties.dataFootnoteRef !== undefined && parent?.type === 'element' && parent.tagName === 'sup') {
				node.properties.dataFootnoteRef = '';
				delete node.properties.ariaDescribedBy;
				if ((places.get(String(node.properties.href).slice(1)) ?? 0) > 1) node.properties.href = `#${placeId(String(node.properties.id))}`;
				return;
			}
			if (node.tagName === 'li' && String(node.properties.id ?? '').startsWith('fn-')) {
				const paragraphs = node.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'p');
				const backrefs = paragraphs.flatMap((p) => p.children.filter(isBackref));
				for (const [i, backref] of backrefs.entries()) {
					backref.properties.ariaLabel = backrefs.length === 1 ? 'Back to the text' : `Back to the text, place ${i + 1} of ${backrefs.length}`;
					delete backref.properties.className;
				}
				if (backrefs.length < 2) return;
				const markers: Element[] = backrefs.map((backref) => ({ type: 'element', tagName: PLACE_MARKER, properties: { id: placeId(String(backref.properties.href).slice(1)) }, children: [] }));
				paragraphs[0]?.children.unshift(...markers);
			}
		});
	};
}

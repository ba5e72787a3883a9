import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

const isBackref = (node: ElementContent): node is Element => node.type === 'element' && node.properties.dataFootnoteBackref !== undefined;

/** The marker of one citation's place at the start of its note: `fnref-x-2` (the number in the text) → `fnplace-x-2`. */
export const placeId = (refId: string) => refId.replace(/^fnref-/, 'fnplace-');

/**
 * Notes as the page shows them. A note cited from several places keeps a
 * way back to each (↩, ↩², as GFM writes them), each saying which place it
 * returns to. And a reader who follows a number lands at the note with the
 * way back to *their* place marked, without a script: each number links to
 * a marker of its own at the start of its note (`#fnplace-…`), so the
 * browser, a screen reader or a keyboard starts at the note's first word,
 * and CSS marks the ↩ of the same place (`data-place`). The notes and their
 * numbers in the text stay out of the search index, so excerpts are the
 * briefing's own prose and never “↩ 2”. Previews of the notes are loaded by
 * the page's article (see handlers.ts), not by every number.
 */
export function rehypeFootnotes() {
	return (tree: Root) => {
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
			if (node.tagName === 'a' && node.properties.dataFootnoteRef !== undefined && parent?.type === 'element' && parent.tagName === 'sup') {
				node.properties.dataFootnoteRef = '';
				node.properties.href = `#${placeId(String(node.properties.id))}`;
				parent.properties.dataPagefindIgnore = 'all';
				return;
			}
			if (node.tagName === 'li' && String(node.properties.id ?? '').startsWith('fn-')) {
				const paragraphs = node.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'p');
				const backrefs = paragraphs.flatMap((p) => p.children.filter(isBackref));
				const markers: Element[] = backrefs.map((backref, i) => {
					backref.properties.ariaLabel = backrefs.length === 1 ? 'Back to the text' : `Back to the text, place ${i + 1} of ${backrefs.length}`;
					backref.properties.dataPlace = String(i + 1);
					const refId = String(backref.properties.href).slice(1);
					return { type: 'element', tagName: 'span', properties: { id: placeId(refId), dataPlace: String(i + 1), className: ['fn-place'] }, children: [] };
				});
				paragraphs[0]?.children.unshift(...markers);
			}
		});
	};
}

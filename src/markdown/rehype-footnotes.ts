import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

const isBackref = (node: ElementContent): node is Element => node.type === 'element' && node.properties.dataFootnoteBackref !== undefined;

/**
 * Notes as the page shows them. A note cited from several places keeps a
 * way back to each (↩, ↩², as GFM writes them), each saying which place it
 * returns to: one arrow to the first place would take a reader who came
 * from the second somewhere else in the page, and nothing without a script
 * can know where they came from. The notes and their numbers in the text
 * stay out of the search index, so excerpts are the briefing's own prose
 * and never “↩ 2”. Previews of the notes are loaded by the page's article
 * (see handlers.ts), not by every number.
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
				parent.properties.dataPagefindIgnore = 'all';
				return;
			}
			if (node.tagName === 'p') {
				const backrefs = node.children.filter(isBackref);
				backrefs.forEach((backref, i) => {
					backref.properties.ariaLabel = backrefs.length === 1 ? 'Back to the text' : `Back to the text, place ${i + 1} of ${backrefs.length}`;
				});
			}
		});
	};
}

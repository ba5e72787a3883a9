import type { Root, Element } from 'hast';
import { visit } from 'unist-util-visit';
import { LOADER_HANDLER } from '../site/handlers.ts';

/**
 * Readies each footnote reference for a preview of its note. The reference
 * stays a plain link to the note, which is all a reader without JavaScript
 * needs; the first time a reader hovers or focuses one, its handler loads
 * assets/footnotes.js, which copies each note beside its reference for CSS
 * to show. The copies are made in the browser, not here, so a page does not
 * carry every note twice.
 */
export function rehypeFootnotePreviews() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element) => {
			if (node.tagName !== 'a' || node.properties.dataFootnoteRef === undefined) return;
			node.properties.dataJs = '/assets/footnotes.js';
			node.properties.onFocus = LOADER_HANDLER;
			node.properties.onMouseEnter = LOADER_HANDLER;
		});
	};
}

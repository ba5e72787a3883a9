import type { Root, Element } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Keeps the notes out of the search index: the note numbers in the text and
 * the notes themselves. An excerpt is then the briefing's own prose, never
 * "↩ 2" or a citation, and a query ranks the text that discusses a subject,
 * not the note that cites a source about it.
 */
export function rehypeSearchHints() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element, _, parent) => {
			if (node.tagName === 'section' && node.properties.dataFootnotes !== undefined) {
				node.properties.dataPagefindIgnore = 'all';
				return;
			}
			if (node.tagName === 'a' && node.properties.dataFootnoteRef !== undefined && parent?.type === 'element' && parent.tagName === 'sup') {
				parent.properties.dataPagefindIgnore = 'all';
			}
		});
	};
}

import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

const isBackref = (node: ElementContent): node is Element => node.type === 'element' && node.properties.dataFootnoteBackref !== undefined;

/**
 * Notes as the page shows them. A note cited from several places gets one
 * way back, to the first place (the preview script sends it back to the
 * place the reader came from), not a row of numbered arrows. The notes and
 * their numbers in the text stay out of the search index, so excerpts are
 * the briefing's own prose and never “↩ 2”. Previews of the notes are
 * loaded by the page's article (see handlers.ts), not by every number.
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
			if (node.tagName === 'p' && node.children.some(isBackref)) {
				let kept = false;
				node.children = node.children.filter((child, i, all) => {
					if (isBackref(child)) {
						if (kept) return false;
						kept = true;
						child.properties.ariaLabel = 'Back to the text';
						return true;
					}
					// The space before a dropped arrow goes with it.
					const next = all[i + 1];
					return !(kept && child.type === 'text' && /^\s*$/.test(child.value) && next && isBackref(next));
				});
			}
		});
	};
}

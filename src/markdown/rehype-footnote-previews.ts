import type { Root, Element, ElementContent } from 'hast';
import { visit, SKIP } from 'unist-util-visit';
import { LOADER_HANDLER } from '../lib/script-loader.ts';

/**
 * Copies each footnote beside its reference, so that CSS can show it on hover
 * and on keyboard focus without a round trip to the end of the page. The
 * reference stays a plain link to the note, which is all a reader without CSS
 * or JavaScript needs. The copy is the link's description for screen readers,
 * hidden from search and from the browser's find until it is shown.
 *
 * Showing is CSS; the only script is the one that lets Escape dismiss a
 * preview (WCAG 1.4.13), loaded the first time a reference is hovered or
 * focused.
 */
export function rehypeFootnotePreviews() {
	return (tree: Root) => {
		const notes = new Map<string, ElementContent[]>();
		visit(tree, 'element', (node: Element) => {
			if (node.tagName !== 'li' || typeof node.properties.id !== 'string' || !node.properties.id.startsWith('fn-')) return;
			notes.set(node.properties.id, inlineContent(node.children));
			return SKIP;
		});
		if (notes.size === 0) return;

		let n = 0;
		visit(tree, 'element', (node: Element, index, parent) => {
			if (node.tagName !== 'sup' || !parent || index === undefined) return;
			const link = node.children.find((c): c is Element => c.type === 'element' && c.properties.dataFootnoteRef !== undefined);
			const target = typeof link?.properties.href === 'string' ? link.properties.href.slice(1) : '';
			const note = notes.get(target);
			if (!link || !note) return;
			const previewId = `fn-preview-${++n}`;
			link.properties.ariaDescribedBy = [previewId];
			link.properties.dataJs = '/assets/footnotes.js';
			link.properties.onFocus = LOADER_HANDLER;
			link.properties.onMouseEnter = LOADER_HANDLER;
			parent.children[index] = {
				type: 'element',
				tagName: 'span',
				properties: { className: ['fn'] },
				children: [
					node,
					{
						type: 'element',
						tagName: 'span',
						properties: { className: ['fn-preview'], id: previewId, role: 'note', dataPagefindIgnore: 'all' },
						children: structuredClone(note),
					},
				],
			};
			return SKIP;
		});
	};
}

/** A note's paragraphs as inline content, without ids (they must stay unique) or back links. */
function inlineContent(children: ElementContent[]): ElementContent[] {
	const out: ElementContent[] = [];
	for (const child of children) {
		if (child.type !== 'element') {
			if (child.type === 'text' && child.value.trim() === '' && out.length === 0) continue;
			out.push(child);
			continue;
		}
		if (child.properties.dataFootnoteBackref !== undefined) continue;
		const copy: Element = { ...child, properties: { ...child.properties }, children: inlineContent(child.children) };
		delete copy.properties.id;
		if (copy.tagName === 'p') copy.tagName = 'span';
		out.push(copy);
	}
	return out;
}

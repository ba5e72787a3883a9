import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';

/**
 * Every element in `root` (itself included) that `test` accepts, in
 * document order: a plain walk, where matching CSS selectors with
 * hast-util-select took a fifth of the book's time.
 */
export function elementsWhere(root: Element, test: (el: Element) => boolean): Element[] {
	const found: Element[] = [];
	const walk = (el: Element) => {
		if (test(el)) found.push(el);
		for (const child of el.children) if (child.type === 'element') walk(child);
	};
	walk(root);
	return found;
}

/** An element's classes. */
export const classesOf = (el: Element): string[] => (Array.isArray(el.properties.className) ? el.properties.className.map(String) : []);

/** An element's text on one line, as the book's contents and cover show a heading. */
export const lineOf = (element: Element) => toString(element).replace(/\s+/g, ' ').trim();

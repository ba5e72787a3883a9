/** Reading a table's parts, for the plugins that shape tables. */
import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { numberIn } from './rehype-footnotes.ts';

const children = (node: Readonly<Element>, tagName: string) => node.children.filter((n): n is Element => n.type === 'element' && n.tagName === tagName);

/** A row's cells, header or data. */
export const cells = (row: Readonly<Element>) => row.children.filter((c: ElementContent): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));

/** A table's column headings, as text, from its head row; none without one. */
export function columnHeadings(table: Readonly<Element>): string[] {
	const headRow = children(table, 'thead').flatMap((head) => children(head, 'tr'))[0];
	return headRow ? cells(headRow).map((c) => toString(withoutNoteMarks(c)).trim()) : [];
}

const isNoteMark = (node: ElementContent) => node.type === 'element' && node.tagName === 'sup' && numberIn(node) !== undefined;

/** A cell without its notes' numbers: a heading's note is not part of the label each cell shows (“Position1” on a phone). */
function withoutNoteMarks(cell: Readonly<Element>): Element {
	const strip = (node: Readonly<Element>): Element => ({ ...node, children: node.children.filter((c) => !isNoteMark(c)).map((c) => (c.type === 'element' ? strip(c) : c)) });
	return strip(cell);
}

/** A table's body rows. */
export const bodyRows = (table: Readonly<Element>) => children(table, 'tbody').flatMap((body) => children(body, 'tr'));

/** Reading a table's parts, for the plugins that shape tables. */
import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';

const children = (node: Readonly<Element>, tagName: string) => node.children.filter((n): n is Element => n.type === 'element' && n.tagName === tagName);

/** A row's cells, header or data. */
export const cells = (row: Readonly<Element>) => row.children.filter((c: ElementContent): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));

/** A table's column headings, as text, from its head row; none without one. */
export function columnHeadings(table: Readonly<Element>): string[] {
	const headRow = children(table, 'thead').flatMap((head) => children(head, 'tr'))[0];
	return headRow ? cells(headRow).map((c) => toString(c).trim()) : [];
}

/** A table's body rows. */
export const bodyRows = (table: Readonly<Element>) => children(table, 'tbody').flatMap((body) => children(body, 'tr'));

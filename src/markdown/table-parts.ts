import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';

/** Reading a table's parts, for the plugins that shape tables. */

const children = (node: Readonly<Element>, tagName: string) => node.children.filter((n): n is Element => n.type === 'element' && n.tagName === tagName);

/** A row's cells, header or data. */
export const cells = <T extends Readonly<Element>>(row: T) => row.children.filter((c: ElementContent): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th')) as T[];

/** A table's column headings, as text, from its head row; none without one. */
export function columnHeadings(table: Readonly<Element>): string[] {
	const headRow = children(table, 'thead').flatMap((head) => children(head, 'tr'))[0];
	return headRow ? cells(headRow).map((c) => toString(c).trim()) : [];
}

/** A table's body rows. */
export const bodyRows = <T extends Readonly<Element>>(table: T) => children(table, 'tbody').flatMap((body) => children(body, 'tr')) as T[];

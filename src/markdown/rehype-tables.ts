import type { Element, ElementContent } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { toString } from 'hast-util-to-string';
import { plainCopy } from './plain-copy.ts';

const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);
const SOURCE_COLUMN = /^sources?$/i;
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

/**
 * Tables of three or more columns are prose set in a grid; on a phone they
 * become one card per row (prose.css, `table--stack`). For that, every body
 * cell but the first, which names the row (and so is the row's header, `th
 * scope="row"`), carries its column's heading in `data-label`, which CSS
 * shows with `attr()`. Line breaks between a
 * table's rows and cells, which mean nothing there, are left out, but a
 * row's cells keep a space between them: text taken from the page (search
 * excerpts, copying) would otherwise run one cell into the next
 * (“Point of comparisonWest Germany, 1955”). The cells of a column headed
 * “Source” are citations, and are kept out of search.
 *
 * Each table is copied out of Sätteri's tree, shaped (`shapeTable`) and put
 * back; the rest of the section is not read.
 */
export function rehypeTables(): HastPluginDefinition {
	return {
		name: 'briefing-tables',
		element: {
			filter: ['table'],
			visit(node, ctx) {
				const table = plainCopy(node) as Element;
				shapeTable(table);
				ctx.replaceNode(node, table);
			},
		},
	};
}

/** Shapes one table, changed in place: its parts, then each part within it, outside in. */
export function shapeTable(table: Element): void {
	shapePart(table);
	for (const child of table.children) if (child.type === 'element') shapeTablePartsIn(child);
}

function shapeTablePartsIn(element: Element): void {
	if (TABLE_PARTS.has(element.tagName)) shapePart(element);
	for (const child of element.children) if (child.type === 'element') shapeTablePartsIn(child);
}

function shapePart(part: Element): void {
	part.children = part.children.filter((c) => c.type !== 'text' || c.value.trim() !== '');
	if (part.tagName === 'tr') part.children = part.children.flatMap((c, i) => (i > 0 ? [{ type: 'text', value: ' ' } as const, c] : [c]));
	if (part.tagName !== 'table') return;
	const headings = columnHeadings(part);
	if (headings.length >= 3) part.properties.className = ['table--stack'];
	for (const row of bodyRows(part)) {
		cells(row).forEach((cell, i) => {
			// The first cell names the row: a row header, which a screen reader announces with each cell of the row.
			// Its text sits in a div: Pagefind ends a sentence at a td or a div but not at a th, and search
			// excerpts ran the header into the next cell (“Hungary Against.”).
			if (i === 0 && headings.length > 0) Object.assign(cell, { tagName: 'th', properties: { ...cell.properties, scope: 'row' }, children: [{ type: 'element', tagName: 'div', properties: {}, children: cell.children }] });
			if (i > 0 && headings[i]) cell.properties.dataLabel = headings[i];
			// A column of sources holds citations, which search leaves out as it does the notes.
			if (SOURCE_COLUMN.test(headings[i] ?? '')) cell.properties.dataPagefindIgnore = '';
		});
	}
}

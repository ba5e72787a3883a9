import type { Element } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { perDocument } from './document-state.ts';
import { HEADING_WRAP } from './rehype-headings.ts';
import { plainCopy } from './plain-copy.ts';
import { markPositionRows } from './position-rows.ts';
import { bodyRows, cells, columnHeadings } from './table-parts.ts';

const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);
const SOURCE_COLUMN = /^sources?$/i;
const HEADING = /^h[2-6]$/;

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
 * Each table is also named after the heading it sits under, as a screen
 * reader's list of tables shows it: the tables had no name, and a reader
 * moving from table to table heard only “table”. By the heading's text
 * (`aria-label`); only
 * the section's own headings and tables, not those inside a quotation or a
 * component (a GFM table has no caption or name of its own). And a table
 * of allies' positions makes each row a search record (position-rows.ts).
 *
 * Each table is copied out of Sätteri's tree, shaped, named and marked,
 * and put back, in one pass: a pass that reads nodes after another pass has
 * changed the tree reads them from a fresh copy of the whole section, and
 * with a pass each for names and rows our plugins took a fifth longer. Of
 * the rest of the section, only the text of its own headings is read.
 */
export function rehypeTables(): HastPluginDefinition {
	/** The text of the section's last heading so far. */
	const state = perDocument(() => ({ heading: undefined as string | undefined }));
	return {
		name: 'briefing-tables',
		after: (_, ctx) => state.forget(ctx),
		element: {
			filter: ['h2', 'h3', 'h4', 'h5', 'h6', 'table'],
			visit(node, ctx) {
				if (HEADING.test(node.tagName)) {
					// The section's own headings sit in the block that holds their link to copy (rehype-headings.ts).
					const block = ctx.parent(node);
					const own = block.type === 'root' || (block.type === 'element' && [block.properties.className].flat().includes(HEADING_WRAP) && ctx.parent(block).type === 'root');
					if (own) state(ctx).heading = ctx.textContent(node).trim();
					return;
				}
				const own = ctx.parent(node).type === 'root';
				const table = plainCopy(node) as Element;
				shapeTable(table);
				const name = own ? state(ctx).heading : undefined;
				if (name) table.properties.ariaLabel = name;
				markPositionRows(table);
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
	if (part.tagName === 'tr') {
		part.children = part.children.flatMap((c, i) => (i > 0 ? [{ type: 'text', value: ' ' } as const, c] : [c]));
		cells(part).forEach(alignByClass);
	}
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

const ALIGNMENT = /^\s*text-align:\s*(left|center|right)\s*;?\s*$/;

/**
 * A column's alignment (`| :---: |`) as a class (prose.css): Sätteri writes
 * it as a style attribute, which the policy refuses as inline code the site
 * does not write, and an aligned table stopped the build after it, blamed
 * on content's styles. Any other style is left for the policy to refuse.
 */
function alignByClass(cell: Element): void {
	const align = ALIGNMENT.exec(String(cell.properties.style ?? ''))?.[1];
	if (!align) return;
	delete cell.properties.style;
	cell.properties.className = [...[cell.properties.className ?? []].flat().map(String), `align-${align}`];
}

import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';

export interface LabelledTable {
	/** The table's rows, each body cell after the first labelled with its column's heading in `data-label`. */
	html: string;
	columns: number;
}

const elements = (nodes: ElementContent[], tagName: string) => nodes.filter((n): n is Element => n.type === 'element' && n.tagName === tagName);

/**
 * Gives every body cell but the first in each row the text of its column's
 * heading, so that on a narrow screen a row can be shown as a card whose
 * values say what they are (CSS reads the label with `attr()`). The first
 * cell names the row and needs no label. `rows` is a table's inner HTML.
 */
export function labelTableCells(rows: string): LabelledTable {
	const table = elements(fromHtml(`<table>${rows}</table>`, { fragment: true }).children as ElementContent[], 'table')[0];
	const sections = table?.children ?? [];
	const headRow = elements(elements(sections, 'thead').flatMap((h) => h.children), 'tr')[0];
	const headings = headRow ? headRow.children.filter((c): c is Element => c.type === 'element').map((c) => toString(c).trim()) : [];
	for (const row of elements(elements(sections, 'tbody').flatMap((b) => b.children), 'tr')) {
		row.children
			.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'))
			.forEach((cell, i) => {
				if (i > 0 && headings[i]) cell.properties.dataLabel = headings[i];
			});
	}
	return { html: toHtml(sections, { allowDangerousHtml: true }), columns: headings.length };
}

import type { Paragraph, Table } from 'mdast';
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { report } from './problems.ts';

/** A table's line of dashes (`| --- | :---: |`), its cells' count aside. */
const DASHES = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** A row's cells as written: split at each `|` not escaped (GFM splits inside code spans too), outer pipes aside. */
export function cellsWritten(line: string): number {
	const inner = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
	return inner.split(/(?<!\\)\|/).length;
}

/**
 * Tables as written. A row with more cells than its heading row loses the
 * extra ones without a word (GFM's rule): a `|` inside code in a cell
 * (`a|b`) splits it, and the cells after it were dropped from the page (an
 * author's trial). A row with fewer is filled out with empty cells, which a
 * phone's cards showed as a label over nothing; a table without its line
 * of dashes is no table, and showed as one paragraph of |s (a second
 * author's trial). Each refused at its row, with what to write.
 */
export function remarkTableCells(): MdastPluginDefinition {
	return {
		name: 'briefing-table-cells',
		options: { position: true },
		table(node: Readonly<Table>, ctx: MdastVisitorContext) {
			const columns = node.align?.length ?? 0;
			for (const row of node.children) {
				const { start, end } = row.position ?? {};
				if (start?.offset === undefined || end?.offset === undefined) continue;
				const written = cellsWritten(ctx.source.slice(start.offset, end.offset));
				if (written > columns) report(ctx, row, `a table row of ${written} cells under a heading row of ${columns}: the cells beyond column ${columns} would be dropped; a | inside a cell, code included, is written \\|`);
				if (written < columns) report(ctx, row, `a table row of ${written} cells under a heading row of ${columns}: the row would be filled out with empty cells; write each cell, an empty one as | |`);
			}
		},
		paragraph(node: Readonly<Paragraph>, ctx: MdastVisitorContext) {
			const { start, end } = node.position ?? {};
			if (start?.offset === undefined || end?.offset === undefined) return;
			const text = ctx.source.slice(start.offset, end.offset);
			// A row's line anywhere in it: a table written straight under a line of text is read into its paragraph too.
			const row = /^[ \t]*\|.*\|/m.exec(text);
			if (!row) return;
			const next = text.slice(row.index + row[0].length).split('\n')[1];
			// GFM takes a table only where its line of dashes has as many cells as its heading row.
			const problem = next !== undefined && DASHES.test(next)
				? `a table whose line of dashes has ${cellsWritten(next)} cells under a heading row of ${cellsWritten(row[0])} is no table: give every column its ---`
				: 'a table without its line of dashes under the heading row (| --- | --- |) is no table';
			report(ctx, node, `${problem}; it would show as one paragraph of |s`, start.offset + row.index);
		},
	};
}

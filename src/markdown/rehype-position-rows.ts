import type { Element, Root } from 'hast';
import { slug } from 'github-slugger';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** The search kind of an ally's row, which results show beside its title (search/results.ts). */
export const POSITION_KIND = 'Position';
const cellsOf = (row: Element) => row.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
const rowsOf = (node: Element, part: string) =>
	node.children.filter((c): c is Element => c.type === 'element' && c.tagName === part).flatMap((p) => p.children.filter((r): r is Element => r.type === 'element' && r.tagName === 'tr'));

/**
 * A table headed “Ally | Position | …” says where each ally stands, the
 * question a reader most often brings to this briefing. Searched as part of
 * its section, “Germany” found the table's row eleventh, after every page
 * on West Germany in 1955. Each row becomes a search record of its own
 * (search-index.ts reads `data-search-entry`): titled with its allies and
 * their position (“Position of Germany: Against”, so that “Germany
 * position” finds it too), summarised by the report in its
 * third cell, opened at the row, which gets an id for it. The row stays in
 * its section's text as well.
 */
export function rehypePositionRows() {
	return (tree: Root) => {
		visit(tree, 'element', (table: Element) => {
			if (table.tagName !== 'table') return;
			const [head] = rowsOf(table, 'thead');
			const headings = head ? cellsOf(head).map((c) => toString(c).trim()) : [];
			if (headings[0] !== 'Ally' || headings[1] !== 'Position' || headings.length < 3) return;
			for (const row of rowsOf(table, 'tbody')) {
				const [allies, position, report] = cellsOf(row);
				if (!allies || !position || !report) continue;
				const who = toString(allies).trim();
				row.properties.id = `ally-${slug(who)}`;
				row.properties.dataSearchEntry = POSITION_KIND;
				row.properties.dataSearchTitle = `Position of ${who}: ${toString(position).trim()}`;
				report.properties.dataSearchSummary = '';
			}
		});
	};
}
